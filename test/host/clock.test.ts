/** The host's clock: a frozen TestClock drives every host service, and the company's time zone is configurable. */
import { resolveTimezone } from '../../host/host';
import { ApiClient } from '../support/api';
import { createTestHost, TestClock, type TestHost } from '../support/test-host';

describe('the host clock', () => {
  const clock = new TestClock('2026-05-04T08:00:00.000Z');
  let host: TestHost;
  beforeAll(async () => {
    host = await createTestHost({ now: clock.now, timezone: 'Europe/Berlin' });
  });
  afterAll(() => host?.close());

  it('hands the extension the frozen time and the given time zone', async () => {
    expect(host.clock.timezone).toBe('Europe/Berlin');
    expect(host.clock.now().toISOString()).toBe('2026-05-04T08:00:00.000Z');
    clock.advance(90_000);
    expect(host.clock.now().toISOString()).toBe('2026-05-04T08:01:30.000Z');
    const operator = await ApiClient.login(host.url, 'operator1');
    await host.notifications.notify({ userIds: [operator.user!.id], title: 'Now' });
    expect((await operator.get('/api/notifications')).body.items[0].createdAt).toBe('2026-05-04T08:01:30.000Z');
  });

  it('lets sign-in tokens expire by the host clock', async () => {
    const operator = await ApiClient.login(host.url, 'operator2');
    clock.advance(13 * 86_400_000);
    expect((await operator.get('/api/auth/me')).status).toBe(200);
    clock.advance(2 * 86_400_000);
    expect((await operator.get('/api/auth/me')).status).toBe(401);
  });

  it('takes a TestClock set to any moment', () => {
    const other = new TestClock();
    other.set('2027-01-01T00:00:00.000Z');
    expect(other.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(() => other.set('not a date')).toThrow(/not a date/);
  });

  it('refuses a time zone that is not an IANA zone, and defaults to TZ or the system zone', () => {
    expect(() => resolveTimezone('Mars/Olympus_Mons')).toThrow(/not an IANA time zone/);
    expect(resolveTimezone('Asia/Tokyo')).toBe('Asia/Tokyo');
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(resolveTimezone(undefined)).toBe('America/New_York');
      process.env.TZ = ':/etc/localtime';
      expect(resolveTimezone(undefined)).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('does not start on a wrong time zone', async () => {
    await expect(createTestHost({ timezone: 'Nowhere/Land' })).rejects.toThrow(/not an IANA time zone/);
  });
});
