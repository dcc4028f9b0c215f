/** Locked (blocked) users: the directory says so, they cannot sign in, and their tokens stop working. */
import { ApiClient } from '../support/api';
import { createTestHost, type TestHost } from '../support/test-host';

describe('locked users', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await createTestHost();
  });
  afterAll(() => host?.close());

  const login = (loginName: string, password = 'demo') =>
    fetch(`${host.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: loginName, password }) });

  it('are refused at sign-in (told so only when the password is right), signed out everywhere, and may sign in again once unlocked', async () => {
    const operator = await ApiClient.login(host.url, 'operator3');
    const id = operator.user!.id;
    expect(await host.directory.getUser(id)).toMatchObject({ login: 'operator3', locked: false });

    expect(await host.directory.setLocked(id, true)).toBe(true);
    expect(await host.directory.getUser(id)).toMatchObject({ locked: true });
    expect((await host.directory.listUsers()).find((user) => user.id === id)?.locked).toBe(true);

    const refused = await login('operator3');
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: { code: 'auth/locked', message: expect.stringMatching(/locked/) } });
    const wrongPassword = await login('operator3', 'nope');
    expect(await wrongPassword.json()).toMatchObject({ error: { code: 'auth/invalid-credentials' } });
    // A token handed out before the lock no longer works either.
    expect((await operator.get('/api/auth/me')).status).toBe(401);

    expect(await host.directory.setLocked(id, false)).toBe(true);
    expect((await login('operator3')).status).toBe(200);
    expect((await operator.get('/api/auth/me')).status).toBe(401);
    expect(await host.directory.setLocked('no-such-user', true)).toBe(false);
  });
});
