/** How sessions, times and people read on screen (DOM-free, the same in every screen). */
import type { LineSessionState } from '@elma365/sdk-types';
import { SESSION_STATE_LABELS } from '../../common/sessions-app-api';

export function stateLabel(state: LineSessionState | string): string {
  return SESSION_STATE_LABELS[state as LineSessionState] ?? state;
}

const sameDay = (a: Date, b: Date): boolean =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** Short time for lists and messages: the time today, the date and time before. */
export function formatTime(iso: string, now: Date = new Date(), locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
  if (sameDay(date, now)) return date.toLocaleTimeString(locale, time);
  const day: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
  if (date.getFullYear() !== now.getFullYear()) day.year = 'numeric';
  return date.toLocaleString(locale, { ...day, ...time });
}

/** Full date and time, for "About the session". */
export function formatDateTime(iso: string | undefined, locale?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** One or two letters for an avatar. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const letters = parts.length === 1 ? parts[0].slice(0, 2) : parts[0][0] + parts[parts.length - 1][0];
  return letters.toUpperCase();
}

/** Badge text: counts over 99 read "99+". */
export function badgeCount(count: number): string {
  return count > 99 ? '99+' : String(count);
}
