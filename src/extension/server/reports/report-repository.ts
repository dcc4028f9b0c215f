/**
 * The figures of the Reports page, computed by the database: every query aggregates with GROUP BY
 * and returns one row per operator, live chat or bucket, never sessions or messages. Timestamps
 * are ISO-8601 UTC strings; the difference of two is taken with julianday() on SQLite and with
 * epoch seconds of timestamptz on PostgreSQL. Sessions in spam are left out everywhere.
 */
import { LineSessionState } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { sql, type RawBuilder } from 'kysely';
import type { ReportBreakdown } from '../../common/reports-api';
import { HostDatabase, LiveChatsDb } from '../kernel/host-services';
import type { Db } from '../storage/schema';

/** What a report counts: an instant range and the filters, already restricted to what the caller may see. */
export interface ReportScope {
  /** [start, end) as ISO instants. */
  start: string;
  end: string;
  /** Never empty: a caller with no live chat in scope gets no query at all. */
  lineIds: readonly string[];
  channelIds?: readonly string[];
  operatorIds?: readonly string[];
  operatorGroupIds?: readonly string[];
  /** Members of operatorGroupIds: an operator of the group counts even for sessions from the common queue. */
  groupMemberIds?: readonly string[];
}

export interface OperatorResponseFigures {
  operatorId: string;
  responses: number;
  averageWait: number;
  maxWait: number;
}

export interface OperatorDurationFigures {
  operatorId: string;
  closedSessions: number;
  averageDuration: number;
}

export interface LineFirstResponseFigures {
  lineId: string;
  firstResponses: number;
  averageFirstResponse: number;
}

export interface CountFigures {
  key: string;
  count: number;
}

/** Seconds are rounded to the millisecond: julianday() arithmetic is not exact in binary floating point. */
const seconds = (value: unknown): number => Math.round(Number(value) * 1000) / 1000;

@injectable()
export class ReportRepository {
  constructor(
    @inject(LiveChatsDb) private readonly db: Db,
    @inject(HostDatabase) private readonly database: HostDatabase,
  ) {}

  /**
   * Per operator, over the replies they sent in the period: how long the client had waited, from
   * the first client message after the previous operator reply to this reply (average and maximum).
   */
  async operatorResponses(scope: ReportScope): Promise<OperatorResponseFigures[]> {
    const wait = this.secondsBetween(sql.ref('r.replied_at'), sql.ref('r.asked_at'));
    const { rows } = await sql<{ operator_id: string; responses: number; average_wait: number; max_wait: number }>`
      select r.operator_id, cast(count(*) as integer) as responses,
        cast(avg(${wait}) as double precision) as average_wait, cast(max(${wait}) as double precision) as max_wait
      from (
        select o.author_user_id as operator_id, o.created_at as replied_at,
          (select min(c.created_at) from lc_messages c
            where c.session_id = o.session_id and c.author_kind = 'client' and c.seq < o.seq
              and c.seq > coalesce((select max(p.seq) from lc_messages p
                where p.session_id = o.session_id and p.author_kind = 'operator' and p.seq < o.seq), -1)) as asked_at
        from lc_messages o join lc_sessions s on s.id = o.session_id
        where o.author_kind = 'operator' and o.author_user_id is not null
          and o.created_at >= ${scope.start} and o.created_at < ${scope.end}
          and ${this.sessionFilter(scope, sql.ref('o.author_user_id'))}
      ) r
      where r.asked_at is not null
      group by r.operator_id
    `.execute(this.db);
    return rows.map((row) => ({
      operatorId: row.operator_id,
      responses: Number(row.responses),
      averageWait: seconds(row.average_wait),
      maxWait: seconds(row.max_wait),
    }));
  }

  /** Per operator, over the sessions they closed in the period: the average time from creation to closing. */
  async operatorDurations(scope: ReportScope): Promise<OperatorDurationFigures[]> {
    const duration = this.secondsBetween(sql.ref('s.closed_at'), sql.ref('s.created_at'));
    const { rows } = await sql<{ operator_id: string; closed_sessions: number; average_duration: number }>`
      select s.operator_id, cast(count(*) as integer) as closed_sessions, cast(avg(${duration}) as double precision) as average_duration
      from lc_sessions s
      where s.operator_id is not null and s.closed_at >= ${scope.start} and s.closed_at < ${scope.end}
        and ${this.sessionFilter(scope, sql.ref('s.operator_id'))}
      group by s.operator_id
    `.execute(this.db);
    return rows.map((row) => ({ operatorId: row.operator_id, closedSessions: Number(row.closed_sessions), averageDuration: seconds(row.average_duration) }));
  }

  /** Per live chat, over the sessions taken in the period: the time from taking to the first operator reply after it. */
  async lineFirstResponses(scope: ReportScope): Promise<LineFirstResponseFigures[]> {
    const delay = this.secondsBetween(sql.ref('f.first_reply_at'), sql.ref('f.accepted_at'));
    const { rows } = await sql<{ line_id: string; first_responses: number; average_first_response: number }>`
      select f.line_id, cast(count(*) as integer) as first_responses, cast(avg(${delay}) as double precision) as average_first_response
      from (
        select s.line_id, s.accepted_at,
          (select min(m.created_at) from lc_messages m
            where m.session_id = s.id and m.author_kind = 'operator' and m.created_at >= s.accepted_at) as first_reply_at
        from lc_sessions s
        where s.accepted_at >= ${scope.start} and s.accepted_at < ${scope.end}
          and ${this.sessionFilter(scope, sql.ref('s.operator_id'))}
      ) f
      where f.first_reply_at is not null
      group by f.line_id
    `.execute(this.db);
    return rows.map((row) => ({
      lineId: row.line_id,
      firstResponses: Number(row.first_responses),
      averageFirstResponse: seconds(row.average_first_response),
    }));
  }

  /** Sessions closed in the period (processed requests), per live chat. */
  async processedByLine(scope: ReportScope): Promise<CountFigures[]> {
    return this.countClosed(scope, sql.ref('s.line_id'));
  }

  /** Sessions closed in the period, per bucket of the breakdown (keyed by the bucket's first day). */
  async processedByBucket(scope: ReportScope, breakdown: ReportBreakdown): Promise<CountFigures[]> {
    return this.countClosed(scope, this.bucketOf(sql.ref('s.closed_at'), breakdown));
  }

  private async countClosed(scope: ReportScope, key: RawBuilder<unknown> | ReturnType<typeof sql.ref>): Promise<CountFigures[]> {
    const { rows } = await sql<{ bucket_key: string; n: number }>`
      select ${key} as bucket_key, cast(count(*) as integer) as n
      from lc_sessions s
      where s.closed_at >= ${scope.start} and s.closed_at < ${scope.end}
        and ${this.sessionFilter(scope, sql.ref('s.operator_id'))}
      group by ${key}
    `.execute(this.db);
    return rows.map((row) => ({ key: String(row.bucket_key), count: Number(row.n) }));
  }

  /** Later minus earlier, in seconds, for two ISO timestamp columns. */
  private secondsBetween(later: RawBuilder<unknown> | ReturnType<typeof sql.ref>, earlier: RawBuilder<unknown> | ReturnType<typeof sql.ref>): RawBuilder<number> {
    return this.database.engine === 'postgres'
      ? sql<number>`extract(epoch from (cast(${later} as timestamptz) - cast(${earlier} as timestamptz)))`
      : sql<number>`((julianday(${later}) - julianday(${earlier})) * 86400.0)`;
  }

  /** The first day (YYYY-MM-DD, UTC) of the day, ISO week or month an ISO timestamp falls in. */
  private bucketOf(column: ReturnType<typeof sql.ref>, breakdown: ReportBreakdown): RawBuilder<string> {
    if (breakdown === 'day') return sql<string>`substr(${column}, 1, 10)`;
    if (breakdown === 'month') return sql<string>`(substr(${column}, 1, 7) || '-01')`;
    return this.database.engine === 'postgres'
      ? sql<string>`to_char(date_trunc('week', cast(${column} as timestamptz) at time zone 'UTC'), 'YYYY-MM-DD')`
      : sql<string>`date(${column}, 'weekday 0', '-6 days')`;
  }

  /** The filters on the session `s`, and on the operator the figure belongs to. */
  private sessionFilter(scope: ReportScope, operator: ReturnType<typeof sql.ref>): RawBuilder<unknown> {
    const parts: RawBuilder<unknown>[] = [sql`s.state <> ${LineSessionState.MarkedAsSpam}`, sql`s.line_id in (${sql.join([...scope.lineIds])})`];
    if (scope.channelIds) parts.push(sql`s.channel_id in (${sql.join([...scope.channelIds])})`);
    if (scope.operatorIds) parts.push(sql`${operator} in (${sql.join([...scope.operatorIds])})`);
    if (scope.operatorGroupIds) {
      const members = scope.groupMemberIds ?? [];
      parts.push(
        members.length
          ? sql`(s.operator_group_id in (${sql.join([...scope.operatorGroupIds])}) or ${operator} in (${sql.join([...members])}))`
          : sql`s.operator_group_id in (${sql.join([...scope.operatorGroupIds])})`,
      );
    }
    return sql.join(parts, sql` and `);
  }
}
