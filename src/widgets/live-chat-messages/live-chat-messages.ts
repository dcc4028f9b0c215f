/** Defines <live-chat-messages> once, whoever loads the bundle first (a page may load it twice). */
import { LiveChatMessagesElement } from './live-chat-messages.element';

export { ConversationRenderEvent, LiveChatMessagesElement } from './live-chat-messages.element';

export const LIVE_CHAT_MESSAGES_TAG = 'live-chat-messages';

if (!customElements.get(LIVE_CHAT_MESSAGES_TAG)) customElements.define(LIVE_CHAT_MESSAGES_TAG, LiveChatMessagesElement);

declare global {
  interface HTMLElementTagNameMap {
    'live-chat-messages': LiveChatMessagesElement;
  }
}
