/**
 * The desk's search (spec §5.1), DOM-free: what is searched for, and the part of a text around
 * the first match that a result shows, with the match marked.
 */
import { MESSAGE_SEARCH_MAX } from '../../common/api';

/** Waiting after the last keystroke before asking the server. */
export const SEARCH_DELAY_MS = 250;

/** What the user typed, as the server searches it; undefined when there is nothing to search. */
export function searchTerm(input: string): string | undefined {
  const term = input.trim().slice(0, MESSAGE_SEARCH_MAX);
  return term === '' ? undefined : term;
}

export interface Snippet {
  /** The text before the match, "…" first when cut. */
  before: string;
  match: string;
  /** The text after the match, "…" last when cut. */
  after: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first match of `term` in `text` ignoring case, with about `radius` characters each side
 * (cut at a space when there is one nearby); whitespace runs read as one space. Undefined when
 * the text does not contain the term.
 */
export function snippetOf(text: string, term: string, radius = 48): Snippet | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  const found = new RegExp(escapeRegExp(term.replace(/\s+/g, ' ')), 'iu').exec(flat);
  if (!found) return undefined;
  const start = found.index;
  const end = start + found[0].length;
  let from = Math.max(0, start - radius);
  let to = Math.min(flat.length, end + radius);
  if (from > 0) {
    const space = flat.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < flat.length) {
    const space = flat.lastIndexOf(' ', to);
    if (space >= end) to = space;
  }
  return {
    before: `${from > 0 ? '…' : ''}${flat.slice(from, start)}`,
    match: found[0],
    after: `${flat.slice(end, to)}${to < flat.length ? '…' : ''}`,
  };
}
