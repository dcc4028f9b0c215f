/**
 * The widget's calls to the Web API: the sessions of the item, pages of a session's transcript
 * (newest first, then backwards), a reply, and the read marker. Without the API schemas, to keep the bundle small.
 */
import type { MessagePage, SendMessageResult } from '../../extension/common/api';
import type { WidgetSessionsDto } from '../../extension/common/widget-api';
import { jsonRequest } from '../../extension/workspace/services/json-request';

const enc = encodeURIComponent;

export class WidgetClient {
  private readonly apiBase: string;

  constructor(apiBase: string, private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init)) {
    this.apiBase = apiBase.replace(/\/$/, '');
  }

  /** `query` as widget-model's sessionsQuery builds it. */
  sessions(query: string, signal?: AbortSignal): Promise<WidgetSessionsDto> {
    return jsonRequest(this.fetchImpl, 'GET', `${this.apiBase}/widget/sessions?${query}`, undefined, signal);
  }

  /** The newest `limit` messages below `before`, oldest first; `hasMore` when older ones precede them. */
  transcriptBefore(sessionId: string, before: number, limit: number, signal?: AbortSignal): Promise<MessagePage> {
    return jsonRequest(this.fetchImpl, 'GET', `${this.apiBase}/sessions/${enc(sessionId)}/transcript?before=${before}&limit=${limit}`, undefined, signal);
  }

  reply(sessionId: string, text: string, clientMessageId: string): Promise<SendMessageResult> {
    return jsonRequest(this.fetchImpl, 'POST', `${this.apiBase}/sessions/${enc(sessionId)}/messages`, { text, clientMessageId });
  }

  /** The viewer has seen the session up to `seq` (their own read marker). */
  markRead(sessionId: string, seq: number): Promise<unknown> {
    return jsonRequest(this.fetchImpl, 'POST', `${this.apiBase}/sessions/${enc(sessionId)}/read`, { seq });
  }

  attachmentUrl(sessionId: string, fileId: string): string {
    return `${this.apiBase}/sessions/${enc(sessionId)}/attachments/${enc(fileId)}`;
  }
}
