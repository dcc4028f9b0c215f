/**
 * One widget instance's life against a fake server and socket: it loads the item's sessions and the
 * newest page, follows the session live, keeps the list live from its live chats' hints (one
 * reload per burst), and, removed from the page, aborts what is under way, leaves its topics and
 * closes its socket, so that nothing it started reacts any more.
 */
import type { WidgetContext } from '@elma365/sdk-types';
import { LineMessageType } from '@elma365/sdk-types';
import { WidgetController } from '../../../src/widgets/live-chat-messages/widget-controller';

class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: Array<{ type: string; topic?: string; since?: number }> = [];
  private listeners = new Map<string, Array<(event: unknown) => void>>();
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }
  close(): void {
    this.readyState = 3;
    this.emit('close', {});
  }
  open(): void {
    this.readyState = 1;
    this.emit('open', {});
  }
  receive(frame: unknown): void {
    this.emit('message', { data: JSON.stringify(frame) });
  }
  private emit(type: string, event: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

const session = { id: 's1', name: 'Damaged box', lineId: 'l1', lineName: 'Sales', channelType: 'internal', clientName: 'Emma', state: 'assignedToOperator', createdAt: '', lastActivityAt: '', lastSeq: 2, access: 'operator', canReply: true };
const follow = { lineIds: ['l1'], clientIds: ['client-1'], items: [{ appCode: 'contacts', itemId: 'c1' }], anyClient: false };
const listed = { items: [session], follow };
const hint = (id: string, clientId: string) => ({ type: 'event', topic: 'line:l1', event: 'session', data: { id, clientId, items: [] } });
const msg = (seq: number) => ({ id: `m${seq}`, sessionId: 's1', seq, type: LineMessageType.Text, body: `text ${seq}`, authorKind: 'client', createdAt: '2026-01-01T00:00:00Z' });

function fakeServer() {
  const calls: string[] = [];
  const pending: Array<{ url: string; signal?: AbortSignal; resolve: (body: unknown) => void }> = [];
  const fetch = ((url: string, init: RequestInit) => {
    calls.push(url);
    return new Promise<Response>((resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      pending.push({ url, signal: init.signal ?? undefined, resolve: (body) => resolve(new Response(JSON.stringify(body), { status: 200 })) });
    });
  }) as unknown as typeof globalThis.fetch;
  const answer = async (match: RegExp, body: unknown) => {
    const at = pending.findIndex((p) => match.test(p.url));
    if (at < 0) throw new Error(`no pending request for ${match}; calls: ${calls.join(', ')}`);
    pending.splice(at, 1)[0].resolve(body);
    for (let i = 0; i < 10; i++) await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { fetch, calls, pending, answer };
}

const context = { apiBase: '/api/x/v1', realtimeUrl: 'ws://h/api/x/v1/ws', app: { code: 'contacts' }, item: { id: 'c1' }, settings: { showHistory: 'account' } } as unknown as WidgetContext;

describe('WidgetController', () => {
  const mounted: WidgetController[] = [];
  beforeEach(() => {
    FakeSocket.all = [];
  });
  afterEach(() => mounted.splice(0).forEach((controller) => controller.hostDisconnected()));

  function mount() {
    const server = fakeServer();
    let updates = 0;
    const host = { addController: () => undefined, removeController: () => undefined, requestUpdate: () => void updates++, updateComplete: Promise.resolve(true) };
    const controller = new WidgetController(host, { fetch: server.fetch, createSocket: (url) => new FakeSocket(url) as unknown as WebSocket });
    controller.setContext(context);
    controller.hostConnected();
    mounted.push(controller);
    return { controller, server, updates: () => updates };
  }

  it('loads the sessions and the newest page, then follows the session from the last seq', async () => {
    const { controller, server } = mount();
    expect(server.calls).toEqual(['/api/x/v1/widget/sessions?appCode=contacts&itemId=c1&showHistory=account']);
    await server.answer(/widget\/sessions/, listed);
    expect(controller.state.selectedId).toBe('s1');
    await server.answer(/transcript\?before=9007199254740991&limit=50/, { items: [msg(1), msg(2)], hasMore: false });
    const socket = FakeSocket.all[0];
    socket.open();
    expect(socket.sent).toContainEqual({ type: 'subscribe', topic: 'session:s1', since: 2 });
    socket.receive({ type: 'event', topic: 'session:s1', event: 'message', seq: 3, data: msg(3) });
    expect(controller.state.transcript!.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('marks what the session\'s operator sees as read, once per newest message, and not for others\' sessions', async () => {
    const { server } = mount();
    await server.answer(/widget\/sessions/, listed);
    await server.answer(/transcript/, { items: [msg(1), msg(2)], hasMore: false });
    expect(server.calls.filter((url) => url.endsWith('/sessions/s1/read'))).toHaveLength(1);
    const socket = FakeSocket.all[0];
    socket.open();
    socket.receive({ type: 'event', topic: 'session:s1', event: 'message', seq: 3, data: msg(3) });
    socket.receive({ type: 'event', topic: 'session:s1', event: 'message', seq: 3, data: msg(3) });
    expect(server.calls.filter((url) => url.endsWith('/sessions/s1/read'))).toHaveLength(2);

    const other = mount();
    await other.server.answer(/widget\/sessions/, { ...listed, items: [{ ...session, canReply: false }] });
    await other.server.answer(/transcript/, { items: [msg(1), msg(2)], hasMore: false });
    expect(other.server.calls.filter((url) => url.endsWith('/read'))).toEqual([]);
  });

  it('removed from the page, aborts its requests, leaves its topic, closes its socket and reacts to nothing', async () => {
    const { controller, server, updates } = mount();
    await server.answer(/widget\/sessions/, listed);
    await server.answer(/transcript/, { items: [msg(1)], hasMore: true });
    const socket = FakeSocket.all[0];
    socket.open();
    void controller.loadOlder();
    const older = server.pending.find((p) => /before=1&/.test(p.url))!;
    controller.hostDisconnected();
    expect(older.signal?.aborted).toBe(true);
    expect(socket.sent.slice(-2)).toEqual([{ type: 'unsubscribe', topic: 'session:s1' }, { type: 'unsubscribe', topic: 'line:l1' }]);
    expect(socket.readyState).toBe(3);
    const seen = updates();
    const calls = server.calls.length;
    socket.receive({ type: 'event', topic: 'session:s1', event: 'message', seq: 2, data: msg(2) });
    socket.receive(hint('s9', 'client-1'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(updates()).toBe(seen);
    expect(server.calls).toHaveLength(calls);
    expect(controller.state.transcript!.messages.map((m) => m.seq)).toEqual([1]);
    expect(FakeSocket.all).toHaveLength(1);
  });

  it('keeps the list live: one reload per burst of hints that concern it, none for other sessions', async () => {
    const { controller, server } = mount();
    await server.answer(/widget\/sessions/, listed);
    await server.answer(/transcript/, { items: [msg(1), msg(2)], hasMore: false });
    const socket = FakeSocket.all[0];
    socket.open();
    expect(socket.sent).toEqual(expect.arrayContaining([{ type: 'subscribe', topic: 'line:l1' }, { type: 'subscribe', topic: 'session:s1', since: 2 }]));
    jest.useFakeTimers();
    try {
      const before = server.calls.length;
      // Another client's session: not this item's.
      socket.receive(hint('s7', 'someone-else'));
      jest.advanceTimersByTime(1000);
      expect(server.calls).toHaveLength(before);
      // A new session of the item's client, then the listed one changing on both of its topics.
      socket.receive(hint('s2', 'client-1'));
      socket.receive(hint('s1', 'client-1'));
      socket.receive({ type: 'event', topic: 'session:s1', event: 'session', data: { id: 's1', clientId: 'client-1', items: [] } });
      jest.advanceTimersByTime(499);
      expect(server.calls).toHaveLength(before);
      jest.advanceTimersByTime(1);
      expect(server.calls.slice(before)).toEqual(['/api/x/v1/widget/sessions?appCode=contacts&itemId=c1&showHistory=account']);
    } finally {
      jest.useRealTimers();
    }
    const second = { ...session, id: 's2', name: 'Refund' };
    await server.answer(/widget\/sessions/, { ...listed, items: [second, session] });
    expect(controller.state.sessions.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(controller.state.selectedId).toBe('s1');
    expect(FakeSocket.all).toHaveLength(1);
  });

  it('starts afresh for a new item, dropping the answers meant for the old one', async () => {
    const { controller, server } = mount();
    controller.setContext({ ...context, item: { ...context.item, id: 'c2' } });
    await server.answer(/itemId=c1/, listed).catch(() => undefined);
    expect(controller.state.sessions).toEqual([]);
    await server.answer(/itemId=c2/, { items: [], follow });
    expect(controller.state).toMatchObject({ phase: 'ready', sessions: [] });
    expect(controller.state.selectedId).toBeUndefined();
  });
});
