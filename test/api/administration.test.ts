/**
 * Administration through the Web API, on each storage engine: the global Live Chats settings
 * (read by everyone who works, changed by administrators, channels checked against the live
 * chats), deleting a live chat with everything of its sessions in one go, and the groups of the
 * Live Chats workspace (spec §2.1, §2.9, §2.10).
 */
import { DEFAULT_SETTINGS } from '../../src/extension/common/settings';
import { ApiClient, newMessageId } from '../support/api';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, type TestHost } from '../support/test-host';

describeEachEngine('administration', (engine) => {
  let host: TestHost;
  let admin: ApiClient;
  let operator1: ApiClient;
  let employee1: ApiClient;
  let groups: Record<string, string>;
  const db = (): any => host.database.kysely;

  const createLine = async (name: string, operatorGroupIds = [groups.Operators]): Promise<any> => {
    const line = await admin.post('/lines', { name, operatorGroupIds, supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees] });
    expect(line.status).toBe(201);
    return line.body;
  };

  beforeAll(async () => {
    host = await createTestHost({ engine });
    [admin, operator1, employee1] = await ApiClient.loginAll(host.url, ['admin', 'operator1', 'employee1']);
    groups = await admin.groupIds();
  });
  afterAll(() => host?.close());

  describe('Live Chats settings', () => {
    it('are read by operators and changed only by administrators', async () => {
      const read = await operator1.get('/settings');
      expect(read.status).toBe(200);
      expect(read.body).toEqual(DEFAULT_SETTINGS);
      const refused = await operator1.patch('/settings', { messageEditing: true });
      expect(refused.status).toBe(403);
      expect((await admin.get('/settings')).body.messageEditing).toBe(false);
    });

    it('save every option', async () => {
      const [support] = (await admin.get('/lines')).body;
      const internal = support.channels[0].id;
      const all = {
        showQueueCountToOperators: false,
        showUnassignedCountToSupervisors: false,
        sendConfirmationChannelIds: [internal, internal],
        sendMethod: 'enter',
        messageEditing: true,
        showSystemMessages: false,
        inactivityMinutes: 15,
        reassignOnlyOnline: true,
        newSessionSound: 'bell',
        newMessageSound: 'none',
        attachmentMaxMb: 25,
        attachmentTypes: ['IMAGE/*', 'image/*', 'application/pdf'],
      };
      const saved = await admin.patch('/settings', all);
      expect(saved.status).toBe(200);
      const expected = { ...all, sendConfirmationChannelIds: [internal], attachmentTypes: ['image/*', 'application/pdf'] };
      expect(saved.body).toEqual(expected);
      expect((await operator1.get('/settings')).body).toEqual(expected);
    });

    it('refuse channels no live chat has, naming them, and change nothing', async () => {
      const before = (await admin.get('/settings')).body;
      const response = await admin.patch('/settings', { sendConfirmationChannelIds: [before.sendConfirmationChannelIds[0], 'nope-1', 'nope-2'], messageEditing: false });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('settings/unknown-channels');
      expect(response.body.error.message).toContain('nope-1, nope-2');
      expect(response.body.error.details).toEqual({ channelIds: ['nope-1', 'nope-2'] });
      expect((await admin.get('/settings')).body).toEqual(before);
    });

    it('refuse values out of range or of the wrong shape', async () => {
      const before = (await admin.get('/settings')).body;
      for (const body of [{}, { inactivityMinutes: 1 }, { inactivityMinutes: 1000 }, { attachmentMaxMb: 0 }, { attachmentTypes: ['pdf'] }, { sendMethod: 'shout' }, { newSessionSound: 'siren' }, { blocklist: true }]) {
        const response = await admin.patch('/settings', body);
        expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400]);
      }
      expect((await admin.get('/settings')).body).toEqual(before);
    });
  });

  describe('deleting a live chat', () => {
    it('deletes its sessions and everything about them, and leaves other live chats alone', async () => {
      const doomed = await createLine('Doomed');
      const kept = await createLine('Kept');
      const sent = await Promise.all(
        [doomed, kept].map((line) => employee1.post(`/lines/${line.id}/messages`, { text: `Hello ${line.name}`, clientMessageId: newMessageId() })),
      );
      const [doomedSession, keptSession] = sent.map((response) => {
        expect(response.status).toBe(201);
        return response.body.sessionId as string;
      });
      for (const line of [doomed, kept]) {
        const condition = { joins: [], items: [{ attribute: 'messageText', operator: 'contains', value: 'vip' }] };
        const rule = await admin.post(`/lines/${line.id}/rules`, { name: 'VIP', condition, action: { type: 'inviteAll' } });
        expect(rule.status).toBe(201);
      }
      const at = new Date().toISOString();
      for (const sessionId of [doomedSession, keptSession]) {
        await db().insertInto('lc_read_markers').values({ user_id: operator1.user!.id, session_id: sessionId, seq: 1 }).execute();
        await db().insertInto('lc_session_params').values({ session_id: sessionId, code: 'tier', value: '"gold"', sort_text: 'gold', sort_number: null }).execute();
        await db().insertInto('lc_session_items').values({ session_id: sessionId, app_code: 'contacts', item_id: `item-${sessionId}`, role: 'client', created_at: at }).execute();
        await db()
          .insertInto('lc_message_attachments')
          .values({ file_id: `file-${sessionId}`, session_id: sessionId, uploader_id: employee1.user!.id, name: 'a.pdf', content_type: 'application/pdf', size: 3, message_id: null, created_at: at })
          .execute();
        await db()
          .insertInto('lc_outbox')
          .values({ id: `ob-${sessionId}`, kind: 'routing.reply', payload: JSON.stringify({ sessionId, ruleName: 'VIP', text: 'Hi' }), status: 'pending', attempts: 0, next_attempt_at: '2100-01-01T00:00:00.000Z', locked_until: null, last_error: null, created_at: at, updated_at: at })
          .execute();
      }
      const channels = [doomed.channels[0].id, kept.channels[0].id];
      expect((await admin.patch('/settings', { sendConfirmationChannelIds: channels })).status).toBe(200);

      const refused = await operator1.delete(`/lines/${doomed.id}`);
      expect(refused.status).toBe(403);
      expect((await admin.get(`/lines/${doomed.id}`)).status).toBe(200);

      expect((await admin.delete(`/lines/${doomed.id}`)).status).toBe(204);
      expect((await admin.get(`/lines/${doomed.id}`)).status).toBe(404);
      expect((await admin.delete(`/lines/${doomed.id}`)).status).toBe(404);
      expect((await employee1.get(`/sessions/${doomedSession}`)).status).toBe(404);
      const rows = async (table: string, column: string, value: string): Promise<number> =>
        (await db().selectFrom(table).select(column).where(column, '=', value).execute()).length;
      for (const table of ['lc_messages', 'lc_message_attachments', 'lc_read_markers', 'lc_session_params', 'lc_session_items']) {
        expect([table, await rows(table, 'session_id', doomedSession)]).toEqual([table, 0]);
        expect([table, await rows(table, 'session_id', keptSession)]).toEqual([table, 1]);
      }
      expect(await rows('lc_sessions', 'line_id', doomed.id)).toBe(0);
      expect(await rows('lc_routing_rules', 'line_id', doomed.id)).toBe(0);
      expect(await rows('lc_channels', 'line_id', doomed.id)).toBe(0);
      expect(await rows('lc_outbox', 'id', `ob-${doomedSession}`)).toBe(0);
      expect(await rows('lc_outbox', 'id', `ob-${keptSession}`)).toBe(1);
      expect(await rows('lc_routing_rules', 'line_id', kept.id)).toBeGreaterThan(0);
      expect((await employee1.get(`/sessions/${keptSession}`)).status).toBe(200);
      expect((await admin.get('/settings')).body.sendConfirmationChannelIds).toEqual([kept.channels[0].id]);
      expect((await admin.get('/lines')).body.map((line: { name: string }) => line.name)).toEqual(['Kept', 'Support']);
    });
  });

  describe('groups of the Live Chats workspace', () => {
    it('are for administrators only', async () => {
      expect((await operator1.get('/groups')).status).toBe(403);
      expect((await operator1.post('/groups', { name: 'Mine', memberIds: [] })).status).toBe(403);
      expect((await admin.get('/groups')).body).toEqual([]);
    });

    it('are created, renamed, re-membered, used by a live chat, and deleted only when no live chat uses them', async () => {
      const users = Object.fromEntries((await admin.get('/api/directory/users')).body.map((u: { id: string; login: string }) => [u.login, u.id]));
      const created = await admin.post('/groups', { name: ' Night shift ', memberIds: [users.operator1, users.operator2] });
      expect(created.status).toBe(201);
      const id = created.body.id;
      expect(created.body).toEqual({ id, name: 'Night shift', memberIds: [users.operator1, users.operator2], usedBy: [] });
      const directory = (await operator1.get('/api/directory/groups')).body;
      expect(directory.find((group: { id: string }) => group.id === id)).toMatchObject({ name: 'Night shift', isSystem: false, owner: 'live-chats' });

      expect((await admin.post('/groups', { name: 'night SHIFT', memberIds: [] })).body.error.code).toBe('group/name-taken');
      expect((await admin.post('/groups', { name: 'Operators', memberIds: [] })).status).toBe(409);
      const unknown = await admin.post('/groups', { name: 'Ghosts', memberIds: ['no-such-user'] });
      expect([unknown.status, unknown.body.error.message]).toEqual([400, 'Unknown user: no-such-user.']);
      expect((await admin.post('/groups', { name: '  ', memberIds: [] })).status).toBe(400);
      expect((await admin.post('/groups', { name: 'Twice', memberIds: [users.operator1, users.operator1] })).status).toBe(400);

      const renamed = await admin.put(`/groups/${id}`, { name: 'Evening shift', memberIds: [users.operator3] });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: 'Evening shift', memberIds: [users.operator3] });
      expect((await operator1.put(`/groups/${id}`, { name: 'Hijacked' })).status).toBe(403);
      expect((await admin.put(`/groups/${groups.Operators}`, { name: 'Renamed' })).status).toBe(404);
      expect((await admin.delete(`/groups/${groups.Operators}`)).status).toBe(404);

      const evening = await createLine('Evening', [id]);
      const operator3 = await ApiClient.login(host.url, 'operator3');
      expect((await operator3.get('/lines')).body.find((line: { id: string }) => line.id === evening.id)?.roles.operator).toBe(true);
      expect((await admin.get('/groups')).body).toEqual([{ id, name: 'Evening shift', memberIds: [users.operator3], usedBy: [{ lineId: evening.id, lineName: 'Evening' }] }]);

      const inUse = await admin.delete(`/groups/${id}`);
      expect(inUse.status).toBe(409);
      expect(inUse.body.error.code).toBe('group/in-use');
      expect(inUse.body.error.message).toContain('"Evening"');
      expect(inUse.body.error.details).toEqual({ lines: [{ lineId: evening.id, lineName: 'Evening' }] });

      expect((await admin.patch(`/lines/${evening.id}`, { operatorGroupIds: [groups.Operators] })).status).toBe(200);
      expect((await operator1.delete(`/groups/${id}`)).status).toBe(403);
      expect((await admin.delete(`/groups/${id}`)).status).toBe(204);
      expect((await admin.get('/groups')).body).toEqual([]);
      expect((await admin.get('/api/directory/groups')).body.some((group: { id: string }) => group.id === id)).toBe(false);
      expect((await admin.delete(`/groups/${id}`)).status).toBe(404);
    });
  });
});
