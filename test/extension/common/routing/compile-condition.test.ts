import { FieldType, LineChannelType } from '@elma365/sdk-types';
import { isLiveChatsError } from '../../../../src/extension/common/errors';
import { compileCondition } from '../../../../src/extension/common/routing/compile-condition';
import type { ConditionGroup, ConditionRow, RoutingSnapshot } from '../../../../src/extension/common/routing/routing-condition';
import { allDefs, defs, list } from '../parameters/parameter-fixtures';
import { all, FRIDAY_EVENING_UTC, one, snapshot } from './routing-fixtures';

function holds(condition: ConditionRow | ConditionGroup, overrides: Partial<RoutingSnapshot> = {}): boolean {
  const tree = 'items' in condition ? condition : one(condition);
  return compileCondition(tree, [...allDefs, list({ ...defs.text, code: 'tags', name: 'Tags' })])(snapshot(overrides));
}

const at = (iso: string, timeZone = 'UTC'): Partial<RoutingSnapshot> => ({ now: new Date(iso), timeZone });
const TRUE: ConditionRow = { attribute: 'firstSession', operator: 'is', value: true };
const FALSE: ConditionRow = { attribute: 'firstSession', operator: 'is', value: false };

describe('time of day', () => {
  it('compares before (strictly) and after (inclusive) in minutes', () => {
    expect(holds({ attribute: 'time', operator: 'before', value: '13:00' }, at('2026-11-20T12:59:59Z'))).toBe(true);
    expect(holds({ attribute: 'time', operator: 'before', value: '13:00' }, at('2026-11-20T13:00:00Z'))).toBe(false);
    expect(holds({ attribute: 'time', operator: 'after', value: '13:00' }, at('2026-11-20T13:00:00Z'))).toBe(true);
    expect(holds({ attribute: 'time', operator: 'after', value: '13:00' }, at('2026-11-20T12:59:00Z'))).toBe(false);
  });

  it('takes between from inclusive to exclusive', () => {
    const office: ConditionRow = { attribute: 'time', operator: 'between', value: { from: '09:00', to: '18:00' } };
    expect(holds(office, at('2026-11-20T09:00:00Z'))).toBe(true);
    expect(holds(office, at('2026-11-20T17:59:00Z'))).toBe(true);
    expect(holds(office, at('2026-11-20T18:00:00Z'))).toBe(false);
    expect(holds(office, at('2026-11-20T08:59:00Z'))).toBe(false);
  });

  it('wraps midnight when the range ends before it starts', () => {
    const night: ConditionRow = { attribute: 'time', operator: 'between', value: { from: '22:00', to: '06:00' } };
    expect(holds(night, at('2026-11-20T23:30:00Z'))).toBe(true);
    expect(holds(night, at('2026-11-20T00:00:00Z'))).toBe(true);
    expect(holds(night, at('2026-11-20T05:59:00Z'))).toBe(true);
    expect(holds(night, at('2026-11-20T06:00:00Z'))).toBe(false);
    expect(holds(night, at('2026-11-20T21:59:00Z'))).toBe(false);
    expect(holds(night, at('2026-11-20T12:00:00Z'))).toBe(false);
  });

  it('reads the clock in the company time zone, including half-hour offsets and summer time', () => {
    const morning: ConditionRow = { attribute: 'time', operator: 'between', value: { from: '05:00', to: '06:00' } };
    expect(holds(morning, { now: FRIDAY_EVENING_UTC, timeZone: 'UTC' })).toBe(false);
    expect(holds(morning, { now: FRIDAY_EVENING_UTC, timeZone: 'Asia/Tokyo' })).toBe(true); // 05:30 there
    expect(holds({ attribute: 'time', operator: 'after', value: '02:00' }, at('2026-11-20T20:30:00Z', 'Asia/Kolkata'))).toBe(true); // 02:00
    // New York is UTC-4 in July and UTC-5 in November.
    const nine: ConditionRow = { attribute: 'time', operator: 'between', value: { from: '09:00', to: '09:01' } };
    expect(holds(nine, at('2026-07-01T13:00:00Z', 'America/New_York'))).toBe(true);
    expect(holds(nine, at('2026-11-20T14:00:00Z', 'America/New_York'))).toBe(true);
    expect(holds(nine, at('2026-11-20T13:00:00Z', 'America/New_York'))).toBe(false);
  });

  it('does not match for an unknown zone or an invalid date', () => {
    expect(holds({ attribute: 'time', operator: 'after', value: '00:00' }, { timeZone: 'Mars/Olympus' })).toBe(false);
    expect(holds({ attribute: 'time', operator: 'after', value: '00:00' }, { now: new Date(Number.NaN) })).toBe(false);
    expect(holds({ attribute: 'dayOfWeek', operator: 'in', value: [1, 2, 3, 4, 5, 6, 7] }, { timeZone: 'Mars/Olympus' })).toBe(false);
  });
});

describe('day of week', () => {
  it('numbers days from Monday 1 to Sunday 7 in the company time zone', () => {
    const friday: ConditionRow = { attribute: 'dayOfWeek', operator: 'in', value: [5] };
    const weekend: ConditionRow = { attribute: 'dayOfWeek', operator: 'in', value: [6, 7] };
    expect(holds(friday, { timeZone: 'UTC' })).toBe(true);
    expect(holds(weekend, { timeZone: 'UTC' })).toBe(false);
    // The same instant is already Saturday in Tokyo.
    expect(holds(friday, { timeZone: 'Asia/Tokyo' })).toBe(false);
    expect(holds(weekend, { timeZone: 'Asia/Tokyo' })).toBe(true);
    expect(holds({ attribute: 'dayOfWeek', operator: 'in', value: [7] }, at('2026-11-22T12:00:00Z'))).toBe(true);
    expect(holds({ attribute: 'dayOfWeek', operator: 'in', value: [1] }, at('2026-11-23T00:00:00Z'))).toBe(true);
  });
});

describe('session attributes', () => {
  it('first session is yes or no', () => {
    expect(holds(TRUE)).toBe(true);
    expect(holds(FALSE)).toBe(false);
    expect(holds(FALSE, { firstSession: false })).toBe(true);
  });

  it('channel and live chat are, or are not, one of the ids', () => {
    expect(holds({ attribute: 'channel', operator: 'is', value: ['channel-1', 'channel-2'] })).toBe(true);
    expect(holds({ attribute: 'channel', operator: 'is', value: ['channel-2'] })).toBe(false);
    expect(holds({ attribute: 'channel', operator: 'isNot', value: ['channel-2'] })).toBe(true);
    expect(holds({ attribute: 'channel', operator: 'isNot', value: ['channel-1'] })).toBe(false);
    expect(holds({ attribute: 'line', operator: 'is', value: ['line-1'] })).toBe(true);
    expect(holds({ attribute: 'line', operator: 'isNot', value: ['line-1'] })).toBe(false);
    expect(holds({ attribute: 'line', operator: 'isNot', value: ['line-9'] })).toBe(true);
  });

  it('channel type is one of the types', () => {
    expect(holds({ attribute: 'channelType', operator: 'in', value: [LineChannelType.Telegram, LineChannelType.TelegramBot] })).toBe(true);
    expect(holds({ attribute: 'channelType', operator: 'in', value: [LineChannelType.Inbox] })).toBe(false);
  });

  it('client account is or contains a text, ignoring case', () => {
    expect(holds({ attribute: 'clientAccount', operator: 'is', value: ' ann.lee@example.COM ' })).toBe(true);
    expect(holds({ attribute: 'clientAccount', operator: 'is', value: 'ann.lee' })).toBe(false);
    expect(holds({ attribute: 'clientAccount', operator: 'contains', value: '@EXAMPLE.' })).toBe(true);
    expect(holds({ attribute: 'clientAccount', operator: 'contains', value: '@example.org' })).toBe(false);
    expect(holds({ attribute: 'clientAccount', operator: 'contains', value: 'a' }, { clientAccount: undefined })).toBe(false);
  });

  it('e-mail subject contains, starts with or is a text', () => {
    expect(holds({ attribute: 'emailSubject', operator: 'contains', value: 'invoice' })).toBe(true);
    expect(holds({ attribute: 'emailSubject', operator: 'startsWith', value: 're:' })).toBe(true);
    expect(holds({ attribute: 'emailSubject', operator: 'startsWith', value: 'invoice' })).toBe(false);
    expect(holds({ attribute: 'emailSubject', operator: 'is', value: 're: invoice 2026/11' })).toBe(true);
    expect(holds({ attribute: 'emailSubject', operator: 'is', value: 'invoice 2026/11' })).toBe(false);
    expect(holds({ attribute: 'emailSubject', operator: 'contains', value: 're' }, { emailSubject: undefined })).toBe(false);
  });
});

describe('message text', () => {
  it('contains and starts with, ignoring case', () => {
    expect(holds({ attribute: 'messageText', operator: 'contains', value: 'REFUND' })).toBe(true);
    expect(holds({ attribute: 'messageText', operator: 'contains', value: 'invoice' })).toBe(false);
    expect(holds({ attribute: 'messageText', operator: 'startsWith', value: 'hello' })).toBe(true);
    expect(holds({ attribute: 'messageText', operator: 'startsWith', value: 'refund' })).toBe(false);
  });

  it('matches whole words only, every one of them, in any order', () => {
    const refund: ConditionRow = { attribute: 'messageText', operator: 'matchesWords', value: 'Refund' };
    expect(holds(refund)).toBe(true);
    expect(holds(refund, { firstMessageText: 'It was refunded already' })).toBe(false);
    expect(holds(refund, { firstMessageText: 'nonrefund' })).toBe(false);
    expect(holds(refund, { firstMessageText: '(refund)' })).toBe(true);
    expect(holds({ attribute: 'messageText', operator: 'matchesWords', value: 'order refund' })).toBe(true);
    expect(holds({ attribute: 'messageText', operator: 'matchesWords', value: 'order invoice' })).toBe(false);
    expect(holds({ attribute: 'messageText', operator: 'matchesWords', value: '42' })).toBe(true);
    expect(holds({ attribute: 'messageText', operator: 'matchesWords', value: '4' })).toBe(false);
  });

  it('knows words of any script and their case', () => {
    const ruRefund: ConditionRow = { attribute: 'messageText', operator: 'matchesWords', value: 'Возврат' };
    expect(holds(ruRefund, { firstMessageText: 'Нужен ВОЗВРАТ денег' })).toBe(true);
    expect(holds(ruRefund, { firstMessageText: 'возвраты не нужны' })).toBe(false);
    expect(holds({ attribute: 'messageText', operator: 'matchesWords', value: 'café' }, { firstMessageText: 'Le CAFÉ, svp' })).toBe(true);
    expect(holds({ attribute: 'messageText', operator: 'matchesWords', value: 'a.b (c' }, { firstMessageText: 'b c a' })).toBe(true);
  });
});

describe('custom parameters', () => {
  const params = {
    note: '  Call me back ',
    order_count: 7,
    vip: true,
    callback_at: '2026-11-21T10:00:00.000Z',
    topic: { code: 'billing', name: 'Billing' },
    budget: { cents: 150_00, currency: 'USD' },
    contact_phone: { tel: '+15550100', type: 'main' },
    contact_name: { firstname: 'Ann', lastname: 'Lee' },
    manager: 'user-1',
    deal: { namespace: 'crm', code: 'deals', id: 'deal-1' },
    tags: ['a', 'b'],
  } as unknown as RoutingSnapshot['params'];
  const param = (code: string, operator: string, value?: unknown): boolean =>
    holds({ attribute: 'param', code, operator, value } as ConditionRow, { params });

  it('compares strings case-insensitively and by fragment', () => {
    expect(param('note', 'eq', 'call ME back')).toBe(true);
    expect(param('note', 'neq', 'call me')).toBe(true);
    expect(param('note', 'contains', 'BACK')).toBe(true);
    expect(param('note', 'contains', 'front')).toBe(false);
  });

  it('orders numbers, money and dates', () => {
    expect(param('order_count', 'gt', 5)).toBe(true);
    expect(param('order_count', 'lte', 7)).toBe(true);
    expect(param('order_count', 'lt', 7)).toBe(false);
    expect(param('order_count', 'eq', 7)).toBe(true);
    expect(param('budget', 'gte', { cents: 100_00 })).toBe(true);
    expect(param('budget', 'lt', { cents: 100_00, currency: 'USD' })).toBe(false);
    expect(param('callback_at', 'gt', '2026-11-21T09:00:00Z')).toBe(true);
    expect(param('callback_at', 'lt', '2026-11-21T09:00:00Z')).toBe(false);
  });

  it('compares yes/no, categories, users, app items and phones', () => {
    expect(param('vip', 'eq', true)).toBe(true);
    expect(param('vip', 'neq', true)).toBe(false);
    expect(param('topic', 'eq', 'billing')).toBe(true);
    expect(param('topic', 'eq', 'tech')).toBe(false);
    expect(param('topic', 'neq', { code: 'tech' })).toBe(true);
    expect(param('manager', 'eq', 'user-1')).toBe(true);
    expect(param('deal', 'eq', { namespace: 'crm', code: 'deals', id: 'deal-1' })).toBe(true);
    expect(param('contact_phone', 'contains', '555')).toBe(true);
    expect(param('contact_name', 'contains', 'lee')).toBe(true);
  });

  it('treats a missing value as not matching, except for neq and empty', () => {
    expect(param('page', 'eq', 'https://example.com/')).toBe(false);
    expect(param('page', 'contains', 'example')).toBe(false);
    expect(param('page', 'neq', 'https://example.com/')).toBe(true);
    expect(param('page', 'empty')).toBe(true);
    expect(param('page', 'notEmpty')).toBe(false);
    expect(param('score', 'lt', 1)).toBe(false);
    expect(param('score', 'gte', 1)).toBe(false);
  });

  it('asks lists only whether they are empty', () => {
    expect(param('tags', 'notEmpty')).toBe(true);
    expect(param('tags', 'empty')).toBe(false);
  });

  it('treats a stored value of the wrong shape as missing', () => {
    const odd = { order_count: 'seven', topic: 5, budget: { cents: 1, currency: 'EUR' } } as unknown as RoutingSnapshot['params'];
    const check = (code: string, operator: string, value: unknown): boolean =>
      holds({ attribute: 'param', code, operator, value } as ConditionRow, { params: odd });
    expect(check('order_count', 'gt', 1)).toBe(false);
    expect(check('order_count', 'neq', 1)).toBe(true);
    expect(check('topic', 'eq', 'billing')).toBe(false);
    expect(check('deposit', 'eq', { cents: 1, currency: 'USD' })).toBe(false);
  });

  it('does not compare money in different currencies', () => {
    const deposit = { deposit: { cents: 100, currency: 'EUR' } } as unknown as RoutingSnapshot['params'];
    const check = (operator: string, value: unknown): boolean =>
      holds({ attribute: 'param', code: 'deposit', operator, value } as ConditionRow, { params: deposit });
    expect(check('eq', { cents: 100, currency: 'USD' })).toBe(false);
    expect(check('neq', { cents: 100, currency: 'USD' })).toBe(true);
    expect(check('eq', { cents: 100, currency: 'EUR' })).toBe(true);
    expect(FieldType.MONEY).toBe(defs.anyMoney.type);
  });
});

describe('joins and groups', () => {
  const tree = (joins: ConditionGroup['joins'], ...items: (ConditionRow | ConditionGroup)[]): ConditionGroup => ({ joins, items });

  it('applies each join form', () => {
    expect(holds(tree(['and'], TRUE, TRUE))).toBe(true);
    expect(holds(tree(['and'], TRUE, FALSE))).toBe(false);
    expect(holds(tree(['or'], FALSE, TRUE))).toBe(true);
    expect(holds(tree(['or'], FALSE, FALSE))).toBe(false);
    expect(holds(tree(['andNot'], TRUE, FALSE))).toBe(true);
    expect(holds(tree(['andNot'], TRUE, TRUE))).toBe(false);
    expect(holds(tree(['andNot'], FALSE, FALSE))).toBe(false);
    expect(holds(tree(['orNot'], FALSE, FALSE))).toBe(true);
    expect(holds(tree(['orNot'], FALSE, TRUE))).toBe(false);
    expect(holds(tree(['orNot'], TRUE, TRUE))).toBe(true);
  });

  it('reads joins left to right with no precedence of AND over OR', () => {
    // (true or false) and false = false; with AND first it would be true.
    expect(holds(tree(['or', 'and'], TRUE, FALSE, FALSE))).toBe(false);
    // (false and false) or true = true
    expect(holds(tree(['and', 'or'], FALSE, FALSE, TRUE))).toBe(true);
  });

  it('takes a group as one item', () => {
    expect(holds(tree(['or'], TRUE, tree(['and'], FALSE, FALSE)))).toBe(true);
    expect(holds(tree(['and'], TRUE, tree(['or'], FALSE, TRUE)))).toBe(true);
    expect(holds(tree(['andNot'], TRUE, tree(['or'], FALSE, TRUE)))).toBe(false);
    expect(holds(tree(['and'], tree(['or'], FALSE, TRUE), tree(['orNot'], FALSE, FALSE)))).toBe(true);
  });

  it('lets an empty rule match every session', () => {
    expect(holds(tree([]))).toBe(true);
  });

  it('combines attributes into a real rule', () => {
    const nightTelegramRefunds = all(
      { attribute: 'time', operator: 'between', value: { from: '20:00', to: '08:00' } },
      { attribute: 'channelType', operator: 'in', value: [LineChannelType.Telegram] },
      { attribute: 'messageText', operator: 'matchesWords', value: 'refund' },
    );
    expect(holds(nightTelegramRefunds)).toBe(true);
    expect(holds(nightTelegramRefunds, { channelType: LineChannelType.WhatsApp })).toBe(false);
  });
});

describe('compileCondition', () => {
  it('refuses a tree with problems', () => {
    let error: unknown;
    try {
      compileCondition(one({ attribute: 'time', operator: 'before', value: '25:00' }), []);
    } catch (caught) {
      error = caught;
    }
    expect(isLiveChatsError(error, 'routing/invalid-condition')).toBe(true);
    expect(String((error as Error).message)).toContain('25:00');
  });
});
