/**
 * The host's byte bodies: a `binary` route takes an upload of its own content type up to its
 * limit (never a form encoding, never on a JSON route), and a route answers with a file, whole or
 * streamed, that the browser saves or shows but never runs.
 */
import { API, ApiClient } from '../support/api';
import { createTestHost, type TestHost } from '../support/test-host';

describe('host HTTP: uploads and files', () => {
  let host: TestHost;
  let user: ApiClient;
  const received: Array<{ bytes: number[]; type?: string }> = [];

  beforeAll(async () => {
    host = await createTestHost();
    user = await ApiClient.login(host.url, 'operator1');
    host.routes.registerRoute({
      method: 'POST',
      path: '/test-upload',
      auth: 'user',
      body: 'binary',
      maxBytes: 16,
      handler: async (request) => {
        received.push({ bytes: [...(request.body as Uint8Array)], type: request.headers?.['content-type'] });
        return { status: 201, body: { size: (request.body as Uint8Array).byteLength } };
      },
    });
    host.routes.registerRoute({
      method: 'GET',
      path: '/test-file',
      auth: 'user',
      handler: async () => ({ status: 200, file: { contentType: 'text/csv; charset=utf-8', fileName: 'Sessions – May.csv', data: chunks() } }),
    });
  });
  afterAll(() => host?.close());

  async function* chunks() {
    yield 'a,b\n';
    yield new TextEncoder().encode('1,2\n');
  }

  const upload = (body: BodyInit, headers: Record<string, string>, path = '/test-upload') =>
    fetch(`${host.url}${API}${path}`, { method: 'POST', headers: { authorization: `Bearer ${user.token}`, ...headers }, body });

  it('hands a binary route the bytes and the content type it was sent with', async () => {
    const response = await upload(new Uint8Array([1, 2, 3]), { 'content-type': 'image/png' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ size: 3 });
    expect(received.at(-1)).toEqual({ bytes: [1, 2, 3], type: 'image/png' });
  });

  it('refuses a body over the route\'s limit with 413 without calling the route', async () => {
    const before = received.length;
    const response = await upload(new Uint8Array(17), { 'content-type': 'application/pdf' });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('request/too-large');
    expect(received).toHaveLength(before);
  });

  it('refuses form encodings on a binary route and bytes on a JSON route with 415', async () => {
    const form = await upload('a=1', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const bytesToJsonRoute = await upload(new Uint8Array([1]), { 'content-type': 'image/png' }, '/lines');
    expect(bytesToJsonRoute.status).toBe(415);
    expect(((await bytesToJsonRoute.json()) as { error: { code: string } }).error.code).toBe('request/invalid');
  });

  it('streams a file with its name, saved rather than shown, under a sandboxing policy', async () => {
    const response = await fetch(`${host.url}${API}/test-file`, { headers: { authorization: `Bearer ${user.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Sessions _ May.csv"; filename*=UTF-8''Sessions%20%E2%80%93%20May.csv`);
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(await response.text()).toBe('a,b\n1,2\n');
  });
});
