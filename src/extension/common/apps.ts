/**
 * Apps as live chats see them (spec §2.2, §4.5): only an app with an Account-type field can hold
 * a client's messenger accounts, so only such apps are bound to live chats and sessions.
 */
import { FieldType, type HostAppInfo, type TAccount } from '@elma365/sdk-types';

/** The field that receives the accounts of a bound client. */
export const ACCOUNT_FIELD_CODE = 'account';

export function accountFieldOf(app: Pick<HostAppInfo, 'fields'>): string | undefined {
  const fields = app.fields.filter((field) => field.type === FieldType.ACCOUNT);
  return (fields.find((field) => field.code === ACCOUNT_FIELD_CODE) ?? fields[0])?.code;
}

export function appsWithAccountField<A extends Pick<HostAppInfo, 'fields'>>(apps: readonly A[]): A[] {
  return apps.filter((app) => accountFieldOf(app) !== undefined);
}

/** The field's accounts with `account` added unless one of the same type and id is there. */
export function withAccount(value: unknown, account: TAccount): { accounts: TAccount[]; added: boolean } {
  const accounts = Array.isArray(value) ? (value as TAccount[]).filter((a) => a && typeof a === 'object') : [];
  if (accounts.some((a) => a.type === account.type && a.id === account.id)) return { accounts, added: false };
  return { accounts: [...accounts, account], added: true };
}
