/**
 * Export data of the Sessions app (spec §4.7), DOM-free: the options, the query string, the
 * progress of a download (a CSV's records are counted as its bytes arrive; an XLSX is deflated,
 * so only its bytes can be counted) and the name the file is saved under.
 */
import { formatFileSize } from '../../common/attachment-format';
import type { ExportFormat } from '../../common/sessions-app-api';
import { listQuery, type SessionsFilter, type SessionsSort } from './sessions-app-model';

export interface ExportChoice {
  format: ExportFormat;
  /** Export system information: dates and the ids behind live chat, channel, client, operator. */
  systemInfo: boolean;
  /** Export by current filter; otherwise every session. */
  byFilter: boolean;
  /** Export names of app items and users beside their ids. */
  names: boolean;
}

export const DEFAULT_EXPORT: ExportChoice = { format: 'xlsx', systemInfo: false, byFilter: true, names: false };

/** The export's query string; the count of the same sessions is asked with `countQuery`. */
export function exportQuery(choice: ExportChoice, filter: SessionsFilter, sort: SessionsSort): string {
  const flags = { format: choice.format, byFilter: String(choice.byFilter), systemInfo: String(choice.systemInfo), names: String(choice.names) };
  const params = new URLSearchParams(choice.byFilter ? listQuery(filter, sort, flags) : flags);
  params.delete('all');
  return params.toString();
}

/** The count of the sessions an export writes. */
export function countQuery(choice: ExportChoice, filter: SessionsFilter, sort: SessionsSort): string {
  return choice.byFilter ? listQuery(filter, sort) : 'all=true';
}

/**
 * Counts the records of a CSV stream as its bytes arrive: a line feed outside quotes ends a
 * record (RFC 4180: a quoted field may hold line breaks; `""` inside quotes toggles twice).
 */
export class CsvRecordCounter {
  private quoted = false;
  private records = 0;

  feed(bytes: Uint8Array): void {
    for (const byte of bytes) {
      if (byte === 0x22) this.quoted = !this.quoted;
      else if (byte === 0x0a && !this.quoted) this.records++;
    }
  }

  /** Rows written so far, the header not counted. */
  get rows(): number {
    return Math.max(0, this.records - 1);
  }
}

export interface ExportProgress {
  /** Sessions written so far, when they can be counted. */
  done?: number;
  total?: number;
  bytes: number;
}

/** The share done (0–1), or undefined while it cannot be known. */
export function progressRatio(progress: ExportProgress): number | undefined {
  if (progress.done === undefined || !progress.total) return undefined;
  return Math.min(1, progress.done / progress.total);
}

export function progressText(progress: ExportProgress): string {
  const total = progress.total?.toLocaleString('en-US') ?? '…';
  if (progress.done !== undefined) return `${Math.min(progress.done, progress.total ?? progress.done).toLocaleString('en-US')} of ${total} sessions`;
  return `${formatFileSize(progress.bytes)} received · ${total} sessions`;
}

/** The file name of a Content-Disposition header (RFC 6266: `filename*` first), or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (extended) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // Fall through to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}
