/**
 * Quoting, editing and paging backwards through the Web API, on each storage engine (spec §5.2):
 * a quote is a snapshot that survives edits of the original; an operator edits their own text
 * for 48 hours when the global setting allows it, and followers of the session hear of it live.
 */
import WebSocket from 'ws';
import { API, ApiClient, newMessageId } from '../support/api';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, TestClock, type TestHost } from '../support/test-host';

/** The first `event` frame on `topic` for the user, after subscribing. */
async function nextEvent(host: TestHost, token: string, topic: string, event: string, action: () => Promise<unknown>): Promise<{ seq?: number; data: any }> {
  const ws = new WebSocket(`${host.url.replace('http', 'ws')}${API}/ws`, { headers: { authorization: `Bearer ${token}` } });
  try {
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const frames: any[] = [];
    ws.on('message', (raw) => frames.push(JSON.parse(raw.toString())));
    ws.send(JSON.stringify({ type: 'subscribe', topic }));
    const deadline = Date.now() + 5000;
    const waitFor = async (check: (frame: any) => boolean): Promise<any> => {
      for (;;) {
        const found = frames.find(check);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no ${event} on ${topic}: ${JSON.stringify(frames)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await waitFor((frame) => frame.type === 'subscribed');
    await action();
    const frame = await waitFor((f) => f.event === event);
    return { seq: frame.seq, data: frame.data };
  } finally {
    ws.terminate();
  }
}

describeEachEngine('quoting, editing and paging messages', (engine) => {
  const clock = new TestClock('2026-03-02T09:00:00.000Z');
  let host: TestHost;
  let admin: ApiClient;
  let operator1: ApiClient;
  let operator2: ApiClient;
  let supervisor: ApiClient;
  let employee1: ApiClient;
  let employee2: ApiClient;
  let supportId: string;
  let sessionId: string;
  let clientMessage: { id: string; seq: number };
  let reply: { id: string; seq: number };

  const send = (who: ApiClient, text: string, extra: Record<string, unknown> = {}) =>
    who.post(`/sessions/${sessionId}/messages`, { text, clientMessageId: newMessageId(), ...extra });

  beforeAll(async () => {
    host = await createTestHost({ engine, now: clock.now });
    [admin, operator1, operator2, supervisor, employee1, employee2] = await ApiClient.loginAll(host.url, ['admin', 'operator1', 'operator2', 'supervisor', 'employee1', 'employee2']);
    await Promise.all([operator1, operator2].map((staff) => staff.online()));
    supportId = (await admin.get<{ id: string; name: string }[]>('/lines')).body.find((l) => l.name === 'Support')!.id;
    const first = await employee1.post(`/lines/${supportId}/messages`, { text: 'My printer is on fire', clientMessageId: newMessageId() });
    sessionId = first.body.sessionId;
    clientMessage = first.body.message;
    expect((await operator1.post(`/sessions/${sessionId}/take`)).status).toBe(200);
    reply = (await send(operator1, 'Please step away from it')).body.message;
  });
  afterAll(() => host?.close());

  describe('quotes', () => {
    it('carry a snapshot of the quoted message, for the operator and for the client', async () => {
      const quoting = await send(operator1, 'Which model is it?', { quoteOf: clientMessage.id });
      expect(quoting.status).toBe(201);
      const snapshot = { messageId: clientMessage.id, seq: clientMessage.seq, authorKind: 'client', authorName: 'Emma Fischer', body: 'My printer is on fire' };
      expect(quoting.body.message.quote).toMatchObject(snapshot);
      const fromClient = await employee1.post(`/lines/${supportId}/messages`, { text: 'A LaserJet', clientMessageId: newMessageId(), quoteOf: quoting.body.message.id });
      expect(fromClient.status).toBe(201);
      expect(fromClient.body.message.quote).toMatchObject({ seq: quoting.body.message.seq, authorKind: 'operator', body: 'Which model is it?' });
      const history = (await employee1.get(`/sessions/${sessionId}/messages`)).body.items;
      expect(history.find((m: { id: string }) => m.id === quoting.body.message.id).quote).toMatchObject(snapshot);
    });

    it('refuses a message of another session, a system message or an unknown id, and stores nothing', async () => {
      const other = await employee2.post(`/lines/${supportId}/messages`, { text: 'Hello from Ethan', clientMessageId: newMessageId() });
      const system = (await operator1.get(`/sessions/${sessionId}/messages`)).body.items.find((m: { authorKind: string }) => m.authorKind === 'system');
      const before = (await operator1.get(`/sessions/${sessionId}`)).body.lastSeq;
      for (const quoteOf of [other.body.message.id, system.id, 'no-such-message']) {
        const refused = await send(operator1, 'quoting', { quoteOf });
        expect(refused.status).toBe(400);
        expect(refused.body.error.code).toBe('message/invalid');
      }
      // The client may quote only in their own conversation.
      const foreign = await employee2.post(`/lines/${supportId}/messages`, { text: 'x', clientMessageId: newMessageId(), quoteOf: clientMessage.id });
      expect(foreign.status).toBe(400);
      expect((await operator1.get(`/sessions/${sessionId}`)).body.lastSeq).toBe(before);
    });
  });

  describe('editing', () => {
    const edit = (who: ApiClient, id: string, text: unknown) => who.patch(`/sessions/${sessionId}/messages/${id}`, { text });

    it('is refused while the global setting is off', async () => {
      const refused = await edit(operator1, reply.id, 'Step away, please');
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('auth/forbidden');
    });

    it('changes the text in place, marks it edited, and tells staff and the client live; a quote keeps the old text', async () => {
      expect((await admin.patch('/settings', { messageEditing: true })).status).toBe(200);
      const quoting = (await send(operator1, 'As I said', { quoteOf: reply.id })).body.message;
      clock.advance(60_000);
      let answer: any;
      const staffEvent = await nextEvent(host, supervisor.token!, `session:${sessionId}`, 'message-edited', async () => {
        answer = await edit(operator1, reply.id, '  Please step away from it and call 112  ');
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ id: reply.id, seq: reply.seq, body: 'Please step away from it and call 112', editedAt: clock.now().toISOString() });
      expect(staffEvent.seq).toBeUndefined();
      expect(staffEvent.data).toMatchObject({ id: reply.id, body: 'Please step away from it and call 112', editedAt: expect.any(String) });
      const clientEvent = await nextEvent(host, employee1.token!, `session-client:${sessionId}`, 'message-edited', () => edit(operator1, reply.id, 'Call 112 now'));
      expect(clientEvent.data).toMatchObject({ id: reply.id, body: 'Call 112 now' });
      const history = (await employee1.get(`/sessions/${sessionId}/messages`)).body.items;
      expect(history.find((m: { id: string }) => m.id === reply.id)).toMatchObject({ body: 'Call 112 now', editedAt: expect.any(String) });
      expect(history.find((m: { id: string }) => m.id === quoting.id).quote.body).toBe('Please step away from it');
    });

    it("refuses someone else's message, a client's message and bad text, and changes nothing", async () => {
      expect((await edit(operator2, reply.id, 'hijacked')).status).toBe(403);
      expect((await edit(operator1, clientMessage.id, 'rewritten')).status).toBe(403);
      expect((await employee1.patch(`/sessions/${sessionId}/messages/${clientMessage.id}`, { text: 'mine' })).status).toBe(403);
      for (const text of ['   ', 'x'.repeat(10_001), 42]) {
        const bad = await edit(operator1, reply.id, text);
        expect(bad.status).toBe(400);
      }
      expect((await operator1.patch(`/sessions/${sessionId}/messages/${reply.id}`, { text: 'ok', extra: true })).status).toBe(400);
      const missing = await edit(operator1, 'no-such-message', 'x');
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('message/not-found');
      const history = (await operator1.get(`/sessions/${sessionId}/messages`)).body.items;
      expect(history.find((m: { id: string }) => m.id === reply.id).body).toBe('Call 112 now');
      expect(history.find((m: { id: string }) => m.id === clientMessage.id).body).toBe('My printer is on fire');
    });

    it('is refused 48 hours after the message was sent', async () => {
      const fresh = (await send(operator1, 'Typo hree')).body.message;
      clock.advance(48 * 60 * 60 * 1000 - 1000);
      await operator1.online();
      expect((await edit(operator1, fresh.id, 'Typo here')).status).toBe(200);
      clock.advance(2000);
      const late = await edit(operator1, fresh.id, 'Typo here!');
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe('message/edit-expired');
    });
  });

  describe('paging backwards', () => {
    it('gives the newest page first, then older pages with before, and refuses bad combinations', async () => {
      for (let i = 1; i <= 30; i++) await send(operator1, `Line ${i}`);
      const last = (await operator1.get(`/sessions/${sessionId}`)).body.lastSeq;
      const newest = await operator1.get(`/sessions/${sessionId}/messages?before=${Number.MAX_SAFE_INTEGER}&limit=10`);
      expect(newest.body.hasMore).toBe(true);
      expect(newest.body.items.map((m: { seq: number }) => m.seq)).toEqual(Array.from({ length: 10 }, (_, i) => last - 9 + i));
      const older = await operator1.get(`/sessions/${sessionId}/messages?before=${newest.body.items[0].seq}&limit=10`);
      expect(older.body.items.map((m: { seq: number }) => m.seq)).toEqual(Array.from({ length: 10 }, (_, i) => last - 19 + i));
      const oldest = await operator1.get(`/sessions/${sessionId}/messages?before=3&limit=10`);
      expect(oldest.body).toMatchObject({ hasMore: false, items: [{ seq: 1 }, { seq: 2 }] });
      // The client's pages skip system messages.
      const clientPage = await employee1.get(`/sessions/${sessionId}/messages?before=${Number.MAX_SAFE_INTEGER}&limit=500`);
      expect(clientPage.body.items.every((m: { authorKind: string }) => m.authorKind !== 'system')).toBe(true);
      expect((await operator1.get(`/sessions/${sessionId}/messages?before=0`)).status).toBe(400);
      expect((await operator1.get(`/sessions/${sessionId}/messages?before=5&since=2`)).status).toBe(400);
      expect((await employee2.get(`/sessions/${sessionId}/messages?before=5`)).status).toBe(403);
    });
  });
});
