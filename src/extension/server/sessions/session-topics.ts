/**
 * Who may subscribe to which session, live chat and user topic, and what a subscriber missed:
 * a session subscription with `since` is backfilled with every message after it.
 */
import type { RealtimeEvent, RealtimeSubscribeResult, RealtimeSubscription } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { AccessPolicy, forbidden } from '../../common/access-policy';
import { RealtimeEvents, parseTopic } from '../../common/topics';
import { LiveChatsError } from '../../common/errors';
import { ActorService } from '../kernel/actor-service';
import type { RealtimeContribution, TopicHandler } from '../realtime/realtime-contribution';
import { LineRepository } from '../storage/line-repository';
import { SessionQueries } from './session-queries';

/** The most a subscription is backfilled with; a client that is further behind reloads the page of messages. */
const BACKFILL_MAX = 10_000;
const BACKFILL_PAGE = 500;

@injectable()
export class SessionTopics implements RealtimeContribution {
  constructor(
    @inject(ActorService) private readonly actors: ActorService,
    @inject(SessionQueries) private readonly sessions: SessionQueries,
    @inject(LineRepository) private readonly lines: LineRepository,
  ) {}

  topicHandlers(): TopicHandler[] {
    return [
      { kind: 'session', subscribe: (s) => this.subscribeSession(s, 'staff') },
      { kind: 'session-client', subscribe: (s) => this.subscribeSession(s, 'client') },
      { kind: 'line', subscribe: (s) => this.subscribeLine(s) },
      { kind: 'user', subscribe: async (s) => this.subscribeUser(s) },
    ];
  }

  private async subscribeSession(subscription: RealtimeSubscription, wanted: 'staff' | 'client'): Promise<RealtimeSubscribeResult> {
    const id = this.idOf(subscription.topic);
    const actor = await this.actors.actorFor(subscription.user);
    // The staff topic carries what the transcript shows: for everyone who may read it (the
    // workspace's staff and, in the Live Chat Messages widget, the live chat's readers).
    if (wanted === 'staff') await this.sessions.readable(actor, id);
    else if ((await this.sessions.view(actor, id)).viewpoint !== 'client') throw forbidden('This is not your session.');
    const backfill: RealtimeEvent[] = [];
    if (subscription.since === undefined) return { allowed: true, backfill };
    let since = subscription.since;
    while (backfill.length < BACKFILL_MAX) {
      const page = wanted === 'staff'
        ? await this.sessions.transcript(actor, id, { since, limit: BACKFILL_PAGE })
        : await this.sessions.listMessages(actor, id, since, BACKFILL_PAGE);
      for (const message of page.items) {
        backfill.push({ topic: subscription.topic, type: RealtimeEvents.message, seq: message.seq, data: message });
      }
      if (!page.hasMore || page.items.length === 0) break;
      since = page.items[page.items.length - 1].seq;
    }
    return { allowed: true, backfill };
  }

  /**
   * A live chat's session hints carry what its transcripts show: its supervisors and operators
   * follow its queue, its readers keep the Live Chat Messages widget's list live. Anyone else is
   * told nothing, not even whether the live chat exists.
   */
  private async subscribeLine(subscription: RealtimeSubscription): Promise<RealtimeSubscribeResult> {
    const actor = await this.actors.actorFor(subscription.user);
    const line = await this.lines.get(this.idOf(subscription.topic));
    if (!line || !AccessPolicy.canReadTranscript(actor, line)) throw forbidden('Only the supervisors, operators and readers of the live chat follow its sessions.');
    return { allowed: true, backfill: [] };
  }

  private subscribeUser(subscription: RealtimeSubscription): RealtimeSubscribeResult {
    if (this.idOf(subscription.topic) !== subscription.user.id) throw forbidden('You can only follow your own notifications.');
    return { allowed: true, backfill: [] };
  }

  private idOf(topic: string): string {
    const parsed = parseTopic(topic);
    if (!parsed) throw new LiveChatsError('realtime/unknown-topic', `Unknown topic "${topic}".`);
    return parsed.id;
  }
}
