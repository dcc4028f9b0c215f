/**
 * The `widgets` browser entry (manifest.json): the custom elements app designers place on forms.
 * Importing it defines them (guarded); it sets nothing else on the page.
 */
export { ConversationRenderEvent, LIVE_CHAT_MESSAGES_TAG, LiveChatMessagesElement } from './live-chat-messages/live-chat-messages';
