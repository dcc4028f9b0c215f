/**
 * Process starts on live chat events (spec §2.7, §8.1): the binding of the event's live chat is
 * resolved into template inputs when the event happens and written to the outbox in the event's
 * transaction. Spam sessions never start processes.
 */
import { LineSessionState } from '@elma365/sdk-types';
import { injectable, inject } from 'inversify';
import type { Line } from '../../common/line';
import { type EventFacts, type LineEvent, type ProcessBinding, resolveInputs } from '../../common/process-bindings';
import type { Session } from '../../common/session';
import { HostProcesses } from '../kernel/host-services';
import type { Tx } from '../storage/schema';
import type { OutboxHandler } from './outbox-handler';
import { type OutboxEntry, OutboxRepository } from './outbox-repository';

export const PROCESS_START = 'process.start';

export interface ProcessStartPayload {
  event: LineEvent;
  sessionId: string;
  templateCode: string;
  inputs: Record<string, unknown>;
  initiatorId?: string;
}

/** What a process bound to a session's event may be given: the live chat, the session, its client, the message. */
export function sessionEventFacts(line: Line, session: Session, clientName: string, messageText: string | undefined): EventFacts {
  return {
    'line.id': line.id,
    'line.name': line.name,
    'session.id': session.id,
    'session.name': session.name,
    'session.createdAt': session.createdAt,
    'client.name': clientName,
    'message.text': messageText,
    'operator.id': session.operatorId,
  };
}

@injectable()
export class ProcessStarts {
  constructor(@inject(OutboxRepository) private readonly outbox: OutboxRepository) {}

  /** Writes the start of the process bound to `event`, if any; returns whether one was written. */
  async enqueue(tx: Tx, line: Line, session: Session, event: LineEvent, facts: EventFacts, at: string): Promise<boolean> {
    const binding = line.processBindings[event];
    return binding ? this.enqueueBinding(tx, binding, session, event, facts, at) : false;
  }

  /** Writes the start of a given binding's process (a routing rule's); never for spam sessions. */
  async enqueueBinding(tx: Tx, binding: ProcessBinding, session: Session, event: LineEvent, facts: EventFacts, at: string): Promise<boolean> {
    if (session.state === LineSessionState.MarkedAsSpam) return false;
    const payload: ProcessStartPayload = { event, sessionId: session.id, templateCode: binding.templateCode, inputs: resolveInputs(binding, facts) };
    await this.outbox.add(PROCESS_START, payload, at, tx);
    return true;
  }
}

/** Delivers process starts: the row id is the idempotency key, so a redelivery finds the first instance. */
@injectable()
export class ProcessStartHandler implements OutboxHandler {
  readonly kind = PROCESS_START;
  readonly backoffMs = [1_000, 5_000, 30_000, 120_000, 600_000];

  constructor(@inject(HostProcesses) private readonly processes: HostProcesses) {}

  async deliver(entry: OutboxEntry): Promise<void> {
    const payload = entry.payload as ProcessStartPayload;
    await this.processes.run(payload.templateCode, payload.inputs, { idempotencyKey: `live-chats:${entry.id}`, initiatorId: payload.initiatorId });
  }
}
