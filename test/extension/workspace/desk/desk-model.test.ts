import { LineSessionState } from '@elma365/sdk-types';
import {
  applySessionChange,
  belongsToView,
  deskViews,
  isUnassigned,
  lineBadges,
  marksRead,
  placeParams,
  processOutcome,
  resolvePlace,
  sessionActions,
  sessionNameProblem,
  sessionQuery,
  sortSessions,
  workLines,
} from '../../../../src/extension/workspace/desk/desk-model';
import { SESSION_NAME_MAX } from '../../../../src/extension/common/session';
import { aLine, aSession, aViewer, SUPERVISORS } from '../builders';

const ME = 'user-operator1';
const operatorLine = aLine();
const supervisorLine = aLine({ id: 'line-2', name: 'Billing', roles: { operator: false, supervisor: true, client: false } });

describe('where the workspace opens', () => {
  const lines = workLines([
    aLine({ id: 'line-3', name: 'Support' }),
    aLine({ id: 'line-4', name: 'Alpha', roles: { operator: false, supervisor: false, client: true } }),
    supervisorLine,
  ]);

  it('lists the live chats the user works on, by name', () => {
    expect(lines.map((line) => line.name)).toEqual(['Billing', 'Support']);
  });

  it("a list is the first live chat's Queue unless the URL names another", () => {
    expect(resolvePlace({}, lines)).toEqual({ lineId: 'line-2', view: 'queue', sessionId: undefined });
    expect(resolvePlace({ line: 'line-3', view: 'mine', session: 's1' }, lines)).toEqual({ lineId: 'line-3', view: 'mine', sessionId: 's1' });
    expect(resolvePlace({ line: 'gone', view: 'nonsense' }, lines)).toEqual({ lineId: 'line-2', view: 'queue', sessionId: undefined });
    expect(resolvePlace({ session: 's1' }, [])).toEqual({ lineId: undefined, view: 'queue', sessionId: undefined });
    expect(placeParams({ lineId: 'line-3', view: 'closed', sessionId: 's9' })).toEqual({ line: 'line-3', view: 'closed', session: 's9' });
  });
});

describe('Active sessions (supervisors only)', () => {
  const both = aLine({ id: 'line-5', roles: { operator: true, supervisor: true, client: false } });

  it('comes first in the live chats the user supervises, and nowhere else', () => {
    expect(deskViews(supervisorLine).map((view) => view.label)).toEqual(['Active sessions', 'Queue', 'My sessions', 'Closed sessions']);
    expect(deskViews(both).map((view) => view.id)).toEqual(['active', 'queue', 'mine', 'closed']);
    expect(deskViews(operatorLine).map((view) => view.id)).toEqual(['queue', 'mine', 'closed']);
  });

  it('opens from the URL for supervisors; an operator gets the Queue instead', () => {
    expect(resolvePlace({ line: 'line-2', view: 'active' }, [supervisorLine, operatorLine])).toMatchObject({ lineId: 'line-2', view: 'active' });
    expect(resolvePlace({ line: 'line-1', view: 'active' }, [supervisorLine, operatorLine])).toMatchObject({ lineId: 'line-1', view: 'queue' });
  });

  it('asks for every active session of the live chat', () => {
    expect(sessionQuery('active', supervisorLine)).toEqual({ lineId: 'line-2', active: true });
  });

  it('holds the sessions in the queue, with an operator or with the bot, whoever has them', () => {
    const states = [LineSessionState.Waiting, LineSessionState.AssignedToOperator, LineSessionState.AssignedToBot];
    for (const state of states) {
      expect(belongsToView('active', aSession({ lineId: 'line-2', state, operatorId: 'someone-else' }), supervisorLine, ME)).toBe(true);
    }
    expect(belongsToView('active', aSession({ lineId: 'line-2', state: LineSessionState.Closed }), supervisorLine, ME)).toBe(false);
    expect(belongsToView('active', aSession({ lineId: 'line-2', state: LineSessionState.MarkedAsSpam }), supervisorLine, ME)).toBe(false);
    expect(belongsToView('active', aSession({ lineId: 'line-1' }), operatorLine, ME)).toBe(false);
  });

  it('stays current: a new session enters, a reassigned one moves up, a closed or spammed one leaves', () => {
    const older = aSession({ id: 'a', lineId: 'line-2', lastActivityAt: '2026-11-21T08:00:00Z' });
    const newer = aSession({ id: 'b', lineId: 'line-2', lastActivityAt: '2026-11-21T09:00:00Z' });
    let list = applySessionChange([], older, 'active', supervisorLine, ME);
    list = applySessionChange(list, newer, 'active', supervisorLine, ME);
    expect(list.map((session) => session.id)).toEqual(['b', 'a']);
    const reassigned = { ...older, state: LineSessionState.AssignedToOperator, operatorId: 'x', lastActivityAt: '2026-11-21T10:00:00Z' };
    list = applySessionChange(list, reassigned, 'active', supervisorLine, ME);
    expect(list.map((session) => [session.id, session.operatorId])).toEqual([['a', 'x'], ['b', undefined]]);
    list = applySessionChange(list, { ...reassigned, state: LineSessionState.Closed }, 'active', supervisorLine, ME);
    list = applySessionChange(list, { ...newer, state: LineSessionState.MarkedAsSpam }, 'active', supervisorLine, ME);
    expect(list).toEqual([]);
  });
});

describe('what each list asks for', () => {
  it('asks for the queue, my sessions, and closed sessions (all of them for supervisors)', () => {
    expect(sessionQuery('queue', operatorLine)).toEqual({ lineId: 'line-1', state: 'waiting' });
    expect(sessionQuery('mine', operatorLine)).toEqual({ lineId: 'line-1', mine: true, state: 'assignedToOperator' });
    expect(sessionQuery('closed', operatorLine)).toEqual({ lineId: 'line-1', mine: true, state: 'closed' });
    expect(sessionQuery('closed', supervisorLine)).toEqual({ lineId: 'line-2', state: 'closed' });
  });
});

describe('moving sessions between lists on realtime hints', () => {
  const waiting = aSession({ id: 's1' });
  const mine = aSession({ id: 's1', state: LineSessionState.AssignedToOperator, operatorId: ME, unread: 0 });
  const theirs = aSession({ id: 's1', state: LineSessionState.AssignedToOperator, operatorId: 'someone-else' });

  it('a new session enters the queue of every operator', () => {
    expect(applySessionChange([], waiting, 'queue', operatorLine, ME)).toEqual([waiting]);
  });

  it('a taken session leaves the queue and enters the taker\'s sessions only', () => {
    expect(applySessionChange([waiting], theirs, 'queue', operatorLine, ME)).toEqual([]);
    expect(applySessionChange([], theirs, 'mine', operatorLine, ME)).toEqual([]);
    expect(applySessionChange([], mine, 'mine', operatorLine, ME)).toEqual([mine]);
  });

  it('keeps what it knew of unread messages, and ignores other live chats', () => {
    const known = { ...mine, unread: 3 };
    expect(applySessionChange([known], { ...mine, unread: 0, name: 'Renamed' }, 'mine', operatorLine, ME)[0]).toMatchObject({ unread: 3, name: 'Renamed' });
    const list = [waiting];
    expect(applySessionChange(list, aSession({ id: 's2', lineId: 'other' }), 'queue', operatorLine, ME)).toBe(list);
  });

  it('closed sessions: an operator sees theirs, a supervisor all', () => {
    const closedByOther = aSession({ state: LineSessionState.Closed, operatorId: 'someone-else', lineId: 'line-2' });
    expect(belongsToView('closed', closedByOther, supervisorLine, ME)).toBe(true);
    expect(belongsToView('closed', { ...closedByOther, lineId: 'line-1' }, operatorLine, ME)).toBe(false);
  });

  it('orders the queue by waiting time and other lists by latest activity', () => {
    const a = aSession({ id: 'a', lastActivityAt: '2026-11-21T08:00:00Z' });
    const b = aSession({ id: 'b', lastActivityAt: '2026-11-21T09:00:00Z' });
    expect(sortSessions([b, a], 'queue').map((s) => s.id)).toEqual(['a', 'b']);
    expect(sortSessions([a, b], 'mine').map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('marks unassigned sessions as new', () => {
    expect(isUnassigned(waiting)).toBe(true);
    expect(isUnassigned(mine)).toBe(false);
  });
});

describe('counters', () => {
  it('reads the badges of a live chat, zero when unknown', () => {
    const counters = { queue: 4, unread: 2, lines: [{ lineId: 'line-1', queue: 3, unread: 2 }] };
    expect(lineBadges(counters, 'line-1')).toEqual({ queue: 3, unread: 2 });
    expect(lineBadges(counters, 'line-9')).toEqual({ queue: 0, unread: 0 });
    expect(lineBadges(undefined, 'line-1')).toEqual({ queue: 0, unread: 0 });
  });
});

describe('what the session page allows', () => {
  const operator = aViewer();

  it('an operator starts work on a waiting session and cannot reply before', () => {
    expect(sessionActions(aSession(), operatorLine, operator, true)).toEqual({
      startWork: true,
      close: false,
      reply: false,
      rename: false,
      startProcess: false,
      bindItems: false,
      replyBlockedBecause: 'Press Start work to reply.',
      disabledBecause: {},
    });
  });

  it("starts work only on sessions in the common queue or a queue of the operator's groups", () => {
    expect(sessionActions(aSession({ operatorGroupId: 'group-billing' }), operatorLine, operator, true).startWork).toBe(false);
    expect(sessionActions(aSession({ operatorGroupId: 'group-billing' }), operatorLine, aViewer(['group-operators', 'group-billing']), true).startWork).toBe(true);
  });

  it('the assigned operator replies and closes', () => {
    const session = aSession({ state: LineSessionState.AssignedToOperator, operatorId: ME });
    expect(sessionActions(session, operatorLine, operator, true)).toEqual({
      startWork: false,
      close: true,
      reply: true,
      rename: true,
      startProcess: true,
      bindItems: true,
      replyBlockedBecause: undefined,
      disabledBecause: {},
    });
  });

  it('says who has the session when it is someone else\'s, and when it is closed', () => {
    const taken = aSession({ state: LineSessionState.AssignedToOperator, operatorId: 'x', operatorName: 'Oscar Diaz' });
    expect(sessionActions(taken, operatorLine, operator, true).replyBlockedBecause).toMatch(/^Oscar Diaz is working on this session/);
    const closed = aSession({ state: LineSessionState.Closed, operatorId: ME });
    expect(sessionActions(closed, operatorLine, operator, true)).toMatchObject({ close: false, reply: false, replyBlockedBecause: expect.stringMatching(/closed/) });
  });

  it('a supervisor without operator rights watches, renames and starts processes', () => {
    const supervisor = aViewer([SUPERVISORS], 'user-supervisor');
    expect(sessionActions(aSession({ lineId: 'line-2' }), supervisorLine, supervisor, true)).toMatchObject({
      startWork: false,
      reply: false,
      rename: true,
      startProcess: true,
      replyBlockedBecause: expect.stringMatching(/Only operators/),
    });
  });

  it('only the operator working on a session renames it or starts a process from it', () => {
    const mine = aSession({ state: LineSessionState.AssignedToOperator, operatorId: ME });
    const others = aSession({ state: LineSessionState.AssignedToOperator, operatorId: 'someone-else' });
    const closedMine = aSession({ state: LineSessionState.Closed, operatorId: ME });
    expect(sessionActions(mine, operatorLine, operator, true)).toMatchObject({ rename: true, startProcess: true });
    expect(sessionActions(others, operatorLine, operator, true)).toMatchObject({ rename: false, startProcess: false });
    expect(sessionActions(closedMine, operatorLine, operator, true)).toMatchObject({ rename: false, startProcess: false });
  });
});

describe('an Offline operator or supervisor on the session page', () => {
  const operator = aViewer();
  const supervisor = aViewer([SUPERVISORS], 'user-supervisor');

  it('sees the working controls of their session, all switched off with "Go Online to …"', () => {
    const mine = aSession({ state: LineSessionState.AssignedToOperator, operatorId: ME });
    expect(sessionActions(mine, operatorLine, operator, false)).toEqual({
      startWork: false,
      close: true,
      reply: false,
      rename: true,
      startProcess: true,
      bindItems: true,
      replyBlockedBecause: 'Go Online to reply.',
      disabledBecause: {
        close: 'Go Online to close the session',
        rename: 'Go Online to rename the session',
        startProcess: 'Go Online to start a process',
        bindItems: 'Go Online to bind app items',
      },
    });
  });

  it('sees Start work off, and the composer says to go Online first', () => {
    const actions = sessionActions(aSession(), operatorLine, operator, false);
    expect(actions).toMatchObject({ startWork: true, reply: false, replyBlockedBecause: 'Go Online, then press Start work to reply.' });
    expect(actions.disabledBecause).toEqual({ startWork: 'Go Online to start work' });
  });

  it("keeps the real reason where going Online would not help, and switches off only what is shown", () => {
    const others = aSession({ state: LineSessionState.AssignedToOperator, operatorId: 'x', operatorName: 'Oscar Diaz' });
    expect(sessionActions(others, operatorLine, operator, false)).toMatchObject({
      reply: false,
      replyBlockedBecause: expect.stringMatching(/^Oscar Diaz is working on this session/),
      disabledBecause: {},
    });
    const watched = sessionActions(aSession({ lineId: 'line-2' }), supervisorLine, supervisor, false);
    expect(watched.replyBlockedBecause).toMatch(/Only operators/);
    expect(watched.disabledBecause).toEqual({ rename: 'Go Online to rename the session', startProcess: 'Go Online to start a process', bindItems: 'Go Online to bind app items' });
  });

  it('gets everything back when Online', () => {
    const mine = aSession({ state: LineSessionState.AssignedToOperator, operatorId: ME });
    expect(sessionActions(mine, operatorLine, operator, true)).toMatchObject({ reply: true, close: true, disabledBecause: {} });
  });
});

describe('reading a session', () => {
  it("marks the client's messages read for any operator or supervisor of the live chat who has it open", () => {
    expect(marksRead(operatorLine)).toBe(true);
    expect(marksRead(supervisorLine)).toBe(true);
    expect(marksRead(aLine({ roles: { operator: false, supervisor: false, client: true } }))).toBe(false);
  });
});

describe('renaming a session', () => {
  it('takes 1 to 300 characters after trimming', () => {
    expect(sessionNameProblem('  Order #1042  ')).toBeUndefined();
    expect(sessionNameProblem('x'.repeat(SESSION_NAME_MAX))).toBeUndefined();
    expect(sessionNameProblem('   ')).toBe('The name cannot be empty');
    expect(sessionNameProblem('x'.repeat(SESSION_NAME_MAX + 1))).toBe('The name must be at most 300 characters');
  });
});

describe('starting a process from a session', () => {
  it('says how the run ended, with the reason of a failure', () => {
    expect(processOutcome({ status: 'done' })).toEqual({ kind: 'done', text: 'The process has finished.' });
    expect(processOutcome({ status: 'running' }).kind).toBe('running');
    expect(processOutcome({ status: 'error', error: { code: 'script/failed', message: 'Phone is not valid' } })).toEqual({
      kind: 'error',
      text: 'The process stopped with an error: Phone is not valid',
    });
    expect(processOutcome({ status: 'error', error: 'Timed out' }).text).toMatch(/Timed out$/);
    expect(processOutcome({ status: 'error' }).text).toBe('The process stopped with an error.');
  });
});
