import { firstValueFrom } from 'rxjs';
import type { SendMessageResult } from '../../../../src/extension/common/api';
import { Outbox, type OutgoingMessage, type SendFunction } from '../../../../src/extension/workspace/conversation/outbox-model';
import { ApiError } from '../../../../src/extension/workspace/services/api-error';
import { aMessage } from '../builders';

const network = () => new ApiError('network/unavailable', 'Cannot reach the server.', 0);
const stored = (text: string, clientMessageId: string, seq = 1): SendMessageResult => ({
  sessionId: 'session-1',
  message: aMessage(seq, { body: text, clientMessageId }),
});

function outboxWith(send: SendFunction, retryDelaysMs = [1, 1]) {
  let id = 0;
  const waits: number[] = [];
  const outbox = new Outbox(send, {
    newId: () => `cm-${++id}`,
    retryDelaysMs,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { outbox, waits };
}

describe('Outbox', () => {
  it('sends with a fresh clientMessageId and forgets the message once stored', async () => {
    const send = jest.fn(async ({ text }: OutgoingMessage, id: string) => stored(text, id));
    const { outbox } = outboxWith(send);
    const sent = firstValueFrom(outbox.onDidSend);
    await outbox.submit({ text: 'Hello' });
    expect(send).toHaveBeenCalledWith({ text: 'Hello' }, 'cm-1');
    expect((await sent).message.clientMessageId).toBe('cm-1');
    expect(outbox.pending).toEqual([]);
  });

  it('retries a network failure with the same clientMessageId', async () => {
    const send = jest
      .fn<Promise<SendMessageResult>, [OutgoingMessage, string]>()
      .mockRejectedValueOnce(network())
      .mockRejectedValueOnce(new ApiError('http/503', 'Unavailable', 503))
      .mockImplementation(async ({ text }, id) => stored(text, id));
    const { outbox, waits } = outboxWith(send);
    await outbox.submit({ text: 'Hello' });
    expect(send.mock.calls.map(([, id]) => id)).toEqual(['cm-1', 'cm-1', 'cm-1']);
    expect(waits).toEqual([1, 1]);
    expect(outbox.pending).toEqual([]);
  });

  it('keeps a message that could not be sent, and the user retries it with the same id', async () => {
    const send = jest.fn<Promise<SendMessageResult>, [OutgoingMessage, string]>().mockRejectedValue(network());
    const { outbox } = outboxWith(send);
    await outbox.submit({ text: 'Hello' });
    expect(outbox.pending).toEqual([
      { clientMessageId: 'cm-1', text: 'Hello', status: 'failed', attempts: 3, error: 'Cannot reach the server.' },
    ]);
    send.mockImplementation(async ({ text }, id) => stored(text, id));
    await outbox.retry('cm-1');
    expect(send.mock.calls.at(-1)).toEqual([{ text: 'Hello' }, 'cm-1']);
    expect(outbox.pending).toEqual([]);
  });

  it('does not retry what the server refused', async () => {
    const send = jest.fn<Promise<SendMessageResult>, [OutgoingMessage, string]>().mockRejectedValue(new ApiError('message/invalid', 'The message is empty.', 400));
    const { outbox } = outboxWith(send);
    await outbox.submit({ text: ' ' });
    expect(send).toHaveBeenCalledTimes(1);
    expect(outbox.pending[0]).toMatchObject({ status: 'failed', error: 'The message is empty.' });
    outbox.discard('cm-1');
    expect(outbox.pending).toEqual([]);
  });

  it('drops a pending message the realtime feed already delivered', async () => {
    let release: (result: SendMessageResult) => void = () => undefined;
    const send = jest.fn(() => new Promise<SendMessageResult>((resolve) => (release = resolve)));
    const { outbox } = outboxWith(send);
    const done = outbox.submit({ text: 'Hello' });
    expect(outbox.pending).toHaveLength(1);
    outbox.acknowledge([aMessage(7, { clientMessageId: 'someone-else' })]);
    expect(outbox.pending).toHaveLength(1);
    outbox.acknowledge([aMessage(8, { clientMessageId: 'cm-1' })]);
    expect(outbox.pending).toHaveLength(0);
    release(stored('Hello', 'cm-1', 8));
    await done;
    expect(outbox.pending).toHaveLength(0);
  });
});
