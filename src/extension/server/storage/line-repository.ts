/** Live chats and their channels. */
import { LineChannelState, LineChannelType } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import type { Channel, Line, OperatorCapacity } from '../../common/line';
import type { ProcessBindings } from '../../common/process-bindings';
import { sql } from 'kysely';
import { HostDatabase, LiveChatsDb } from '../kernel/host-services';
import type { ChannelsTable, Db, LinesTable, Tx } from './schema';
import { SettingsRepository } from './settings-repository';

function toChannel(row: ChannelsTable): Channel {
  return {
    id: row.id,
    lineId: row.line_id,
    type: row.type as LineChannelType,
    name: row.name,
    state: row.state as LineChannelState,
  };
}

function toLine(row: LinesTable, channels: Channel[]): Line {
  return {
    id: row.id,
    name: row.name,
    operatorGroupIds: JSON.parse(row.operator_group_ids) as string[],
    supervisorGroupIds: JSON.parse(row.supervisor_group_ids) as string[],
    internalClientGroupIds: JSON.parse(row.internal_client_group_ids) as string[],
    showOperatorName: row.show_operator_name === 1,
    sessionNameTemplate: row.session_name_template ?? undefined,
    processBindings: JSON.parse(row.process_bindings) as ProcessBindings,
    accountAppCode: row.account_app_code ?? undefined,
    requestAppCodes: JSON.parse(row.request_app_codes) as string[],
    readerGroupIds: JSON.parse(row.reader_group_ids) as string[],
    maxSessionsPerOperator: row.max_sessions_per_operator ?? undefined,
    operatorCapacity: JSON.parse(row.operator_capacity) as OperatorCapacity[],
    createdAt: row.created_at,
    channels,
  };
}

function toRow(line: Line): LinesTable {
  return {
    id: line.id,
    name: line.name,
    operator_group_ids: JSON.stringify(line.operatorGroupIds),
    supervisor_group_ids: JSON.stringify(line.supervisorGroupIds),
    internal_client_group_ids: JSON.stringify(line.internalClientGroupIds),
    show_operator_name: line.showOperatorName ? 1 : 0,
    session_name_template: line.sessionNameTemplate ?? null,
    process_bindings: JSON.stringify(line.processBindings),
    account_app_code: line.accountAppCode ?? null,
    request_app_codes: JSON.stringify(line.requestAppCodes),
    reader_group_ids: JSON.stringify(line.readerGroupIds),
    max_sessions_per_operator: line.maxSessionsPerOperator ?? null,
    operator_capacity: JSON.stringify(line.operatorCapacity),
    created_at: line.createdAt,
  };
}

@injectable()
export class LineRepository {
  constructor(
    @inject(LiveChatsDb) private readonly db: Db,
    @inject(HostDatabase) private readonly database: HostDatabase,
    @inject(SettingsRepository) private readonly settings: SettingsRepository,
  ) {}

  async list(): Promise<Line[]> {
    const [rows, channels] = await Promise.all([
      this.db.selectFrom('lc_lines').selectAll().orderBy('name').orderBy('id').execute(),
      this.db.selectFrom('lc_channels').selectAll().orderBy('created_at').execute(),
    ]);
    return rows.map((row) => toLine(row, channels.filter((c) => c.line_id === row.id).map(toChannel)));
  }

  async get(id: string, tx: Tx = this.db): Promise<Line | undefined> {
    const row = await tx.selectFrom('lc_lines').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const channels = await tx.selectFrom('lc_channels').selectAll().where('line_id', '=', id).orderBy('created_at').execute();
    return toLine(row, channels.map(toChannel));
  }

  async insert(line: Line): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('lc_lines').values(toRow(line)).execute();
      for (const channel of line.channels) {
        await tx
          .insertInto('lc_channels')
          .values({ id: channel.id, line_id: line.id, type: channel.type, name: channel.name, state: channel.state, created_at: line.createdAt })
          .execute();
      }
    });
  }

  /** Saves the line's own fields and renames its channels as given. */
  async update(line: Line): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const { id: _id, created_at: _created, ...fields } = toRow(line);
      await tx.updateTable('lc_lines').set(fields).where('id', '=', line.id).execute();
      for (const channel of line.channels) {
        await tx.updateTable('lc_channels').set({ name: channel.name }).where('id', '=', channel.id).execute();
      }
    });
  }

  /**
   * Deletes the live chat with everything that belongs to it (spec §2.1: its sessions are closed
   * and deleted): channels, sessions, their messages, attachment records, read markers,
   * parameter values, bound items and outbox rows (a pending process start or reply is not
   * delivered), its routing rules, and its channels in the global settings. All or nothing.
   * Answers the ids of the host files of its attachments (the bytes are the caller's to delete
   * once this has committed), or undefined when there is no such live chat.
   */
  async delete(id: string): Promise<string[] | undefined> {
    return this.db.transaction().execute(async (tx) => {
      const sessionIds = tx.selectFrom('lc_sessions').select('id').where('line_id', '=', id);
      const outboxSession =
        this.database.engine === 'postgres' ? sql<string>`(cast(payload as json) ->> 'sessionId')` : sql<string>`json_extract(payload, '$.sessionId')`;
      await tx.deleteFrom('lc_outbox').where(outboxSession, 'in', sessionIds).execute();
      const channelIds = (await tx.selectFrom('lc_channels').select('id').where('line_id', '=', id).execute()).map((row) => row.id);
      await this.settings.forgetChannels(channelIds, tx);
      const files = await tx.selectFrom('lc_message_attachments').select('file_id').where('session_id', 'in', sessionIds).execute();
      await tx.deleteFrom('lc_message_attachments').where('session_id', 'in', sessionIds).execute();
      await tx.deleteFrom('lc_messages').where('session_id', 'in', sessionIds).execute();
      await tx.deleteFrom('lc_read_markers').where('session_id', 'in', sessionIds).execute();
      await tx.deleteFrom('lc_session_params').where('session_id', 'in', sessionIds).execute();
      await tx.deleteFrom('lc_session_items').where('session_id', 'in', sessionIds).execute();
      await tx.deleteFrom('lc_sessions').where('line_id', '=', id).execute();
      await tx.deleteFrom('lc_routing_rules').where('line_id', '=', id).execute();
      await tx.deleteFrom('lc_channels').where('line_id', '=', id).execute();
      const result = await tx.deleteFrom('lc_lines').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0 ? files.map((row) => row.file_id) : undefined;
    });
  }
}
