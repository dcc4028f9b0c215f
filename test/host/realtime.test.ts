/**
 * Realtime loses nothing: a subscriber that drops its socket and comes back with `since`
 * receives every message it missed exactly once; topics are authorized on the server.
 */
import WebSocket from 'ws';
import { API, ApiClient, newMessageId } from '../support/api';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, type TestHost } from '../support/test-host';

interface Frame {
  type: string;
  topic?: string;
  event?: string;
  seq?: number;
  code?: string;
  data?: { body?: string; type?: string };
}

class Socket {
  readonly frames: Frame[] = [];
  private waiters: (() => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (raw) => {
      this.frames.push(JSON.parse(raw.toString()) as Frame);
      this.waiters.splice(0).forEach((wake) => wake());
    });
  }

  static open(host: TestHost, token: string, headers: Record<string, string> = {}): Promise<Socket> {
    const ws = new WebSocket(`${host.url.replace('http', 'ws')}${API}/ws`, { headers: { authorization: `Bearer ${token}`, ...headers } });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new Socket(ws)));
      ws.once('error', reject);
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  async until(predicate: (frames: Frame[]) => boolean, timeoutMs = 5000): Promise<Frame[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.frames)) {
      if (Date.now() > deadline) throw new Error(`timed out; frames: ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.frames;
  }

  close(): void {
    this.ws.terminate();
  }
}

const messageBodies = (frames: Frame[]): string[] => frames.filter((f) => f.event === 'message').map((f) => f.data!.body!);

describeEachEngine('realtime', (engine) => {
  let host: TestHost;
  let operator: ApiClient;
  let employee: ApiClient;
  let other: ApiClient;
  let lineId: string;
  let sessionId: string;

  beforeAll(async () => {
    host = await createTestHost({ engine });
    [operator, employee, other] = await ApiClient.loginAll(host.url, ['operator1', 'employee1', 'employee2']);
    await operator.online();
    lineId = (await operator.get('/lines')).body[0].id;
    sessionId = (await employee.post(`/lines/${lineId}/messages`, { text: 'first', clientMessageId: newMessageId() })).body.sessionId;
    expect((await operator.post(`/sessions/${sessionId}/take`)).status).toBe(200);
  });
  afterAll(() => host?.close());

  it('backfills exactly the 10 messages sent while the socket was down', async () => {
    const first = await Socket.open(host, employee.token!);
    first.send({ type: 'subscribe', topic: `session-client:${sessionId}`, since: 0 });
    const seen = await first.until((frames) => messageBodies(frames).includes('first'));
    const lastSeq = Math.max(...seen.filter((f) => f.event === 'message').map((f) => f.seq!));
    first.close();

    for (let i = 1; i <= 10; i++) {
      expect((await operator.post(`/sessions/${sessionId}/messages`, { text: `reply ${i}`, clientMessageId: newMessageId() })).status).toBe(201);
    }

    const second = await Socket.open(host, employee.token!);
    second.send({ type: 'subscribe', topic: `session-client:${sessionId}`, since: lastSeq });
    // A message sent right after subscribing arrives too, once, after the backfill.
    await second.until((frames) => frames.some((f) => f.type === 'subscribed'));
    await operator.post(`/sessions/${sessionId}/messages`, { text: 'live one', clientMessageId: newMessageId() });
    const frames = await second.until((all) => messageBodies(all).includes('live one'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(messageBodies(frames)).toEqual([...Array.from({ length: 10 }, (_, i) => `reply ${i + 1}`), 'live one']);
    const seqs = frames.filter((f) => f.event === 'message').map((f) => f.seq!);
    expect(new Set(seqs).size).toBe(seqs.length);
    second.close();
  });

  it('never shows the client system messages, and shows staff everything', async () => {
    const staff = await Socket.open(host, operator.token!);
    staff.send({ type: 'subscribe', topic: `session:${sessionId}`, since: 0 });
    const frames = await staff.until((all) => messageBodies(all).includes('live one'));
    expect(frames.some((f) => f.data?.type === 'system')).toBe(true);
    staff.close();
    const client = await Socket.open(host, employee.token!);
    client.send({ type: 'subscribe', topic: `session-client:${sessionId}`, since: 0 });
    const clientFrames = await client.until((all) => messageBodies(all).includes('live one'));
    expect(clientFrames.some((f) => f.data?.type === 'system')).toBe(false);
    client.close();
  });

  it('refuses topics the user may not follow, bad frames, and unauthenticated or cross-site sockets', async () => {
    const socket = await Socket.open(host, other.token!);
    socket.send({ type: 'subscribe', topic: `session-client:${sessionId}`, since: 0 });
    socket.send({ type: 'subscribe', topic: `session:${sessionId}` });
    socket.send({ type: 'subscribe', topic: `line:${lineId}` });
    socket.send({ type: 'subscribe', topic: `user:${operator.user!.id}` });
    socket.send({ type: 'subscribe', topic: 'nonsense' });
    socket.send('not json');
    socket.send({ type: 'subscribe', topic: 42 });
    const frames = await socket.until((all) => all.filter((f) => f.type === 'error').length >= 7);
    expect(frames.filter((f) => f.type === 'event')).toEqual([]);
    expect(frames.filter((f) => f.type === 'subscribed')).toEqual([]);
    expect(frames.map((f) => f.code)).toEqual(expect.arrayContaining(['auth/forbidden', 'realtime/unknown-topic', 'request/invalid']));
    socket.close();

    const anonymous = new WebSocket(`${host.url.replace('http', 'ws')}${API}/ws`);
    const code = await new Promise<number>((resolve) => anonymous.on('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(4401);
    const forged = await Socket.open(host, 'forged-token');
    expect(await new Promise<number>((resolve) => forged.ws.on('close', (closeCode) => resolve(closeCode)))).toBe(4401);
    const crossSite = await Socket.open(host, employee.token!, { origin: 'https://evil.example' });
    expect(await new Promise<number>((resolve) => crossSite.ws.on('close', (closeCode) => resolve(closeCode)))).toBe(4403);
  });

  it('tells operators of the live chat about new sessions in the queue', async () => {
    const socket = await Socket.open(host, operator.token!);
    socket.send({ type: 'subscribe', topic: `line:${lineId}` });
    socket.send({ type: 'subscribe', topic: `session:${sessionId}` });
    await socket.until((all) => all.some((f) => f.type === 'subscribed'));
    const sent = await other.post(`/lines/${lineId}/messages`, { text: 'hello from Ethan', clientMessageId: newMessageId() });
    const frames = await socket.until((all) => all.some((f) => f.event === 'session'));
    expect(frames.find((f) => f.event === 'session')!.data).toMatchObject({ id: sent.body.sessionId, state: 'waiting', clientName: 'Ethan Brooks' });
    // Subscribed without `since`: live messages only, no history.
    await operator.post(`/sessions/${sessionId}/messages`, { text: 'only live', clientMessageId: newMessageId() });
    const live = await socket.until((all) => messageBodies(all).includes('only live'));
    expect(messageBodies(live)).toEqual(['only live']);
    socket.close();
  });
});
