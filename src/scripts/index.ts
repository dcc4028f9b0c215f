/**
 * The scripts runtime entry: the `LiveChats` namespace that the host's script runtime offers to
 * Script activities. DOM-free; the server entry provides the LiveChatsScriptApi it calls.
 */
export { createLiveChatsNamespace, type LiveChatsNamespace, type LiveChatsScriptApi } from './live-chats-namespace';
export { ScriptError } from './script-error';
export { createSystemLines, type SystemLines, type SystemLinesApi } from './system-lines';
