/** Builders of the DTOs the workspace screens get from the Web API, for the model tests. */
import { LineChannelState, LineChannelType, LineMessageType, LineSessionState, OperatorStatusType } from '@elma365/sdk-types';
import type { LineDto, MessageDto, SessionDto } from '../../../src/extension/common/api';
import type { OperatorDto } from '../../../src/extension/common/routing-api';
import type { Viewer } from '../../../src/extension/workspace/services/contexts';

export const OPERATORS = 'group-operators';
export const SUPERVISORS = 'group-supervisors';
export const EMPLOYEES = 'group-employees';

export function aLine(change: Partial<LineDto> = {}): LineDto {
  const id = change.id ?? 'line-1';
  return {
    id,
    name: 'Sales',
    operatorGroupIds: [OPERATORS],
    supervisorGroupIds: [SUPERVISORS],
    internalClientGroupIds: [EMPLOYEES],
    showOperatorName: true,
    processBindings: {},
    requestAppCodes: [],
    readerGroupIds: [],
    operatorCapacity: [],
    createdAt: '2026-11-01T09:00:00.000Z',
    channels: [{ id: `${id}-internal`, lineId: id, type: LineChannelType.Internal, name: 'Internal channel Sales', state: LineChannelState.Active }],
    roles: { operator: true, supervisor: false, client: false },
    ...change,
  };
}

export function aSession(change: Partial<SessionDto> = {}): SessionDto {
  return {
    id: 'session-1',
    name: 'Emma Fischer',
    lineId: 'line-1',
    channelId: 'line-1-internal',
    clientId: 'client-1',
    state: LineSessionState.Waiting,
    createdAt: '2026-11-21T08:00:00.000Z',
    lastActivityAt: '2026-11-21T08:00:00.000Z',
    lastSeq: 1,
    lastClientSeq: 1,
    lineName: 'Sales',
    clientName: 'Emma Fischer',
    unread: 0,
    params: {},
    items: [],
    ...change,
  };
}

export function aMessage(seq: number, change: Partial<MessageDto> = {}): MessageDto {
  return {
    id: `message-${seq}`,
    sessionId: 'session-1',
    seq,
    type: LineMessageType.Text,
    body: `message ${seq}`,
    authorKind: 'client',
    authorUserId: 'user-employee',
    authorName: 'Emma Fischer',
    createdAt: '2026-11-21T08:00:00.000Z',
    ...change,
  };
}

export function aViewer(groupIds: string[] = [OPERATORS], id = 'user-operator1'): Viewer {
  return {
    user: { id, login: id, name: 'Olivia Bennett', fullname: { firstname: 'Olivia', lastname: 'Bennett' }, groupIds },
    isAdministrator: false,
  };
}

export function anOperator(change: Partial<OperatorDto> = {}): OperatorDto {
  return {
    userId: 'user-operator1',
    name: 'Olivia Bennett',
    status: OperatorStatusType.Online,
    active: 0,
    groupIds: [OPERATORS],
    ...change,
  };
}
