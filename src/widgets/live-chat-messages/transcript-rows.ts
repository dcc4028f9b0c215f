/**
 * The templates of the conversation's rows (one per virtualized item): the top of the history,
 * the divider of a resumed conversation, and messages with their quotes and files.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageDto } from '../../extension/common/api';
import { formatFileSize, isInlineImage } from '../../extension/common/attachment-format';
import type { TranscriptRow } from './transcript-model';

export interface RowContext {
  clientName: string;
  attachmentUrl(fileId: string): string;
  now: Date;
}

const timeOnly = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayAndTime = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** The time of a message: the clock time today, with the date otherwise. */
export function messageTime(iso: string, now: Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toDateString() === now.toDateString() ? timeOnly.format(date) : dayAndTime.format(date);
}

function author(message: MessageDto, context: RowContext): string {
  if (message.authorName) return message.authorName;
  return message.authorKind === 'client' ? context.clientName : message.authorKind === 'operator' ? 'Operator' : 'System';
}

function files(message: MessageDto, context: RowContext): TemplateResult | typeof nothing {
  if (!message.attachments?.length) return nothing;
  return html`<div class="files">
    ${message.attachments.map((file) =>
      isInlineImage(file.contentType)
        ? html`<a href=${context.attachmentUrl(file.id)} target="_blank" rel="noopener" aria-label="Open ${file.name}"><img src=${context.attachmentUrl(file.id)} alt=${file.name} loading="lazy" /></a>`
        : html`<a href=${context.attachmentUrl(file.id)} download=${file.name}>${file.name} (${formatFileSize(file.size)})</a>`,
    )}
  </div>`;
}

export function renderRow(row: TranscriptRow, context: RowContext): TemplateResult {
  if (row.kind === 'start') {
    return html`<div class="row start" part="history-start">${row.hasOlder ? 'Loading earlier messages…' : 'The beginning of the conversation'}</div>`;
  }
  if (row.kind === 'divider') {
    return html`<div class="row divider" part="divider" role="separator" aria-label="The conversation resumed ${messageTime(row.at, context.now)}">Resumed ${messageTime(row.at, context.now)}</div>`;
  }
  const message = row.message;
  if (message.authorKind === 'system') {
    return html`<div class="row"><p class="message system" part="message system-message" data-seq=${message.seq}>${message.body} · ${messageTime(message.createdAt, context.now)}</p></div>`;
  }
  return html`<div class="row">
    <article class="message ${message.authorKind}" part="message ${message.authorKind}-message" data-seq=${message.seq}>
      <header><span class="author">${author(message, context)}</span><time datetime=${message.createdAt}>${messageTime(message.createdAt, context.now)}</time>${message.editedAt ? html`<span>edited</span>` : nothing}</header>
      ${message.quote ? html`<blockquote>${message.quote.authorName ? html`<b>${message.quote.authorName}:</b> ` : nothing}${message.quote.body}</blockquote>` : nothing}
      ${message.body ? html`<p class="body">${message.body}</p>` : nothing}
      ${files(message, context)}
    </article>
  </div>`;
}
