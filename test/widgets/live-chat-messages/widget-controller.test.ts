/**
 * One widget instance's life against a fake server and socket: it loads the item's sessions and the
 * newest page, follows the session live, and, removed from the page, aborts what is under way,
 * leaves its topic and closes its socket, so that nothing it started reacts any more.
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
    await server.answer(/widget\/sessions/, { items: [session], newSessionLines: [] });
    expect(controller.state.selectedId).toBe('s1');
    await server.answer(/transcript\?before=9007199254740991&limit=50/, { items: [msg(1), msg(2)], hasMore: false });
    const socket = FakeSocket.all[0];
    socket.open();
    expect(socket.sent).toContainEqual({ type: 'subscribe', topic: 'session:s1', since: 2 });
    socket.receive({ type: 'event', topic: 'session:s1', event: 'message', seq: 3, data: msg(3) });
    expect(controller.state.transcript!.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('removed from the page, aborts its requests, leaves its topic, closes its socket and reacts to nothing', async () => {
    const { controller, server, updates } = mount();
    await server.answer(/widget\/sessions/, { items: [session], newSessionLines: [] });
    await server.answer(/transcript/, { items: [msg(1)], hasMore: true });
    const socket = FakeSocket.all[0];
    socket.open();
    void controller.loadOlder();
    const older = server.pending.find((p) => /before=1&/.test(p.url))!;
    controller.hostDisconnected();
    expect(older.signal?.aborted).toBe(true);
    expect(socket.sent.at(-1)).toEqual({ type: 'unsubscribe', topic: 'session:s1' });
    expect(socket.readyState).toBe(3);
    const seen = updates();
    socket.receive({ type: 'event', topic: 'session:s1', event: 'message', seq: 2, data: msg(2) });
    expect(updates()).toBe(seen);
    expect(controller.state.transcript!.messages.map((m) => m.seq)).toEqual([1]);
    expect(FakeSocket.all).toHaveLength(1);
  });

  it('starts afresh for a new item, dropping the answers meant for the old one', async () => {
    const { controller, server } = mount();
    controller.setContext({ ...context, item: { ...context.item, id: 'c2' } });
    await server.answer(/itemId=c1/, { items: [session], newSessionLines: [] }).catch(() => undefined);
    expect(controller.state.sessions).toEqual([]);
    await server.answer(/itemId=c2/, { items: [], newSessionLines: [] });
    expect(controller.state).toMatchObject({ phase: 'ready', sessions: [] });
    expect(controller.state.selectedId).toBeUndefined();
  });
});
