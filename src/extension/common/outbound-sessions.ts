/**
 * Operator-initiated sessions (+New Session, spec §4.8): which channels let an operator start a
 * conversation, and on which live chats a user may do so. The internal channel does not (an
 * employee writes first from Messages), nor do ViberBot, VK and the LiveChat website widget.
 */
import { LineChannelState, LineChannelType } from '@elma365/sdk-types';
import { type Actor, rolesOn } from './access-policy';
import type { Channel, Line } from './line';

/** Channel types on which an operator may start a session with a known account. */
export const OUTBOUND_CHANNEL_TYPES: ReadonlySet<LineChannelType> = new Set([
  LineChannelType.Inbox,
  LineChannelType.Telegram,
  LineChannelType.TelegramBot,
  LineChannelType.WhatsApp,
  LineChannelType.VKTeams,
  LineChannelType.Custom,
]);

export function allowsOutboundSessions(channel: Pick<Channel, 'type' | 'state'>): boolean {
  return OUTBOUND_CHANNEL_TYPES.has(channel.type) && channel.state === LineChannelState.Active;
}

/** Operators and supervisors of a live chat with an active channel that allows it. */
export function canStartSessionOn(actor: Actor, line: Line): boolean {
  const roles = rolesOn(actor, line);
  return (roles.operator || roles.supervisor) && line.channels.some(allowsOutboundSessions);
}
