/**
 * Who may do what (spec §1.2), in one place for the Web API, realtime subscriptions, the widget
 * and the script hooks. Administrators configure live chats; operators see their live chats'
 * queues and their own sessions; supervisors see every session of their live chats; internal
 * users see only their own sessions; readers only read the sessions of their live chats.
 */
import { LineSessionState } from '@elma365/sdk-types';
import { LiveChatsError } from './errors';
import type { Line } from './line';
import type { Session } from './session';

export interface Actor {
  userId: string;
  groupIds: readonly string[];
  isAdmin: boolean;
}

export interface LineRoles {
  operator: boolean;
  supervisor: boolean;
  /** May write to the live chat from Messages. */
  client: boolean;
}

const intersects = (a: readonly string[], b: readonly string[]): boolean => a.some((id) => b.includes(id));

export function rolesOn(actor: Actor, line: Line): LineRoles {
  return {
    operator: intersects(actor.groupIds, line.operatorGroupIds),
    supervisor: intersects(actor.groupIds, line.supervisorGroupIds),
    client: intersects(actor.groupIds, line.internalClientGroupIds),
  };
}

/** The session facts the policy needs beyond the session itself. */
export interface SessionAccessFacts {
  /** The user behind the session's client, for internal clients. */
  clientUserId?: string;
}

export const AccessPolicy = {
  canConfigureLines(actor: Actor): boolean {
    return actor.isAdmin;
  },

  canSeeLine(actor: Actor, line: Line): boolean {
    const roles = rolesOn(actor, line);
    return actor.isAdmin || roles.operator || roles.supervisor || roles.client;
  },

  canWorkOnLine(actor: Actor, line: Line): boolean {
    const roles = rolesOn(actor, line);
    return roles.operator || roles.supervisor;
  },

  canWriteAsClient(actor: Actor, line: Line): boolean {
    return rolesOn(actor, line).client;
  },

  isSessionClient(actor: Actor, facts: SessionAccessFacts): boolean {
    return facts.clientUserId !== undefined && facts.clientUserId === actor.userId;
  },

  /**
   * How the actor sees a session: as staff (supervisors: every session of their live chats;
   * operators: the queue and their own sessions), as its client, or not at all.
   */
  sessionView(actor: Actor, line: Line, session: Session, facts: SessionAccessFacts): 'staff' | 'client' | undefined {
    const roles = rolesOn(actor, line);
    if (roles.supervisor) return 'staff';
    if (roles.operator && (AccessPolicy.seesInQueue(actor, session) || session.operatorId === actor.userId)) return 'staff';
    return AccessPolicy.isSessionClient(actor, facts) ? 'client' : undefined;
  },

  canViewSession(actor: Actor, line: Line, session: Session, facts: SessionAccessFacts): boolean {
    return AccessPolicy.sessionView(actor, line, session, facts) !== undefined;
  },

  /** A queued session in the common queue, or in the queue of one of the actor's groups. */
  seesInQueue(actor: Actor, session: Session): boolean {
    return session.state === LineSessionState.Waiting && (!session.operatorGroupId || actor.groupIds.includes(session.operatorGroupId));
  },

  canTake(actor: Actor, line: Line, session: Session): boolean {
    return rolesOn(actor, line).operator && AccessPolicy.seesInQueue(actor, session);
  },

  /**
   * Reassign, return to the queue, mark as spam, change priority (spec §3.5, §5.3): supervisors
   * of the live chat, and the operator the session is assigned to.
   */
  canSupervise(actor: Actor, line: Line, session: Session): boolean {
    return rolesOn(actor, line).supervisor || (rolesOn(actor, line).operator && session.operatorId === actor.userId && session.state !== LineSessionState.Closed);
  },

  /** Operators reply in the sessions assigned to them. */
  canReply(actor: Actor, line: Line, session: Session): boolean {
    return (
      rolesOn(actor, line).operator &&
      session.state === LineSessionState.AssignedToOperator &&
      session.operatorId === actor.userId
    );
  },

  /** Rename the session, start a process from it: supervisors, and the operator working on it. */
  canManageSession(actor: Actor, line: Line, session: Session): boolean {
    return rolesOn(actor, line).supervisor || AccessPolicy.canReply(actor, line, session);
  },

  canClose(actor: Actor, line: Line, session: Session): boolean {
    return AccessPolicy.canReply(actor, line, session);
  },

  /** Additional › Read access to sessions (spec §2.2): a role apart from the workspace roles. */
  isReader(actor: Actor, line: Line): boolean {
    return intersects(actor.groupIds, line.readerGroupIds);
  },

  /**
   * Reading a session's messages outside the workspace (the Live Chat Messages widget, spec §6):
   * supervisors, operators and readers of its live chat; replying stays with canReply.
   */
  canReadTranscript(actor: Actor, line: Line): boolean {
    const roles = rolesOn(actor, line);
    return roles.supervisor || roles.operator || AccessPolicy.isReader(actor, line);
  },

  /** Binding app items to a session (spec §4.5): who manages it. */
  canBindItems(actor: Actor, line: Line, session: Session): boolean {
    return AccessPolicy.canManageSession(actor, line, session);
  },

  /** Listing the apps and searching items: administrators (settings), operators and supervisors. */
  canUseApps(actor: Actor, lines: readonly Line[]): boolean {
    return actor.isAdmin || lines.some((line) => AccessPolicy.canWorkOnLine(actor, line));
  },

  /** The Sessions app (spec §4.7): administrators browse every session of the company, others what their lists show. */
  seesAllSessions(actor: Actor): boolean {
    return actor.isAdmin;
  },

  /** Export of sessions (spec §1.2, §4.7): administrators only. */
  canExportSessions(actor: Actor): boolean {
    return actor.isAdmin;
  },

  /** Response templates (spec §5.4): administrators create, edit and delete them. */
  canEditResponseTemplates(actor: Actor): boolean {
    return actor.isAdmin;
  },

  /** Reading response templates and inserting them: administrators, operators and supervisors of any live chat. */
  canUseResponseTemplates(actor: Actor, lines: readonly Line[]): boolean {
    return actor.isAdmin || lines.some((line) => AccessPolicy.canWorkOnLine(actor, line));
  },
};

export function forbidden(message: string): LiveChatsError {
  return new LiveChatsError('auth/forbidden', message);
}
