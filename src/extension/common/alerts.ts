/**
 * What the realtime notifications of the workspace carry (spec §3.6): a new session for the
 * operators of its live chat, a client's message for the operator of the session, and a client's
 * activity for the live chat's lists. Type-only, shared by the server that publishes them and the
 * browser that shows them.
 */
import type { LineSessionState } from '@elma365/sdk-types';

/** `new-session` on the user topic of each operator who may take (or was given) the session. */
export interface NewSessionAlert {
  sessionId: string;
  /** Waiting (in a queue the operator may take from) or assignedToOperator (routing gave it to them). */
  state: LineSessionState;
  lineId: string;
  lineName: string;
  sessionName: string;
  clientName: string;
  /** The start of the client's first message (at most SNIPPET_MAX characters). */
  snippet: string;
  /** That message's seq: its own `new-message` hint, if any, is part of the arrival. */
  seq: number;
  /** Whether the operator was Online when it arrived: only they hear the sound. */
  online: boolean;
  /** A closed session the client wrote to again, back in the queue (not a new one). */
  resumed: boolean;
  at: string;
}

/** `new-message` on the user topic of the operator the session is assigned to. */
export interface NewMessageAlert {
  sessionId: string;
  lineId: string;
  sessionName: string;
  seq: number;
}

/** `activity` on the line topic: someone wrote in a session; a client's message is one more unread for the viewer. */
export interface SessionActivity {
  sessionId: string;
  seq: number;
  at: string;
  fromClient: boolean;
}

export const SNIPPET_MAX = 140;

/** The first line-ish of a message for a pop-up: whitespace collapsed, cut at a word with an ellipsis. */
export function snippetOf(text: string, max = SNIPPET_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
