/**
 * The host contract: the services a platform hands an extension when it activates one of the
 * extension's runtime entries, and the manifest that declares what the extension contributes.
 * The platform's own SDK has no single name for several of these; they carry the `Host` prefix.
 */
import type { Kysely } from 'kysely';
import type { FieldType } from './items';
import type { TFile, TFullName } from './types';

export interface Disposable {
  dispose(): void;
}

// ---------------------------------------------------------------------------------------------
// Manifest

export type RuntimeEntryName = 'server' | 'workspace' | 'widgets' | 'scripts' | 'site';

export interface ManifestEntry {
  /** TypeScript source, used by hosts that compile on the fly (tests, dev). */
  source: string;
  /** Built JavaScript, used by hosts in production. */
  output: string;
}

/**
 * Where the shell shows a screen: a page of the Live Chats workspace, of Administration or of
 * Messages; `userMenu` is a small element beside the user's name in the shell's header, on every page.
 */
export type ScreenLocation = 'workspace' | 'administration' | 'messages' | 'userMenu';

export interface ManifestScreen {
  id: string;
  title: string;
  location: ScreenLocation;
}

/**
 * A setting of a widget, chosen in the form designer when the widget is placed on a form (a
 * context variable of the widget that is not an Input).
 */
export type WidgetSettingSchema =
  | {
      code: string;
      label: string;
      type: 'choice';
      options: Array<{ value: string; label: string }>;
      default: string;
      hint?: string;
    }
  | {
      code: string;
      label: string;
      /**
       * A field of the form's app (`code`), or, with `throughAppFields`, a field of an app that an
       * App (SYS_COLLECTION) field of the form's app points to (`appField.code`); only fields of
       * `fieldTypes`.
       */
      type: 'fieldPath';
      fieldTypes: FieldType[];
      throughAppFields?: boolean;
      /** Of App fields, only those pointing to an app that has a field of one of these types. */
      targetHas?: FieldType[];
      /** Offers "Current item" first, as the value `''`. */
      currentItem?: boolean;
      /** Asked only while another setting has this value. */
      when?: { code: string; equals: string };
      hint?: string;
    };

/** A widget app designers place on app forms (the platform's custom widget with `types: ["form"]`). */
export interface ManifestWidget {
  id: string;
  /** The custom element the `widgets` entry defines. */
  tag: string;
  title: string;
  description?: string;
  types: Array<'form'>;
  /**
   * The form's app must have a field of one of these types, or (with `throughAppFields`) an App
   * field pointing to an app that has one; elsewhere the form designer refuses it with `message`.
   */
  requires?: { fieldTypes: FieldType[]; throughAppFields: boolean; message: string };
  settings: WidgetSettingSchema[];
}

export interface ExtensionManifest {
  id: string;
  name: string;
  version: string;
  /** Range of platform versions the extension supports. */
  platform: string;
  entries: Partial<Record<RuntimeEntryName, ManifestEntry>>;
  contributes: {
    screens?: ManifestScreen[];
    widgets?: ManifestWidget[];
    api?: { basePath: string; routes: string[] };
    realtime?: { topics: string[] };
    channelTypes?: string[];
    migrations?: string[];
  };
}

// ---------------------------------------------------------------------------------------------
// Directory: System.users / System.userGroups as a host service

export interface HostUser {
  id: string;
  login: string;
  fullname: TFullName;
  /** Display name: "Firstname Lastname". */
  name: string;
  email?: string;
  groupIds: string[];
  /** A locked (blocked) user cannot sign in and is never given work. */
  locked?: boolean;
}

export interface HostGroup {
  id: string;
  /** Stable code, e.g. `administrators` for the system Administrators group. */
  code: string;
  name: string;
  isSystem: boolean;
  /**
   * Who created the group outside Administration › Groups: the id of the extension (e.g. a group
   * made in the Live Chats workspace, spec §2.10), so that it can list its own. Undefined for the
   * company's groups.
   */
  owner?: string;
}

/** A group as an extension creates or changes it: a name and its members (ids of existing users). */
export interface HostGroupDraft {
  name: string;
  memberIds: readonly string[];
}

export interface HostDirectory {
  /** Code of the system group whose members administer the company. */
  readonly administratorsGroupCode: string;
  getUser(id: string): Promise<HostUser | undefined>;
  getUsers(ids: readonly string[]): Promise<HostUser[]>;
  listUsers(): Promise<HostUser[]>;
  listGroups(): Promise<HostGroup[]>;
  getGroups(ids: readonly string[]): Promise<HostGroup[]>;
  /** Ids of the users who are members of any of the groups. */
  membersOf(groupIds: readonly string[]): Promise<string[]>;
  isAdministrator(user: HostUser): Promise<boolean>;
  /** Creates a company group marked with `owner`; rejects ids of users that do not exist. */
  createGroup(draft: HostGroupDraft, owner: string): Promise<HostGroup>;
  /**
   * Renames the group and/or replaces its members; undefined when there is no such group. System
   * groups are never changed (rejects).
   */
  updateGroup(id: string, change: Partial<HostGroupDraft>): Promise<HostGroup | undefined>;
  /** Deletes the group and its memberships; false when there is no such group. Rejects for system groups. */
  deleteGroup(id: string): Promise<boolean>;
}

// ---------------------------------------------------------------------------------------------
// Apps: the company's apps and their items (the SDK's `Namespace.app.<code>`) as a host service

/** A field of an app, as much of the platform's FieldSchema as an extension needs to pick apps. */
export interface HostAppField {
  code: string;
  type: FieldType;
  array: boolean;
  /** The field's name on forms. */
  name?: string;
  /** App (SYS_COLLECTION) fields: the app the field points to. */
  data?: { namespace: string; code: string };
}

export interface HostAppInfo {
  namespace: string;
  code: string;
  name: string;
  fields: HostAppField[];
}

/** An app item as plain JSON: `data` holds the item's fields by code (ACCOUNT fields: TAccount[]). */
export interface HostAppItem {
  id: string;
  appCode: string;
  name: string;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface HostAppItemDraft {
  name: string;
  data?: Record<string, unknown>;
}

export interface HostApps {
  listApps(): Promise<HostAppInfo[]>;
  getApp(code: string): Promise<HostAppInfo | undefined>;
  /** Undefined when the app or the item does not exist. */
  getItem(appCode: string, id: string): Promise<HostAppItem | undefined>;
  getItems(appCode: string, ids: readonly string[]): Promise<HostAppItem[]>;
  /** Items whose name contains `text` (any case), newest first; at most `limit` (default 20). */
  searchItems(appCode: string, text?: string, limit?: number): Promise<HostAppItem[]>;
  /** Rejects when the app does not exist. */
  createItem(appCode: string, draft: HostAppItemDraft): Promise<HostAppItem>;
  /** Merges `data` into the item's data; undefined when there is no such item. */
  updateItem(appCode: string, id: string, data: Record<string, unknown>): Promise<HostAppItem | undefined>;
}

// ---------------------------------------------------------------------------------------------
// Files: the platform's file store (attachments, the files of app items' FILE fields)

/** A stored file, without its bytes. */
export interface HostFile {
  id: string;
  name: string;
  contentType: string;
  /** Size in bytes. */
  size: number;
  createdAt: string;
}

export interface HostFileDraft {
  name: string;
  contentType: string;
  data: Uint8Array;
}

/**
 * The JSON form of a `TFile` as an app item's FILE field holds it (an array of them when the field
 * is an array): the reference, plus the name and size the item's form shows without a lookup.
 */
export type HostFileRef = Pick<TFile, 'id'> & { namespace: 'system'; code: 'files'; name: string; size: number };

export interface HostFiles {
  /** Stores a new file; files are never changed, a copy is a new file. */
  save(draft: HostFileDraft): Promise<HostFile>;
  get(id: string): Promise<HostFile | undefined>;
  /** The file's bytes; undefined when there is no such file. */
  read(id: string): Promise<Uint8Array | undefined>;
  /** Deletes the files (ids of no file are passed over); answers how many were deleted. Copies are other files and stay. */
  delete(ids: readonly string[]): Promise<number>;
}

// ---------------------------------------------------------------------------------------------
// Database: the extension owns its schema inside the host's database.

export type DatabaseEngine = 'sqlite' | 'postgres';

export interface HostDatabase {
  readonly engine: DatabaseEngine;
  /** A Kysely instance on the host's database; the extension types it with its own schema. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly kysely: Kysely<any>;
}

// ---------------------------------------------------------------------------------------------
// HTTP

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface HostHttpRequest {
  method: HttpMethod;
  /** Path parameters (`:id`). */
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  /** Parsed JSON body, not yet validated; the raw bytes (a Uint8Array) on a `binary` route. */
  body: unknown;
  /** Request headers by lower-case name (e.g. `content-type`, `x-file-name`). */
  headers?: Record<string, string | undefined>;
  /** The authenticated user; always set on routes with `auth: 'user'`. */
  user?: HostUser;
}

/** What a route sends as it is instead of JSON: a download, a preview, an export. */
export interface HostHttpFile {
  contentType: string;
  /** The name the browser offers when saving. */
  fileName?: string;
  /** Shown in the browser (an image preview) rather than saved; the host sandboxes it either way. */
  inline?: boolean;
  /** The bytes, or chunks sent as they are produced (a large export never sits in memory whole). */
  data: Uint8Array | AsyncIterable<Uint8Array | string>;
  /** Total size in bytes when known in advance. */
  size?: number;
}

export interface HostHttpResponse {
  status: number;
  /** A JSON body. */
  body?: unknown;
  /** A file body, instead of `body`. */
  file?: HostHttpFile;
}

export interface HostRoute {
  method: HttpMethod;
  /** Relative to the manifest's `contributes.api.basePath`, e.g. `/lines/:id`. */
  path: string;
  auth: 'user' | 'public';
  /**
   * `json` (default): the body must be JSON. `binary`: the body is taken as raw bytes of its
   * declared content type (an upload); form encodings are refused.
   */
  body?: 'json' | 'binary';
  /** The largest body a `binary` route accepts (default 256 KiB); larger gets 413 unread. */
  maxBytes?: number;
  handler(request: HostHttpRequest): Promise<HostHttpResponse>;
}

export interface HostHttp {
  readonly basePath: string;
  registerRoute(route: HostRoute): Disposable;
}

// ---------------------------------------------------------------------------------------------
// Realtime: topics the extension publishes to; the extension authorizes every subscription.

export interface RealtimeEvent {
  topic: string;
  type: string;
  /** Position in an ordered stream (a session's message sequence); events without it are hints. */
  seq?: number;
  data: unknown;
}

export interface RealtimeSubscription {
  user: HostUser;
  topic: string;
  /** The last sequence number the subscriber has; events after it are backfilled. */
  since?: number;
}

export type RealtimeSubscribeResult =
  | { allowed: true; backfill: RealtimeEvent[] }
  | { allowed: false; code: string; message: string };

export interface HostRealtime {
  publish(event: RealtimeEvent): void;
  /** Handles subscriptions to every topic that starts with `prefix` (e.g. `session:`). */
  registerTopicHandler(
    prefix: string,
    handler: (subscription: RealtimeSubscription) => Promise<RealtimeSubscribeResult>,
  ): Disposable;
}

// ---------------------------------------------------------------------------------------------
// Clock and logging

export interface HostClock {
  now(): Date;
  /** IANA time zone of the company. */
  readonly timezone: string;
}

/** A #feed notice (the platform's notification feed). */
export interface HostNotice {
  /** Users to notify; members of `groupIds` are added. */
  userIds?: readonly string[];
  groupIds?: readonly string[];
  title: string;
  text?: string;
  /** Where clicking the notice leads, a path of the shell, e.g. `/live-chats?session=…`. */
  link?: string;
}

export interface HostNotifications {
  notify(notice: HostNotice): Promise<void>;
}

export interface HostLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

// ---------------------------------------------------------------------------------------------
// Processes: templates with typed context variables, run by the host's process engine

/** Types of process context variables: the platform's field types, plus a live chat session reference. */
export type ProcessVariableType = FieldType | 'LINE_SESSION';

export interface ProcessVariable {
  code: string;
  name: string;
  type: ProcessVariableType;
  array?: boolean;
  /** Shown on the start form; the others are filled by activities. */
  input?: boolean;
}

/** Runs a function of the template's script module (TypeScript or JavaScript) in a sandbox. */
export interface ScriptActivity {
  kind: 'script';
  id: string;
  name: string;
  /** Name of the exported function to call. */
  function: string;
}

/** A system activity contributed by an extension (e.g. "Send Live Chat Response"). */
export interface SystemActivity {
  kind: 'system';
  id: string;
  name: string;
  /** The registered activity type. */
  activity: string;
  /** Activity input name → a template variable code, or a literal with `=` prefix. */
  inputs: Record<string, string>;
}

export type ProcessActivity = ScriptActivity | SystemActivity;

export interface ProcessTemplateInfo {
  code: string;
  name: string;
  variables: ProcessVariable[];
  /** Run in order from start to end. */
  activities: ProcessActivity[];
  /** The script module the Script activities call into. */
  script: string;
}

export type ProcessInstanceStatus = 'running' | 'done' | 'error';

export interface ProcessInstanceInfo {
  id: string;
  templateCode: string;
  status: ProcessInstanceStatus;
  /** Set when status is `error`: which activity failed and why. */
  error?: { activityId?: string; code: string; message: string };
  context: Record<string, unknown>;
  initiatorId?: string;
  startedAt: string;
  finishedAt?: string;
}

export interface ProcessRunOptions {
  /** The user the process runs on behalf of (the initiator). */
  initiatorId?: string;
  /** A run with a key that already ran returns that instance instead of running again. */
  idempotencyKey?: string;
}

/** What a script namespace or system activity knows about the run that calls it. */
export interface ScriptRun {
  instanceId: string;
  templateCode: string;
  initiatorId?: string;
}

export interface HostProcesses {
  listTemplates(): Promise<ProcessTemplateInfo[]>;
  getTemplate(code: string): Promise<ProcessTemplateInfo | undefined>;
  /**
   * Starts the template with the given input values (checked against the variables' types) and
   * runs it to its end; resolves with the finished instance (`done` or `error`).
   */
  run(templateCode: string, inputs: Record<string, unknown>, options?: ProcessRunOptions): Promise<ProcessInstanceInfo>;
  /**
   * Makes a global (e.g. `LiveChats`), or a member of `System` when the name is `System.<member>`
   * (e.g. `System.lines`), available to Script activities; the factory runs per activity. Members
   * are async functions (or objects of them); values cross into the sandbox as JSON.
   */
  registerScriptNamespace(name: string, factory: (run: ScriptRun) => object): Disposable;
  registerSystemActivity(activity: string, handler: (inputs: Record<string, unknown>, run: ScriptRun) => Promise<void>): Disposable;
}

// ---------------------------------------------------------------------------------------------
// Activation contexts, one per runtime entry

export interface ExtensionContext {
  readonly manifest: ExtensionManifest;
  readonly database: HostDatabase;
  readonly directory: HostDirectory;
  readonly http: HostHttp;
  readonly realtime: HostRealtime;
  readonly clock: HostClock;
  readonly logger: HostLogger;
  readonly processes: HostProcesses;
  readonly apps: HostApps;
  readonly notifications: HostNotifications;
  readonly files: HostFiles;
}

/** A screen the host shell has mounted. */
export interface MountedScreen extends Disposable {
  /** Called instead of a remount when only the parameters change (in-screen navigation). */
  update?(params: Record<string, string>): void;
}

/** A screen mounted by the host shell into a container element. */
export interface ScreenRegistration {
  id: string;
  mount(container: HTMLElement, params: Record<string, string>): MountedScreen;
}

export interface WorkspaceContext {
  readonly manifest: ExtensionManifest;
  readonly currentUser: HostUser;
  readonly isAdministrator: boolean;
  /** Base URL of the extension's Web API, e.g. `/api/extensions/live-chats/v1`. */
  readonly apiBase: string;
  /** WebSocket URL of the realtime hub for this extension. */
  readonly realtimeUrl: string;
  registerScreen(screen: ScreenRegistration): Disposable;
  /** Asks the shell to show a screen (its id from the manifest) with parameters. */
  navigate(screenId: string, params?: Record<string, string>): void;
  /**
   * A count on the shell's menu entry of one of the extension's screens (e.g. sessions with
   * unread messages on the workspace's entry); 0 hides it. `label` says what is counted, for
   * screen readers: the entry is read as "<title>, <count> <label>" (default "new").
   */
  setBadge(screenId: string, count: number, label?: string): void;
}

/**
 * What a widget placed on a form receives through its Input binding (the form's `Context`): the
 * app item the form shows, the widget's settings, and the user. The host sets it as the
 * element's `context` property before connecting the element, and sets a new object when the
 * item changes; the element never reads globals.
 */
export interface WidgetContext {
  readonly manifest: ExtensionManifest;
  readonly currentUser: HostUser;
  readonly isAdministrator: boolean;
  /** Base URL of the extension's Web API. */
  readonly apiBase: string;
  /** WebSocket URL of the realtime hub for this extension. */
  readonly realtimeUrl: string;
  /** The app whose form shows the widget. */
  readonly app: HostAppInfo;
  /** The item the form shows (`Context.data`). */
  readonly item: HostAppItem;
  /** The placement's settings, by setting code. */
  readonly settings: Readonly<Record<string, string>>;
  /** Asks the shell to show a screen (its id from the manifest) with parameters. */
  navigate(screenId: string, params?: Record<string, string>): void;
}

/** The element a widget's `tag` names: the host sets `context` (see WidgetContext). */
export interface WidgetElement extends HTMLElement {
  context?: WidgetContext;
}

export type ActivateServer = (context: ExtensionContext) => Promise<Disposable>;
export type ActivateWorkspace = (context: WorkspaceContext) => Disposable;

// ---------------------------------------------------------------------------------------------
// The realtime wire protocol between a browser and the host's hub (JSON text frames)

export type RealtimeClientFrame =
  | { type: 'subscribe'; topic: string; since?: number }
  | { type: 'unsubscribe'; topic: string }
  | { type: 'ping' };

export type RealtimeServerFrame =
  | { type: 'subscribed'; topic: string }
  | { type: 'event'; topic: string; event: string; seq?: number; data: unknown }
  | { type: 'error'; topic?: string; code: string; message: string }
  | { type: 'pong' };
