/**
 * "Take the next session" (spec §3.5 (a), the operators' bottom-left counter): the session that
 * has waited longest in the queues the caller may take from — the common queue and their groups'
 * queues of the live chats they operate — goes to the caller. Each candidate goes through the one
 * take path (versioned change, capacity, Online), so of operators clicking at once each session
 * goes to exactly one; a caller who loses a race moves on to the next session in line.
 */
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden, rolesOn } from '../../common/access-policy';
import type { SessionDto } from '../../common/api';
import { LiveChatsError } from '../../common/errors';
import type { Line } from '../../common/line';
import type { RoutingTarget } from '../../common/routing/route-session';
import { LineRepository } from '../storage/line-repository';
import { SessionRepository } from '../storage/session-repository';
import { SessionService } from './session-service';

/** Candidates read per round; a round ends early when every one was taken by someone else. */
const ROUND = 10;
const ROUNDS = 5;

/** Errors that mean "this one went to someone else or left the caller's queues: try the next". */
const LOST = new Set(['session/not-waiting', 'session/not-found', 'auth/forbidden']);

@injectable()
export class QueueTaker {
  constructor(
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(SessionRepository) private readonly sessions: SessionRepository,
    @inject(SessionService) private readonly service: SessionService,
  ) {}

  async takeNext(actor: Actor, actorName: string, lineId?: string): Promise<SessionDto> {
    const lines = await this.lines.list();
    if (lineId) {
      const line = lines.find((candidate) => candidate.id === lineId);
      if (!line || !AccessPolicy.canSeeLine(actor, line)) throw new LiveChatsError('line/not-found', 'There is no such live chat.');
      if (!rolesOn(actor, line).operator) throw forbidden('Only operators of the live chat take sessions from its queue.');
    }
    const operated = lines.filter((line) => rolesOn(actor, line).operator && (!lineId || line.id === lineId));
    if (operated.length === 0) throw forbidden('Only operators of a live chat take sessions from its queue.');
    await this.service.requireOnline(actor);
    const full = new Map<string, LiveChatsError>();
    const tried = new Set<string>();
    const reserved = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const open = operated.filter((line) => !full.has(line.id)).map((line) => line.id);
      const heads = (await this.sessions.queueHeads(open, actor.groupIds, ROUND + tried.size + reserved.size)).filter(({ session, target }) => {
        if (tried.has(session.id)) return false;
        if (!reservedForAnother(target, actor.userId)) return true;
        reserved.add(session.id);
        return false;
      });
      if (heads.length === 0) break;
      for (const { session } of heads) {
        if (full.has(session.lineId)) continue;
        tried.add(session.id);
        try {
          return await this.service.take(actor, session.id, actorName);
        } catch (error) {
          if (!(error instanceof LiveChatsError)) throw error;
          if (error.code === 'operator/at-capacity') full.set(session.lineId, error);
          else if (!LOST.has(error.code)) throw error;
        }
      }
    }
    // Sessions were waiting, but the caller has no room for any of them: say that, not "empty".
    const [atCapacity] = full.values();
    if (atCapacity) throw atCapacity;
    if (reserved.size > 0) throw new LiveChatsError('queue/empty', 'The sessions in the queue wait for particular operators: none is for you to take.');
    throw new LiveChatsError('queue/empty', emptyMessage(operated, lineId));
  }
}

/** Routing put the session aside for one operator (waiting until they have room): not for others to pick. */
function reservedForAnother(target: RoutingTarget | undefined, userId: string): boolean {
  return target?.kind === 'operator' && target.userId !== userId;
}

function emptyMessage(operated: readonly Line[], lineId: string | undefined): string {
  return lineId ? `The queue of ${operated[0].name} is empty: there is no session for you to take.` : 'The queue is empty: there is no session for you to take.';
}
