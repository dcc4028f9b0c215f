/**
 * "+Send reply message" of a routing rule (spec §3.2): rendered when the rule applies and written
 * to the outbox in that transaction; auto-reply-handler.ts delivers it.
 */
export const AUTO_REPLY = 'routing.reply';

export interface AutoReplyPayload {
  sessionId: string;
  ruleName: string;
  text: string;
}
