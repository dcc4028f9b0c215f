/**
 * The icon of a client's messenger, shown with the client's messages (spec §5.2): an employee
 * writing from Messages gets the internal channel's icon. Inline SVG, no network.
 */
import { LineChannelType } from '@elma365/sdk-types';
import { svg, type SVGTemplateResult } from 'lit';
import { CHANNEL_TYPE_LABELS } from '../administration/condition-editor-model';

const icon = (paths: SVGTemplateResult): SVGTemplateResult =>
  svg`<svg viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${paths}</svg>`;

/** A building: someone of the company, writing from the Messages workspace. */
const internal = icon(svg`<rect x="4" y="3" width="16" height="18" rx="1"/><path d="M9 7h1M14 7h1M9 11h1M14 11h1M9 15h1M14 15h1M10 21v-3h4v3"/>`);
const paperPlane = icon(svg`<path d="M21 3 3 10.5l7 2.5 2.5 7z"/><path d="m10 13 4.5-4.5"/>`);
const phoneBubble = icon(svg`<path d="M3.5 20.5 5 16a8.5 8.5 0 1 1 3 3z"/><path d="M9 9.5c.5 2 2.5 4 4.5 4.5l1-1.2 2 .8-.3 1.6c-4 .3-8-3.6-7.7-7.7l1.6-.3.8 2z"/>`);
const envelope = icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3 7 9 6 9-6"/>`);
const globe = icon(svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18"/>`);
const bubble = icon(svg`<path d="M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.6A8 8 0 1 1 21 12z"/>`);

const ICONS: Partial<Record<LineChannelType, SVGTemplateResult>> = {
  [LineChannelType.Internal]: internal,
  [LineChannelType.Telegram]: paperPlane,
  [LineChannelType.TelegramBot]: paperPlane,
  [LineChannelType.WhatsApp]: phoneBubble,
  [LineChannelType.ViberBot]: phoneBubble,
  [LineChannelType.Inbox]: envelope,
  [LineChannelType.LiveChat]: globe,
};

export function channelIcon(type: LineChannelType): SVGTemplateResult {
  return ICONS[type] ?? bubble;
}

export function channelLabel(type: LineChannelType): string {
  return type === LineChannelType.Internal ? 'Internal channel' : (CHANNEL_TYPE_LABELS[type] ?? type);
}
