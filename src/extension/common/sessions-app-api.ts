/**
 * The Web API contract of the Sessions app (spec §4.7): the count of a filter, saved filters
 * (per user, on the server) and the export of sessions to .xlsx or .csv.
 */
import { LineSessionPriority, LineSessionState } from '@elma365/sdk-types';
import { z } from 'zod';
import { sessionFilterFields } from './api';

/** The filter fields a saved filter keeps: those of the Sessions app's filter panel, its order and search. */
export const SAVED_FILTER_FIELDS = ['lineId', 'state', 'operatorId', 'priority', 'createdFrom', 'createdTo', 'search', 'params', 'sort', 'order'] as const;
export type SavedFilterField = (typeof SAVED_FILTER_FIELDS)[number];

export const SAVED_FILTER_NAME_MAX = 100;
/** Saved filters per user: a list to choose from, not a store. */
export const SAVED_FILTERS_MAX = 50;

/** The query string of a saved filter, as the list route takes it (strings only). */
export const savedFilterQuery = z.strictObject(
  Object.fromEntries(SAVED_FILTER_FIELDS.map((field) => [field, z.string().max(12_000).optional()])) as Record<SavedFilterField, z.ZodOptional<z.ZodString>>,
);
export type SavedFilterQuery = z.infer<typeof savedFilterQuery>;

export const savedFilterBody = z.strictObject({
  name: z.string().trim().min(1, 'Name the filter').max(SAVED_FILTER_NAME_MAX, `The name must be at most ${SAVED_FILTER_NAME_MAX} characters`),
  query: savedFilterQuery,
});
export type SavedFilterBody = z.infer<typeof savedFilterBody>;

export interface SavedFilterDto {
  id: string;
  name: string;
  query: SavedFilterQuery;
  createdAt: string;
}

/** The number of sessions a filter selects. */
export interface SessionCountDto {
  total: number;
}

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const flag = z.enum(['true', 'false']).optional();

/** Export data (spec §4.7): the filter (all sessions unless `byFilter`), the format and the options. */
export const exportSessionsQuery = z.strictObject({
  ...sessionFilterFields,
  format: z.enum(EXPORT_FORMATS),
  /** Export by current filter: without it every session the caller may browse is exported. */
  byFilter: flag,
  /** Export system information: dates, states and the ids of live chat, channel, client, operator and group. */
  systemInfo: flag,
  /** Export names of app items and users beside their ids. */
  names: flag,
});
export type ExportSessionsQuery = z.infer<typeof exportSessionsQuery>;

/** How states read in the Sessions app and its exports (spec §4.2, EN labels). */
export const SESSION_STATE_LABELS: Readonly<Record<LineSessionState, string>> = {
  [LineSessionState.Waiting]: 'In queue',
  [LineSessionState.AssignedToOperator]: 'Assigned to operator',
  [LineSessionState.AssignedToBot]: 'Assigned to bot',
  [LineSessionState.MarkedAsSpam]: 'In spam',
  [LineSessionState.Closed]: 'Closed',
};

export const SESSION_PRIORITY_LABELS: Readonly<Record<LineSessionPriority, string>> = {
  [LineSessionPriority.Low]: 'Low',
  [LineSessionPriority.Medium]: 'Medium',
  [LineSessionPriority.High]: 'High',
};
