/**
 * Where a form widget may go and what its settings may say, DOM-free and shared by the host API
 * (which refuses) and the form designer page (which offers): whether an app meets a widget's
 * `requires`, the field paths a `fieldPath` setting may name, the settings asked (`when`), their
 * defaults, their check, and a one-line summary of a placement.
 */
import { FieldType, type HostAppField, type HostAppInfo, type ManifestWidget, type WidgetSettingSchema } from '@elma365/sdk-types';

/** An app and its fields as the host knows them (field names, App fields' targets). */
export type FormAppField = HostAppField;
export type FormApp = HostAppInfo;

export interface FieldPathOption {
  value: string;
  label: string;
}

export type SettingsCheck = { ok: true; settings: Record<string, string> } | { ok: false; message: string };

type FieldPathSetting = Extract<WidgetSettingSchema, { type: 'fieldPath' }>;

export const fieldLabel = (field: FormAppField): string => field.name ?? field.code;

/** The app an App (SYS_COLLECTION) field points to, when it is one of `apps`. */
export function targetOf(field: FormAppField, apps: readonly FormApp[]): FormApp | undefined {
  if (field.type !== FieldType.SYS_COLLECTION || !field.data?.code) return undefined;
  return apps.find((app) => app.code === field.data?.code && (!field.data?.namespace || app.namespace === field.data.namespace));
}

const hasFieldOf = (app: FormApp, types: readonly string[]): boolean => app.fields.some((field) => types.includes(field.type));

/** Whether a widget may be placed on the app's form (its `requires`). */
export function meetsRequirement(widget: ManifestWidget, app: FormApp, apps: readonly FormApp[]): boolean {
  const requires = widget.requires;
  if (!requires) return true;
  if (hasFieldOf(app, requires.fieldTypes)) return true;
  if (!requires.throughAppFields) return false;
  return app.fields.some((field) => {
    const target = targetOf(field, apps);
    return target !== undefined && hasFieldOf(target, requires.fieldTypes);
  });
}

/**
 * What a `fieldPath` setting may name on the app: "Current item" (`''`) when offered, the app's
 * fields of the setting's types (`code`), then, with `throughAppFields`, those of the apps its App
 * fields point to (`appField.code`). With `targetHas`, App fields only when their app has a field of those types.
 */
export function fieldPathOptions(setting: FieldPathSetting, app: FormApp, apps: readonly FormApp[]): FieldPathOption[] {
  const eligible = (field: FormAppField): boolean => {
    if (!setting.fieldTypes.includes(field.type as FieldType)) return false;
    if (!setting.targetHas || field.type !== FieldType.SYS_COLLECTION) return true;
    const target = targetOf(field, apps);
    return target !== undefined && hasFieldOf(target, setting.targetHas);
  };
  const options: FieldPathOption[] = setting.currentItem ? [{ value: '', label: 'Current item' }] : [];
  for (const field of app.fields.filter(eligible)) options.push({ value: field.code, label: fieldLabel(field) });
  if (setting.throughAppFields) {
    for (const appField of app.fields) {
      const target = targetOf(appField, apps);
      for (const field of target?.fields.filter(eligible) ?? []) {
        options.push({ value: `${appField.code}.${field.code}`, label: `${fieldLabel(appField)} › ${fieldLabel(field)}` });
      }
    }
  }
  return options;
}

/** Whether a setting is asked, given the values of the others (`when`). */
export function isAsked(setting: WidgetSettingSchema, values: Readonly<Record<string, string>>): boolean {
  return setting.type !== 'fieldPath' || !setting.when || values[setting.when.code] === setting.when.equals;
}

/** What the settings dialog preselects: each choice's default, each field path's first option. */
export function defaultSettings(widget: ManifestWidget, app: FormApp, apps: readonly FormApp[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const setting of widget.settings) {
    if (setting.type === 'choice') values[setting.code] = setting.default;
    else {
      const first = fieldPathOptions(setting, app, apps)[0];
      if (first) values[setting.code] = first.value;
    }
  }
  return values;
}

const listOf = (options: readonly FieldPathOption[]): string =>
  options.map((option) => (option.value === '' ? `"" (${option.label})` : `${option.value} (${option.label})`)).join(', ');

/**
 * Checks settings sent for a placement on the app's form: every code known, every choice one of
 * its options, every field path one the app offers. Settings not given take their defaults;
 * settings not asked (`when`) are left out. The result is what gets stored.
 */
export function checkSettings(widget: ManifestWidget, app: FormApp, apps: readonly FormApp[], input: Readonly<Record<string, string>>): SettingsCheck {
  const unknown = Object.keys(input).filter((code) => !widget.settings.some((setting) => setting.code === code));
  if (unknown.length > 0) return { ok: false, message: `${widget.title} has no setting ${unknown.map((code) => `"${code}"`).join(', ')}.` };
  const settings: Record<string, string> = {};
  // Choices first: a field path's `when` names a choice.
  for (const setting of widget.settings) {
    if (setting.type !== 'choice') continue;
    const value = input[setting.code] ?? setting.default;
    if (!setting.options.some((option) => option.value === value)) {
      return { ok: false, message: `${setting.label} must be one of: ${setting.options.map((option) => `${option.value} (${option.label})`).join(', ')}.` };
    }
    settings[setting.code] = value;
  }
  for (const setting of widget.settings) {
    if (setting.type !== 'fieldPath' || !isAsked(setting, settings)) continue;
    const options = fieldPathOptions(setting, app, apps);
    if (options.length === 0) return { ok: false, message: `${setting.label}: ${app.name} has no field this setting can name.` };
    const value = input[setting.code] ?? options[0].value;
    if (!options.some((option) => option.value === value)) {
      return { ok: false, message: `${setting.label}: "${value}" is not a field it can name on ${app.name}; choose one of: ${listOf(options)}.` };
    }
    settings[setting.code] = value;
  }
  return { ok: true, settings };
}

/** A placement's settings in words, e.g. ["Show history: By account", "Account field: Account"]. */
export function settingsSummary(widget: ManifestWidget, app: FormApp, apps: readonly FormApp[], settings: Readonly<Record<string, string>>): string[] {
  return widget.settings
    .filter((setting) => setting.code in settings && isAsked(setting, settings))
    .map((setting) => {
      const value = settings[setting.code];
      const options = setting.type === 'choice' ? setting.options : fieldPathOptions(setting, app, apps);
      return `${setting.label}: ${options.find((option) => option.value === value)?.label ?? (value || '—')}`;
    });
}
