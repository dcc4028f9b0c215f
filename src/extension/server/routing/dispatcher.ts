/**
 * Assigns queued sessions that routing marked for an operator or for a group's least occupied
 * operator, longest waiting first, as soon as someone qualifies: Online, active, and with room
 * under their capacity. It runs right after anything that can make room or bring someone Online
 * (a poke), and every few seconds in case that happened on another host instance.
 *
 * Each assignment is one transaction that claims the session (version), then locks the chosen
 * operator's row and counts their active sessions again: two dispatchers, or a dispatcher and an
 * operator's "Start work", can never give one operator more than their limit.
 */
import { type Disposable, type HostUser } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import type { Line } from '../../common/line';
import type { Message } from '../../common/message';
import { capacityOf, hasCapacityLimits } from '../../common/operators';
import { hasRoom, pickLeastOccupied, type RoutingTarget } from '../../common/routing/route-session';
import type { Session } from '../../common/session';
import { HostDirectory, HostLogger, HostNotifications, LiveChatsDb } from '../kernel/host-services';
import { Rounds } from '../kernel/rounds';
import { activeOperators, isActiveOperatorOf } from '../operators/line-operators';
import { OperatorStatusService } from '../operators/operator-status-service';
import { LineService } from '../lines/line-service';
import { LineRepository } from '../storage/line-repository';
import { OperatorRepository } from '../storage/operator-repository';
import type { Db, Tx } from '../storage/schema';
import { SessionRepository } from '../storage/session-repository';
import { SessionWriter } from '../sessions/session-writer';

const SWEEP_MS = 10_000;
const BATCH = 50;

type Outcome = 'assigned' | 'no-room' | 'changed';

@injectable()
export class Dispatcher {
  private readonly rounds: Rounds;

  constructor(
    @inject(LiveChatsDb) private readonly db: Db,
    @inject(SessionRepository) private readonly sessions: SessionRepository,
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(OperatorRepository) private readonly operators: OperatorRepository,
    @inject(OperatorStatusService) private readonly status: OperatorStatusService,
    @inject(SessionWriter) private readonly writer: SessionWriter,
    @inject(HostDirectory) private readonly directory: HostDirectory,
    @inject(HostNotifications) private readonly notifications: HostNotifications,
    @inject(HostLogger) private readonly logger: HostLogger,
    @inject(LineService) private readonly lineService: LineService,
  ) {
    this.rounds = new Rounds(
      () => this.drain(),
      (error) => this.logger.error('a dispatch round failed', { error: String(error) }),
    );
  }

  start(): Disposable {
    const rounds = this.rounds.start(SWEEP_MS);
    const online = this.status.onDidGoOnline.subscribe(() => this.poke());
    const lineChanged = this.lineService.onDidChangeLine.subscribe(() => this.poke());
    return {
      dispose: () => {
        rounds.dispose();
        online.unsubscribe();
        lineChanged.unsubscribe();
      },
    };
  }

  /** Runs a round now (or right after the one in progress). */
  poke(): void {
    this.rounds.poke();
  }

  /** Resolves when no round is in progress (for tests and shutdown). */
  idle(): Promise<void> {
    return this.rounds.idle();
  }

  /**
   * Target by target, the one waited for longest first; within a target, longest waiting first
   * until nobody has room. A target nobody can take blocks only its own sessions.
   */
  private async drain(): Promise<void> {
    const lines = new Map<string, Line | undefined>();
    const members = new Map<string, HostUser[]>();
    for (const { lineId, target } of await this.sessions.pendingTargets()) {
      if (!lines.has(lineId)) lines.set(lineId, await this.lines.get(lineId));
      const line = lines.get(lineId);
      if (!line) continue;
      let room = true;
      while (room && !this.rounds.isStopped) {
        const pending = await this.sessions.pendingFor(lineId, target, BATCH);
        let assigned = 0;
        for (const { session, version, target: parsed } of pending) {
          if (this.rounds.isStopped) return;
          const candidates = await this.candidates(line, parsed, members);
          const outcome = candidates.length > 0 ? await this.assign(line, session, version, parsed, candidates) : 'no-room';
          if (outcome === 'assigned') assigned += 1;
          room = outcome !== 'no-room';
          if (!room) break;
        }
        // Sessions that changed under us (another instance) leave the list; nothing assigned: next round.
        if (assigned === 0) break;
      }
    }
  }

  /** Who may take the target's sessions now: active operators of the live chat who are Online, in tie-break order. */
  private async candidates(line: Line, target: RoutingTarget, cache: Map<string, HostUser[]>): Promise<HostUser[]> {
    const key = `${line.id}/${target.kind === 'operator' ? `u:${target.userId}` : `g:${target.groupId}`}`;
    let users = cache.get(key);
    if (!users) {
      users =
        target.kind === 'operator'
          ? [await this.directory.getUser(target.userId)].filter((user) => isActiveOperatorOf(line, user))
          : await activeOperators(this.directory, line, [target.groupId]);
      cache.set(key, users);
    }
    const online = await this.status.onlineAmong(users.map((user) => user.id));
    return users.filter((user) => online.has(user.id));
  }

  private async assign(line: Line, session: Session, version: number, target: RoutingTarget, candidates: HostUser[]): Promise<Outcome> {
    const result = await this.db
      .transaction()
      .execute(async (tx): Promise<{ outcome: Outcome; assigned?: Assigned }> => {
        if (!(await this.sessions.claim(session.id, version, tx))) return { outcome: 'changed' };
        const assigned = await this.assignInTransaction(tx, line, session, version + 1, target, candidates, this.writer.now());
        if (!assigned) throw new NoRoom();
        return { outcome: 'assigned', assigned };
      })
      .catch((error: unknown) => {
        if (error instanceof NoRoom) return { outcome: 'no-room' as Outcome, assigned: undefined };
        throw error;
      });
    if (!result.assigned) return result.outcome;
    const assigned = await this.writer.requireSession(session.id);
    await this.writer.published(assigned, line, [result.assigned.message]);
    await this.announce(line, assigned, result.assigned.operator);
    return 'assigned';
  }

  /**
   * In the caller's transaction, which holds the session's row: locks the candidates (when the
   * live chat has limits), counts their sessions, and assigns the session to the least occupied
   * one with room, with its system message. Undefined when nobody has room.
   */
  async assignInTransaction(tx: Tx, line: Line, session: Session, version: number, target: RoutingTarget, candidates: readonly HostUser[], at: string): Promise<Assigned | undefined> {
    const operator = await this.leastOccupied(tx, line, candidates, at);
    if (!operator) return undefined;
    await this.writer.changeStatus(tx, session.id, version, { type: 'assignToOperator', operatorId: operator.id }, session, at);
    const why = target.kind === 'leastOccupied' ? ', the least occupied Online operator of the group' : '';
    const message = await this.writer.append(tx, session.id, this.writer.systemNote(`The session was assigned to ${operator.name}${why}.`), at);
    return { operator, message };
  }

  /**
   * The candidate with the fewest active sessions on the live chat who has room. With limits, only
   * the chosen one is locked and counted again under the lock (someone may have filled them in the
   * meantime); if they are full now, the next one is tried.
   */
  private async leastOccupied(tx: Tx, line: Line, candidates: readonly HostUser[], at: string): Promise<HostUser | undefined> {
    const counts = await this.operators.activeCounts(line.id, candidates.map((user) => user.id), tx);
    const limited = hasCapacityLimits(line);
    const loads = candidates.map((user) => ({ userId: user.id, active: counts.get(user.id) ?? 0, capacity: limited ? capacityOf(line, user.id) : undefined }));
    for (;;) {
      const pick = pickLeastOccupied(loads);
      const operator = candidates.find((user) => user.id === pick);
      if (!operator || !limited) return operator;
      await this.operators.lock([operator.id], at, tx);
      const load = loads.find((entry) => entry.userId === operator.id)!;
      load.active = (await this.operators.activeCounts(line.id, [operator.id], tx)).get(operator.id) ?? 0;
      if (hasRoom(load)) return operator;
    }
  }

  /** Tells the operator in #feed that a session was assigned to them. */
  async announce(line: Line, session: Session, operator: HostUser): Promise<void> {
    await this.notifications
      .notify({
        userIds: [operator.id],
        title: 'A session was assigned to you',
        text: `"${session.name}" in ${line.name}`,
        link: sessionLink(session.lineId, session.id, 'mine'),
      })
      .catch((error: unknown) => this.logger.warn('a #feed notice failed', { error: String(error) }));
  }
}

export interface Assigned {
  operator: HostUser;
  message: Message;
}

class NoRoom extends Error {}

/** Where a #feed notice about a session leads in the shell: the session in the Live Chats workspace. */
export function sessionLink(lineId: string, sessionId: string, view: 'mine' | 'queue' | 'active'): string {
  const params = new URLSearchParams({ line: lineId, view, session: sessionId });
  return `/#/live-chats.workspace?${params.toString()}`;
}
