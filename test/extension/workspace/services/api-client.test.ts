import { ApiClient } from '../../../../src/extension/workspace/services/api-client';
import { ApiError, errorMessage, isApiError } from '../../../../src/extension/workspace/services/api-error';

function fakeFetch(responses: Array<{ status: number; body?: unknown } | Error>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = jest.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    if (next instanceof Error) throw next;
    return new Response(next.body === undefined ? null : JSON.stringify(next.body), { status: next.status });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

describe('ApiClient', () => {
  it('sends JSON bodies to the extension API and reads JSON answers', async () => {
    const { fetch, calls } = fakeFetch([{ status: 201, body: { id: 'line-1' } }]);
    const api = new ApiClient({ apiBase: '/api/extensions/live-chats/v1/', fetch });
    await expect(api.createLine({ name: 'Sales', operatorGroupIds: ['g1'], supervisorGroupIds: ['g2'] })).resolves.toEqual({ id: 'line-1' });
    expect(calls[0].url).toBe('/api/extensions/live-chats/v1/lines');
    expect(calls[0].init.method).toBe('POST');
    expect(calls[0].init.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(JSON.parse(calls[0].init.body as string)).toEqual({ name: 'Sales', operatorGroupIds: ['g1'], supervisorGroupIds: ['g2'] });
  });

  it('builds session queries and reaches the host directory', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 200, body: { items: [] } },
      { status: 200, body: [] },
    ]);
    const api = new ApiClient({ apiBase: '/v1', fetch });
    await api.listSessions({ lineId: 'l 1', state: 'waiting', mine: true, limit: 20 });
    await api.listGroups();
    expect(calls.map((call) => call.url)).toEqual(['/v1/sessions?lineId=l+1&state=waiting&mine=true&limit=20', '/api/directory/groups']);
  });

  it('sends the requests of session configuration in the shapes of the contract', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 200, body: [] },
      { status: 200, body: [] },
      { status: 200, body: [] },
      { status: 200, body: { id: 's 1', name: 'Order' } },
      { status: 201, body: { instanceId: 'i1', status: 'done' } },
    ]);
    const api = new ApiClient({ apiBase: '/v1', fetch });
    const phone = { code: 'contact_phone', name: 'Contact phone', type: 'PHONE', required: false, array: false } as const;
    await api.listParameters();
    await api.saveParameters([phone as never]);
    await api.listProcessTemplates();
    await api.renameSession('s 1', 'Order');
    await expect(api.startProcess('s 1', 'qualify_request')).resolves.toEqual({ instanceId: 'i1', status: 'done' });
    expect(calls.map((call) => `${call.init.method} ${call.url} ${(call.init.body as string | undefined) ?? ''}`.trim())).toEqual([
      'GET /v1/parameters',
      `PUT /v1/parameters ${JSON.stringify({ definitions: [phone] })}`,
      'GET /v1/process-templates',
      'POST /v1/sessions/s%201/rename {"name":"Order"}',
      'POST /v1/sessions/s%201/processes {"templateCode":"qualify_request"}',
    ]);
  });

  it('turns error bodies into ApiErrors with the server code and message', async () => {
    const { fetch } = fakeFetch([{ status: 409, body: { error: { code: 'session/not-waiting', message: 'Someone else took it.' } } }]);
    const api = new ApiClient({ apiBase: '/v1', fetch });
    const error = await api.takeSession('s1').catch((caught: unknown) => caught);
    expect(isApiError(error, 'session/not-waiting')).toBe(true);
    expect(error).toMatchObject({ status: 409, message: 'Someone else took it.', retryable: false });
    expect(errorMessage(error)).toBe('Someone else took it.');
  });

  it('reports a network failure as retryable, and odd answers by their status', async () => {
    const { fetch } = fakeFetch([new TypeError('Failed to fetch'), { status: 502 }, { status: 204 }]);
    const api = new ApiClient({ apiBase: '/v1', fetch });
    await expect(api.counters()).rejects.toMatchObject({ code: 'network/unavailable', status: 0, retryable: true });
    await expect(api.counters()).rejects.toMatchObject({ code: 'http/502', status: 502, retryable: true });
    await expect(api.markRead('s1', 4)).resolves.toBeUndefined();
  });

  it('follows message pages until there are no more', async () => {
    const page = (from: number, to: number, hasMore: boolean) => ({
      status: 200,
      body: { items: Array.from({ length: to - from + 1 }, (_, i) => ({ seq: from + i })), hasMore },
    });
    const { fetch, calls } = fakeFetch([page(1, 3, true), page(4, 5, false)]);
    const api = new ApiClient({ apiBase: '/v1', fetch });
    const messages = await api.listAllMessages('s1');
    expect(messages.map((message) => message.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(calls.map((call) => call.url)).toEqual(['/v1/sessions/s1/messages?since=0', '/v1/sessions/s1/messages?since=3']);
  });

  it('has a readable message for anything', () => {
    expect(errorMessage(new ApiError('x', 'Readable.', 400))).toBe('Readable.');
    expect(errorMessage('a string')).toMatch(/something went wrong/i);
  });
});
