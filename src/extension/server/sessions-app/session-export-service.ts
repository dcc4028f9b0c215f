/**
 * Export data of the Sessions app (spec §4.7), administrators only: every session (or those of
 * the current filter) with system and custom parameters, never messages, as .csv or .xlsx. The
 * file is produced while it is sent: pages of sessions are read by cursor, turned into rows and
 * written, so memory stays flat however many sessions there are.
 */
import type { HostHttpFile } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden } from '../../common/access-policy';
import type { SessionDto } from '../../common/api';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import type { ExportSessionsQuery } from '../../common/sessions-app-api';
import { HostApps, HostClock, HostDirectory } from '../kernel/host-services';
import { SessionQueries, type SessionFilterQuery, type Selection } from '../sessions/session-queries';
import { SessionViews } from '../sessions/session-views';
import { ParameterRepository } from '../storage/parameter-repository';
import { SessionRepository } from '../storage/session-repository';
import { csvStream } from './csv-encoder';
import type { ExportCell } from './export-cells';
import { exportColumns, type ExportNames, type ExportOptions, referencedIds } from './export-columns';
import { xlsxStream } from './xlsx-writer';

/** Sessions read per page: large enough for few queries, small enough to keep memory flat. */
export const EXPORT_PAGE = 500;

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

type Row = (session: SessionDto, names: ExportNames) => ExportCell[];

@injectable()
export class SessionExportService {
  constructor(
    @inject(SessionQueries) private readonly queries: SessionQueries,
    @inject(SessionRepository) private readonly sessions: SessionRepository,
    @inject(SessionViews) private readonly views: SessionViews,
    @inject(ParameterRepository) private readonly parameters: ParameterRepository,
    @inject(HostDirectory) private readonly directory: HostDirectory,
    @inject(HostApps) private readonly apps: HostApps,
    @inject(HostClock) private readonly clock: HostClock,
  ) {}

  /** The file to send; its bytes are produced as they are read. Everything the query can fail on fails here, before a byte is sent. */
  async export(actor: Actor, query: ExportSessionsQuery): Promise<HostHttpFile> {
    if (!AccessPolicy.canExportSessions(actor)) throw forbidden('Only administrators can export sessions.');
    const { format, byFilter, systemInfo, names, ...filter } = query;
    const selection = await this.queries.selection(actor, byFilter === 'true' ? { ...exportFilter(filter), all: 'true' } : { all: 'true' });
    const definitions = await this.parameters.definitions();
    const options: ExportOptions = { systemInfo: systemInfo === 'true', names: names === 'true' };
    const { titles, row } = exportColumns(definitions, selection.lines, options);
    const table = { columns: titles, pages: this.pages(selection, definitions, row, options) };
    const now = this.clock.now();
    const fileName = `Sessions ${now.toISOString().slice(0, 10)}.${format}`;
    return {
      contentType: CONTENT_TYPES[format],
      fileName,
      data: format === 'csv' ? csvStream(table) : xlsxStream(table, { sheetName: 'Sessions', modified: now }),
    };
  }

  private async *pages(selection: Selection, definitions: ParameterDefinition[], row: Row, options: ExportOptions): AsyncGenerator<ExportCell[][]> {
    const groups = new Map<string, string>();
    let after: { key: string | number | null; id: string } | undefined;
    for (;;) {
      const listed = await this.sessions.list({ ...selection.conditions, sort: selection.sort, after, limit: EXPORT_PAGE });
      if (listed.length === 0) return;
      const sessions = await this.views.sessionList(
        listed.map((item) => item.session),
        undefined,
        selection.lines,
      );
      const names = await this.names(sessions, definitions, groups, options);
      yield sessions.map((session) => row(session, names));
      if (listed.length < EXPORT_PAGE) return;
      const last = listed[listed.length - 1];
      after = { key: last.key, id: last.session.id };
    }
  }

  /** The names a page needs: operator groups (remembered across pages), and with the option users and app items. */
  private async names(sessions: SessionDto[], definitions: ParameterDefinition[], groups: Map<string, string>, options: ExportOptions): Promise<ExportNames> {
    const unknownGroups = [...new Set(sessions.flatMap((s) => (s.operatorGroupId && !groups.has(s.operatorGroupId) ? [s.operatorGroupId] : [])))];
    if (unknownGroups.length) for (const group of await this.directory.getGroups(unknownGroups)) groups.set(group.id, group.name);
    const users = new Map<string, string>();
    const items = new Map<string, string>();
    if (options.names) {
      const refs = referencedIds(definitions, sessions);
      if (refs.users.length) for (const user of await this.directory.getUsers(refs.users)) users.set(user.id, user.name);
      for (const code of new Set(refs.items.map((ref) => ref.code))) {
        const ids = [...new Set(refs.items.filter((ref) => ref.code === code).map((ref) => ref.id))];
        for (const item of await this.apps.getItems(code, ids).catch(() => [])) items.set(`${code}/${item.id}`, item.name);
      }
    }
    return { users, items, groups };
  }
}

/** The filter fields of an export query, as a list query takes them. */
function exportFilter(filter: Omit<ExportSessionsQuery, 'format' | 'byFilter' | 'systemInfo' | 'names'>): SessionFilterQuery {
  return { ...filter, mine: undefined, active: undefined };
}
