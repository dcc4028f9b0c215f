/** The one place where error codes become HTTP statuses. */
import type { LiveChatsErrorCode } from '../../common/errors';

const STATUS: Record<LiveChatsErrorCode, number> = {
  'request/invalid': 400,
  'request/too-large': 413,
  'message/invalid': 400,
  'params/invalid-definition': 400,
  'params/invalid-value': 400,
  'line/invalid-groups': 400,
  'line/invalid-apps': 400,
  'template/invalid': 400,
  'routing/invalid-condition': 400,
  'routing/invalid-rule': 400,
  'operator/not-an-operator': 400,
  'process/binding-invalid': 400,
  'realtime/unknown-topic': 400,
  'response-templates/invalid-template': 400,
  'apps/no-account-field': 400,
  'binding/not-configured': 400,
  'auth/unauthenticated': 401,
  'auth/forbidden': 403,
  'line/not-found': 404,
  'session/not-found': 404,
  'apps/not-found': 404,
  'apps/item-not-found': 404,
  'routing/rule-not-found': 404,
  'response-templates/article-not-found': 404,
  'response-templates/folder-not-found': 404,
  'response-templates/template-not-found': 404,
  'operator/offline': 409,
  'operator/at-capacity': 409,
  'session/not-waiting': 409,
  'session/invalid-transition': 409,
  'session/closed': 409,
  'response-templates/folder-not-empty': 409,
  'response-templates/default-folder': 409,
  'internal/unexpected': 500,
};

export function httpStatusOf(code: LiveChatsErrorCode): number {
  return STATUS[code];
}
