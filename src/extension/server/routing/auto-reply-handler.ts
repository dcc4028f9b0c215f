/**
 * Delivers routing rules' replies, authored like a process's response. A failed send is retried
 * once after 15 s (spec §3.2); then a system message in the session says it could not be sent.
 */
import { inject, injectable } from 'inversify';
import type { OutboxHandler } from '../outbox/outbox-handler';
import type { OutboxEntry } from '../outbox/outbox-repository';
import { CompanyMessages } from '../sessions/company-messages';
import { AUTO_REPLY, type AutoReplyPayload } from './auto-reply';

@injectable()
export class AutoReplyHandler implements OutboxHandler {
  readonly kind = AUTO_REPLY;
  readonly backoffMs = [15_000];

  constructor(@inject(CompanyMessages) private readonly sessions: CompanyMessages) {}

  async deliver(entry: OutboxEntry): Promise<void> {
    const payload = entry.payload as AutoReplyPayload;
    // The row id keys the message: a redelivery after a crash finds the first one.
    await this.sessions.addProcessMessage(payload.sessionId, 'automatic', payload.text, `outbox:${entry.id}`);
  }

  async onDead(entry: OutboxEntry, error: string): Promise<void> {
    const payload = entry.payload as AutoReplyPayload;
    await this.sessions.addProcessMessage(payload.sessionId, 'note', `The automatic reply of the routing rule "${payload.ruleName}" could not be sent: ${error}`);
  }
}
