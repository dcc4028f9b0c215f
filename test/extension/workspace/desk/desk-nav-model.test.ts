import { LineSessionState } from '@elma365/sdk-types';
import { canSeeReports, deskContent, deskPage, viewOf } from '../../../../src/extension/workspace/desk/desk-nav-model';
import { aLine, aSession } from '../builders';

const ME = 'user-operator1';
const operatorLine = aLine();
const supervisorLine = aLine({ id: 'line-2', name: 'Billing', roles: { operator: false, supervisor: true, client: false } });

describe('the page the desk opens', () => {
  it('is My Desk › Sessions, the first item of the menu, when the URL names no place', () => {
    expect(deskPage({})).toBe('sessions');
    expect(deskPage({ page: 'reports' })).toBe('reports');
    expect(deskPage({ line: 'line-1', view: 'queue' })).toBeUndefined();
    expect(deskPage({ session: 's1' })).toBeUndefined();
  });

  it('opens a page only for who may see it; anything else is a list', () => {
    expect(deskContent({}, [operatorLine], false)).toBe('sessions');
    expect(deskContent({ page: 'templates' }, [operatorLine], false)).toBe('templates');
    expect(deskContent({ page: 'reports' }, [operatorLine], false)).toBe('list');
    expect(deskContent({ page: 'reports' }, [supervisorLine], false)).toBe('reports');
    expect(deskContent({ page: 'form-settings' }, [supervisorLine], false)).toBe('list');
    expect(deskContent({ page: 'form-settings' }, [], true)).toBe('form-settings');
    expect(deskContent({ page: 'nonsense', line: 'line-1' }, [operatorLine], false)).toBe('list');
    expect(canSeeReports([operatorLine], true)).toBe(true);
    expect(canSeeReports([operatorLine], false)).toBe(false);
  });
});

describe('the list a found session opens in', () => {
  it('is the first list of its live chat it is in', () => {
    expect(viewOf(aSession({ state: LineSessionState.AssignedToOperator, operatorId: ME }), operatorLine, ME)).toBe('mine');
    expect(viewOf(aSession({ state: LineSessionState.Waiting }), operatorLine, ME)).toBe('queue');
    expect(viewOf(aSession({ lineId: 'line-2', state: LineSessionState.AssignedToOperator, operatorId: 'someone' }), supervisorLine, ME)).toBe('active');
    expect(viewOf(aSession({ lineId: 'line-2', state: LineSessionState.Closed }), supervisorLine, ME)).toBe('closed');
  });

  it("falls back to what the user has: a supervisor's Active sessions, an operator's Queue", () => {
    expect(viewOf(aSession({ state: LineSessionState.AssignedToOperator, operatorId: 'someone' }), operatorLine, ME)).toBe('queue');
    expect(viewOf(aSession({ lineId: 'line-2', state: LineSessionState.MarkedAsSpam }), supervisorLine, ME)).toBe('active');
  });
});
