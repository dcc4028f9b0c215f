/**
 * The Reports page's reports (spec §9): who may see them and for which live chats, the filters
 * turned into a scope, and the database's figures joined with the names people read.
 * Administrators see every live chat; supervisors the live chats they supervise; nobody else.
 */
import { inject, injectable } from 'inversify';
import { forbidden, rolesOn, type Actor } from '../../common/access-policy';
import type { Line } from '../../common/line';
import {
  bucketStarts,
  periodRange,
  type LineEfficiencyReport,
  type LineEfficiencyRow,
  type OperatorEfficiencyReport,
  type OperatorEfficiencyRow,
  type ReportQuery,
} from '../../common/reports-api';
import { HostDirectory } from '../kernel/host-services';
import { LineRepository } from '../storage/line-repository';
import { ReportRepository, type ReportScope } from './report-repository';

@injectable()
export class ReportService {
  constructor(
    @inject(ReportRepository) private readonly reports: ReportRepository,
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(HostDirectory) private readonly directory: HostDirectory,
  ) {}

  async operatorEfficiency(actor: Actor, query: ReportQuery): Promise<OperatorEfficiencyReport> {
    const { scope } = await this.scopeFor(actor, query);
    const report: OperatorEfficiencyReport = { from: query.from, to: query.to, rows: [] };
    if (!scope) return report;
    const [responses, durations] = await Promise.all([this.reports.operatorResponses(scope), this.reports.operatorDurations(scope)]);
    const rows = new Map<string, OperatorEfficiencyRow>();
    const rowOf = (operatorId: string): OperatorEfficiencyRow => {
      let row = rows.get(operatorId);
      if (!row) rows.set(operatorId, (row = { operatorId, name: operatorId, responses: 0, closedSessions: 0 }));
      return row;
    };
    for (const figures of responses) {
      Object.assign(rowOf(figures.operatorId), { responses: figures.responses, responseSpeed: figures.averageWait, waitingTime: figures.maxWait });
    }
    for (const figures of durations) {
      Object.assign(rowOf(figures.operatorId), { closedSessions: figures.closedSessions, sessionDuration: figures.averageDuration });
    }
    const users = await this.directory.getUsers([...rows.keys()]);
    for (const user of users) rowOf(user.id).name = user.name;
    report.rows = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name) || a.operatorId.localeCompare(b.operatorId));
    return report;
  }

  async lineEfficiency(actor: Actor, query: ReportQuery): Promise<LineEfficiencyReport> {
    const { scope, lines } = await this.scopeFor(actor, query);
    const starts = bucketStarts(query.from, query.to, query.breakdown);
    const report: LineEfficiencyReport = { from: query.from, to: query.to, breakdown: query.breakdown, rows: [], series: [] };
    if (!scope) {
      report.series = starts.map((start) => ({ start, processedRequests: 0 }));
      return report;
    }
    const [firstResponses, processed, buckets] = await Promise.all([
      this.reports.lineFirstResponses(scope),
      this.reports.processedByLine(scope),
      this.reports.processedByBucket(scope, query.breakdown),
    ]);
    const rows = new Map<string, LineEfficiencyRow>();
    const rowOf = (lineId: string): LineEfficiencyRow => {
      let row = rows.get(lineId);
      if (!row) rows.set(lineId, (row = { lineId, name: lines.get(lineId)?.name ?? lineId, firstResponses: 0, processedRequests: 0 }));
      return row;
    };
    for (const figures of firstResponses) {
      Object.assign(rowOf(figures.lineId), { firstResponses: figures.firstResponses, firstResponseSpeed: figures.averageFirstResponse });
    }
    for (const figures of processed) rowOf(figures.key).processedRequests = figures.count;
    report.rows = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name) || a.lineId.localeCompare(b.lineId));
    const counts = new Map(buckets.map((bucket) => [bucket.key, bucket.count]));
    report.series = starts.map((start) => ({ start, processedRequests: counts.get(start) ?? 0 }));
    return report;
  }

  /**
   * The live chats the actor may report on, narrowed by the query. Asking for a live chat one
   * does not supervise is refused rather than silently dropped: the figures would mislead.
   */
  private async scopeFor(actor: Actor, query: ReportQuery): Promise<{ scope?: ReportScope; lines: Map<string, Line> }> {
    const all = await this.lines.list();
    const allowed = actor.isAdmin ? all : all.filter((line) => rolesOn(actor, line).supervisor);
    if (!actor.isAdmin && allowed.length === 0) throw forbidden('Reports are for administrators and the supervisors of live chats.');
    const lines = new Map(allowed.map((line) => [line.id, line]));
    if (!actor.isAdmin && query.lineIds?.some((id) => !lines.has(id))) {
      throw forbidden('You see the reports of the live chats you supervise only.');
    }
    const lineIds = query.lineIds ? query.lineIds.filter((id) => lines.has(id)) : [...lines.keys()];
    if (lineIds.length === 0) return { lines };
    const { start, end } = periodRange(query.from, query.to);
    const groupMemberIds = query.operatorGroupIds ? await this.directory.membersOf(query.operatorGroupIds) : undefined;
    return {
      lines,
      scope: {
        start,
        end,
        lineIds,
        channelIds: query.channelIds,
        operatorIds: query.operatorIds,
        operatorGroupIds: query.operatorGroupIds,
        groupMemberIds,
      },
    };
  }
}
