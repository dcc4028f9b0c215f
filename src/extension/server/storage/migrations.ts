/**
 * The extension's migrations, run by Kysely's Migrator at activation (with a lock, so several host
 * instances starting together migrate once). Names are declared in manifest.json.
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { LiveChatsError } from '../../common/errors';

const migrations: Record<string, Migration> = {
  '0001_lines_sessions_messages': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('lc_lines')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('operator_group_ids', 'text', (c) => c.notNull())
        .addColumn('supervisor_group_ids', 'text', (c) => c.notNull())
        .addColumn('internal_client_group_ids', 'text', (c) => c.notNull())
        .addColumn('show_operator_name', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('lc_channels')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('line_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('type', 'varchar(32)', (c) => c.notNull())
        .addColumn('name', 'varchar(300)', (c) => c.notNull())
        .addColumn('state', 'varchar(32)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('lc_channels_line').on('lc_channels').column('line_id').execute();
      await db.schema
        .createTable('lc_clients')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('channel_type', 'varchar(32)', (c) => c.notNull())
        .addColumn('external_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('name', 'varchar(300)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(64)')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addUniqueConstraint('lc_clients_identity', ['channel_type', 'external_id'])
        .execute();
      await db.schema.createIndex('lc_clients_user').on('lc_clients').column('user_id').execute();
      await db.schema
        .createTable('lc_sessions')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(300)', (c) => c.notNull())
        .addColumn('line_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('channel_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('client_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('state', 'varchar(32)', (c) => c.notNull())
        .addColumn('priority', 'varchar(16)')
        .addColumn('operator_id', 'varchar(64)')
        .addColumn('operator_group_id', 'varchar(64)')
        .addColumn('before_spam', 'text')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('accepted_at', 'varchar(32)')
        .addColumn('closed_at', 'varchar(32)')
        .addColumn('last_activity_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_client_seq', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // One session per client per channel: a returning client resumes it (spec §4.1).
      await db.schema
        .createIndex('lc_sessions_channel_client')
        .on('lc_sessions')
        .columns(['channel_id', 'client_id'])
        .unique()
        .execute();
      await db.schema
        .createIndex('lc_sessions_line_state_activity')
        .on('lc_sessions')
        .columns(['line_id', 'state', 'last_activity_at', 'id'])
        .execute();
      await db.schema
        .createIndex('lc_sessions_operator_state')
        .on('lc_sessions')
        .columns(['operator_id', 'state'])
        .execute();
      await db.schema
        .createTable('lc_messages')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('session_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('type', 'varchar(16)', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('author_kind', 'varchar(16)', (c) => c.notNull())
        .addColumn('author_user_id', 'varchar(64)')
        .addColumn('client_message_id', 'varchar(100)')
        .addColumn('idempotency_key', 'varchar(200)', (c) => c.unique())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addUniqueConstraint('lc_messages_session_seq', ['session_id', 'seq'])
        .execute();
      await db.schema
        .createTable('lc_read_markers')
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('session_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('lc_read_markers_pk', ['user_id', 'session_id'])
        .execute();
    },
  },
  '0002_parameters_templates_outbox': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('lc_lines').addColumn('session_name_template', 'text').execute();
      await db.schema.alterTable('lc_lines').addColumn('process_bindings', 'text', (c) => c.notNull().defaultTo('{}')).execute();
      await db.schema
        .createTable('lc_parameter_definitions')
        .addColumn('code', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('lc_session_params')
        .addColumn('session_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('code', 'varchar(64)', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('sort_text', 'varchar(200)')
        .addColumn('sort_number', 'double precision')
        .addPrimaryKeyConstraint('lc_session_params_pk', ['session_id', 'code'])
        .execute();
      // The session list filters and sorts on one parameter at a time.
      await db.schema.createIndex('lc_session_params_text').on('lc_session_params').columns(['code', 'sort_text', 'session_id']).execute();
      await db.schema.createIndex('lc_session_params_number').on('lc_session_params').columns(['code', 'sort_number', 'session_id']).execute();
      // Side effects (process starts) written in the transaction of the event that causes them.
      await db.schema
        .createTable('lc_outbox')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('kind', 'varchar(32)', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('locked_until', 'varchar(32)')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('lc_outbox_due').on('lc_outbox').columns(['status', 'next_attempt_at']).execute();
    },
  },
  '0003_bindings': {
    async up(db: Kysely<unknown>): Promise<void> {
      // Settings › Apps and Additional › Read access to sessions (spec §2.2).
      await db.schema.alterTable('lc_lines').addColumn('account_app_code', 'varchar(100)').execute();
      await db.schema.alterTable('lc_lines').addColumn('request_app_codes', 'text', (c) => c.notNull().defaultTo('[]')).execute();
      await db.schema.alterTable('lc_lines').addColumn('reader_group_ids', 'text', (c) => c.notNull().defaultTo('[]')).execute();
      // App items bound to sessions (spec §4.5); the item lives in the host, only the link here.
      await db.schema
        .createTable('lc_session_items')
        .addColumn('session_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('app_code', 'varchar(100)', (c) => c.notNull())
        .addColumn('item_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('role', 'varchar(16)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('lc_session_items_pk', ['session_id', 'app_code', 'item_id'])
        .execute();
      // The Live Chat Messages widget looks sessions up by item.
      await db.schema.createIndex('lc_session_items_item').on('lc_session_items').columns(['app_code', 'item_id']).execute();
    },
  },
  '0004_routing': {
    async up(db: Kysely<unknown>): Promise<void> {
      // Routing › Capacity (issue 4): the live chat's limit and single operators' limits.
      await db.schema.alterTable('lc_lines').addColumn('max_sessions_per_operator', 'integer').execute();
      await db.schema.alterTable('lc_lines').addColumn('operator_capacity', 'text', (c) => c.notNull().defaultTo('[]')).execute();
      // A queued session's pending automatic assignment, kept until an operator has room for it.
      await db.schema.alterTable('lc_sessions').addColumn('routing_target', 'text').execute();
      await db.schema
        .createTable('lc_routing_rules')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('line_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('lc_routing_rules_line').on('lc_routing_rules').columns(['line_id', 'position']).execute();
      // Operators' working status; the row is also what an assignment locks to count the operator's sessions.
      await db.schema
        .createTable('lc_operators')
        .addColumn('user_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('last_seen_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('changed_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('lock_seq', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('lc_settings')
        .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0005_response_templates': {
    async up(db: Kysely<unknown>): Promise<void> {
      // Response templates (spec §5.4): Articles in a folder tree, and Templates.
      await db.schema
        .createTable('lc_article_folders')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(100)', (c) => c.notNull())
        .addColumn('parent_id', 'varchar(64)')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      // The default folder "All records" always exists; the service refuses to rename or delete it.
      await (db as Kysely<{ lc_article_folders: { id: string; name: string; parent_id: string | null; created_at: string } }>)
        .insertInto('lc_article_folders')
        .values({ id: 'all-records', name: 'All records', parent_id: null, created_at: new Date(0).toISOString() })
        .execute();
      await db.schema
        .createTable('lc_articles')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('folder_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('link', 'text', (c) => c.notNull())
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('lc_articles_folder').on('lc_articles').columns(['folder_id', 'name']).execute();
      await db.schema
        .createTable('lc_response_templates')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('template', 'text', (c) => c.notNull())
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .execute();
    },
  },
  '0006_sessions_app': {
    async up(db: Kysely<unknown>): Promise<void> {
      // The Sessions app (spec §4.7) pages over every session of the company in the order of a
      // system column: one index per order, each ending in id for the keyset (sort key, id).
      await db.schema.createIndex('lc_sessions_activity').on('lc_sessions').columns(['last_activity_at', 'id']).execute();
      await db.schema.createIndex('lc_sessions_created').on('lc_sessions').columns(['created_at', 'id']).execute();
      await db.schema.createIndex('lc_sessions_closed').on('lc_sessions').columns(['closed_at', 'id']).execute();
      await db.schema.createIndex('lc_sessions_state_activity').on('lc_sessions').columns(['state', 'last_activity_at', 'id']).execute();
      await db.schema.createIndex('lc_sessions_state_created').on('lc_sessions').columns(['state', 'created_at', 'id']).execute();
      await sql`create index lc_sessions_name on lc_sessions (lower(name), id)`.execute(db);
      // Saved filters of the Sessions app, per user.
      await db.schema
        .createTable('lc_saved_filters')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('name', 'varchar(100)', (c) => c.notNull())
        .addColumn('query', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('lc_saved_filters_user').on('lc_saved_filters').columns(['user_id', 'name']).execute();
    },
  },
  '0007_message_quotes_edits': {
    async up(db: Kysely<unknown>): Promise<void> {
      // The quoted message's id and a JSON snapshot of its author and text (it survives edits);
      // when the author last edited the text.
      await db.schema.alterTable('lc_messages').addColumn('quote_of', 'varchar(64)').execute();
      await db.schema.alterTable('lc_messages').addColumn('quote_snapshot', 'text').execute();
      await db.schema.alterTable('lc_messages').addColumn('edited_at', 'varchar(32)').execute();
    },
  },
  '0008_attachments': {
    async up(db: Kysely<unknown>): Promise<void> {
      // Uploads waiting to be sent and the files of sent messages; the bytes are in the host's file store.
      await db.schema
        .createTable('lc_message_attachments')
        .addColumn('file_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('session_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('uploader_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('name', 'varchar(300)', (c) => c.notNull())
        .addColumn('content_type', 'varchar(255)', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('message_id', 'varchar(64)')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('lc_message_attachments_session').on('lc_message_attachments').columns(['session_id', 'uploader_id']).execute();
      // The message's files as JSON, so that reading messages needs no second query.
      await db.schema.alterTable('lc_messages').addColumn('attachments', 'text').execute();
    },
  },
  '0009_report_indexes': {
    async up(db: Kysely<unknown>): Promise<void> {
      // Reports (spec §9) read replies by period, and for each reply the client messages before
      // it in its session; live chat efficiency reads sessions by the time they were taken.
      await db.schema.createIndex('lc_messages_author_created').on('lc_messages').columns(['author_kind', 'created_at']).execute();
      await db.schema.createIndex('lc_messages_session_author_seq').on('lc_messages').columns(['session_id', 'author_kind', 'seq']).execute();
      await db.schema.createIndex('lc_sessions_accepted').on('lc_sessions').columns(['accepted_at', 'id']).execute();
    },
  },
  '0010_widget_client_sessions': {
    async up(db: Kysely<unknown>): Promise<void> {
      // The Live Chat Messages widget (spec §6) lists a client's sessions in every live chat.
      await db.schema.createIndex('lc_sessions_client_activity').on('lc_sessions').columns(['client_id', 'last_activity_at']).execute();
    },
  },
};

export const MIGRATION_NAMES = Object.keys(migrations);

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'lc_migrations',
    migrationLockTableName: 'lc_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new LiveChatsError('internal/unexpected', `Migration ${failed} failed`, { cause: error });
  }
}
