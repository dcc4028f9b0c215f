/** Login, tokens and the host's edges: wrong passwords, forged tokens, logout, hostile requests. */
import { ApiClient } from '../support/api';
import { createTestHost, type TestHost } from '../support/test-host';

describe('the host', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await createTestHost();
  });
  afterAll(() => host?.close());

  const login = (body: unknown) =>
    fetch(`${host.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('signs a demo user in with a cookie and a Bearer token, and out again', async () => {
    const response = await login({ login: 'operator1', password: 'demo' });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^lc_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
    const { token, user } = (await response.json()) as { token: string; user: { name: string } };
    expect(user.name).toBe('Olivia Bennett');
    const me = await fetch(`${host.url}/api/auth/me`, { headers: { cookie: cookie.split(';')[0] } });
    expect(await me.json()).toMatchObject({ user: { login: 'operator1' }, isAdministrator: false });
    const client = new ApiClient(host.url, token);
    expect((await client.get('/lines')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/lines')).status).toBe(401);
  });

  it('gives the same answer for a wrong password and an unknown login', async () => {
    const wrong = await login({ login: 'operator1', password: 'nope' });
    const unknown = await login({ login: 'nobody', password: 'demo' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect((await login({ login: 'operator1' })).status).toBe(400);
    expect((await login({ login: ['operator1'], password: 'demo' })).status).toBe(400);
  });

  it('refuses forged tokens and anonymous calls', async () => {
    expect((await new ApiClient(host.url, 'forged').get('/lines')).body).toEqual({ error: { code: 'auth/unauthenticated', message: 'Sign in first.' } });
    expect((await new ApiClient(host.url).get('/me/counters')).status).toBe(401);
    expect((await new ApiClient(host.url).get('/api/directory/users')).status).toBe(401);
  });

  it('answers unknown resources and methods with JSON errors', async () => {
    const admin = await ApiClient.login(host.url, 'admin');
    expect((await admin.get('/nothing-here')).body.error.code).toBe('request/not-found');
    const wrongMethod = await admin.request('PUT', '/lines');
    expect(wrongMethod.status).toBe(405);
    expect((await admin.get('/lines?unexpected=1')).status).toBe(400);
    const badEscape = await admin.get('/sessions/%E0%A4%A');
    expect(badEscape).toEqual({ status: 400, body: { error: { code: 'request/invalid', message: expect.stringContaining('not a valid url') } } });
  });

  it('serves the shell page with a strict content security policy', async () => {
    const page = await fetch(`${host.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<lc-shell></lc-shell>');
    expect((await fetch(`${host.url}/assets/..%2f..%2fpackage.json`)).status).toBe(404);
  });
});
