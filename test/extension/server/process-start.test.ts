import { LineSessionState } from '@elma365/sdk-types';
import type { Line } from '../../../src/extension/common/line';
import type { Session } from '../../../src/extension/common/session';
import type { OutboxRepository } from '../../../src/extension/server/outbox/outbox-repository';
import { ProcessStarts } from '../../../src/extension/server/outbox/process-start';
import type { Tx } from '../../../src/extension/server/storage/schema';

const line = {
  id: 'l1',
  name: 'Support',
  processBindings: { sessionCreated: { templateCode: 'qualify_request', inputs: { session: 'session.id', title: 'line.name' } } },
} as unknown as Line;
const session = (state: LineSessionState): Session => ({ id: 's1', state } as Session);

describe('process starts on live chat events', () => {
  const added: unknown[] = [];
  const outbox = { add: async (_kind: string, payload: unknown) => (added.push(payload), 'o1') } as unknown as OutboxRepository;
  const starts = new ProcessStarts(outbox);
  const tx = {} as Tx;
  beforeEach(() => added.splice(0));

  it('writes the bound template with its inputs resolved from the event', async () => {
    expect(await starts.enqueue(tx, line, session(LineSessionState.Waiting), 'sessionCreated', { 'session.id': 's1', 'line.name': 'Support' }, 'now')).toBe(true);
    expect(added).toEqual([{ event: 'sessionCreated', sessionId: 's1', templateCode: 'qualify_request', inputs: { session: 's1', title: 'Support' } }]);
  });

  it('starts nothing for spam sessions, nor for events without a binding', async () => {
    expect(await starts.enqueue(tx, line, session(LineSessionState.MarkedAsSpam), 'sessionCreated', { 'session.id': 's1' }, 'now')).toBe(false);
    expect(await starts.enqueue(tx, line, session(LineSessionState.Waiting), 'sessionClosed', { 'session.id': 's1' }, 'now')).toBe(false);
    expect(added).toEqual([]);
  });
});
