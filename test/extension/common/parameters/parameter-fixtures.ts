/** Definitions of every parameter type, and a helper to read the error a call throws. */
import { FieldType } from '@elma365/sdk-types';
import { LiveChatsError } from '../../../../src/extension/common/errors';
import type { ParameterDefinition } from '../../../../src/extension/common/parameters/parameter-definition';

const base = { required: false, array: false };

export const defs = {
  text: { ...base, code: 'note', name: 'Note', type: FieldType.STRING },
  integer: { ...base, code: 'order_count', name: 'Order count', type: FieldType.FLOAT, data: { additionalType: 'integer' } },
  float: { ...base, code: 'score', name: 'Score', type: FieldType.FLOAT, data: { additionalType: 'float' } },
  flag: { ...base, code: 'vip', name: 'VIP', type: FieldType.BOOLEAN },
  datetime: { ...base, code: 'callback_at', name: 'Call back at', type: FieldType.DATETIME, data: { additionalType: 'datetime' } },
  date: { ...base, code: 'birthday', name: 'Birthday', type: FieldType.DATETIME, data: { additionalType: 'date' } },
  time: { ...base, code: 'best_time', name: 'Best time', type: FieldType.DATETIME, data: { additionalType: 'time' } },
  category: {
    ...base,
    code: 'topic',
    name: 'Topic',
    type: FieldType.ENUM,
    data: { enumItems: [{ code: 'billing', name: 'Billing' }, { code: 'tech', name: 'Technical support' }] },
  },
  money: { ...base, code: 'budget', name: 'Budget', type: FieldType.MONEY, data: { currency: 'USD' } },
  anyMoney: { ...base, code: 'deposit', name: 'Deposit', type: FieldType.MONEY },
  phone: { ...base, code: 'contact_phone', name: 'Contact phone', type: FieldType.PHONE },
  email: { ...base, code: 'contact_email', name: 'Contact email', type: FieldType.EMAIL },
  fullName: { ...base, code: 'contact_name', name: 'Contact name', type: FieldType.FULL_NAME },
  link: { ...base, code: 'page', name: 'Page', type: FieldType.LINK },
  user: { ...base, code: 'manager', name: 'Manager', type: FieldType.SYS_USER },
  app: { ...base, code: 'deal', name: 'Deal', type: FieldType.SYS_COLLECTION, data: { namespace: 'crm', code: 'deals' } },
  json: { ...base, code: 'payload', name: 'Payload', type: FieldType.JSON },
} satisfies Record<string, ParameterDefinition>;

export const allDefs: ParameterDefinition[] = Object.values(defs);

export function required(def: ParameterDefinition): ParameterDefinition {
  return { ...def, required: true };
}

export function list(def: ParameterDefinition): ParameterDefinition {
  return { ...def, array: true };
}

/** The error `run` throws, which must be a LiveChatsError. */
export function errorOf(run: () => unknown): LiveChatsError {
  try {
    run();
  } catch (error) {
    if (error instanceof LiveChatsError) return error;
    throw new Error(`expected a LiveChatsError, got ${String(error)}`);
  }
  throw new Error('expected an error, got none');
}
