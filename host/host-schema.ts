/**
 * The reference host's own tables (prefix `host_`): the directory, login tokens, the generic
 * app item store (Contacts, Appeals…), the process engine's templates and instances, the
 * #feed notifications, the file store and the widgets placed on app forms.
 */
import type { DatabaseEngine } from '@elma365/sdk-types';
import { Migrator, type Generated, type Kysely, type Migration } from 'kysely';

export interface HostSchema {
  host_users: {
    id: string;
    login: string;
    firstname: string;
    lastname: string;
    email: string | null;
    password_hash: string;
    created_at: string;
    /** 1: the user is locked (blocked), cannot sign in and is never given work. */
    locked: Generated<number>;
  };
  /** `owner`: the extension that created the group (HostGroup.owner); null for the company's groups. */
  host_groups: { id: string; code: string; name: string; is_system: number; owner: string | null };
  host_group_members: { group_id: string; user_id: string };
  host_tokens: { token_hash: string; user_id: string; created_at: string; expires_at: string };
  host_apps: { code: string; namespace: string; name: string; fields: string };
  host_app_items: { id: string; app_code: string; name: string; data: string; created_at: string };
  /** `variables`, `activities`: JSON arrays (ProcessVariable[], ProcessActivity[]). */
  host_process_templates: { code: string; name: string; variables: string; activities: string; script: string; updated_at: string };
  /** `context`: JSON object; `error`: JSON `{activityId?, code, message}` when status is `error`. */
  host_process_instances: {
    id: string;
    template_code: string;
    status: string;
    error: string | null;
    context: string;
    initiator_id: string | null;
    idempotency_key: string | null;
    started_at: string;
    finished_at: string | null;
  };
  /** One #feed notice for one user; `read_at` is set when the user has read it. */
  host_notifications: {
    id: string;
    user_id: string;
    title: string;
    text: string | null;
    link: string | null;
    created_at: string;
    read_at: string | null;
  };
  /** HostFiles: `data` is a BLOB on SQLite, a bytea on PostgreSQL (a Buffer either way). */
  host_files: { id: string; name: string; content_type: string; size: number; data: Uint8Array; created_at: string };
  /** A widget placed on an app's item form: `settings` is a JSON object of strings by setting code. */
  host_form_widgets: { id: string; app_code: string; extension_id: string; widget_id: string; settings: string; position: number; created_at: string };
}

const migrations: Record<string, Migration> = {
  '0001_directory_tokens_apps': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('host_users')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('login', 'varchar(100)', (c) => c.notNull().unique())
        .addColumn('firstname', 'varchar(100)', (c) => c.notNull())
        .addColumn('lastname', 'varchar(100)', (c) => c.notNull())
        .addColumn('email', 'varchar(200)')
        .addColumn('password_hash', 'varchar(300)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('host_groups')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('code', 'varchar(100)', (c) => c.notNull().unique())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('is_system', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('host_group_members')
        .addColumn('group_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
        .addPrimaryKeyConstraint('host_group_members_pk', ['group_id', 'user_id'])
        .execute();
      await db.schema.createIndex('host_group_members_user').on('host_group_members').column('user_id').execute();
      await db.schema
        .createTable('host_tokens')
        .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('host_apps')
        .addColumn('code', 'varchar(100)', (c) => c.primaryKey())
        .addColumn('namespace', 'varchar(100)', (c) => c.notNull())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('host_app_items')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('app_code', 'varchar(100)', (c) => c.notNull())
        .addColumn('name', 'varchar(300)', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
    },
  },
  '0002_processes': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('host_process_templates')
        .addColumn('code', 'varchar(100)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('variables', 'text', (c) => c.notNull())
        .addColumn('activities', 'text', (c) => c.notNull())
        .addColumn('script', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('host_process_instances')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('template_code', 'varchar(100)', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('context', 'text', (c) => c.notNull())
        .addColumn('initiator_id', 'varchar(64)')
        // NULLs are distinct in a unique index on both engines: only keyed runs are deduplicated.
        .addColumn('idempotency_key', 'varchar(200)', (c) => c.unique())
        .addColumn('started_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('finished_at', 'varchar(32)')
        .execute();
      await db.schema.createIndex('host_process_instances_started').on('host_process_instances').columns(['started_at', 'id']).execute();
      await db.schema
        .createIndex('host_process_instances_template')
        .on('host_process_instances')
        .columns(['template_code', 'started_at', 'id'])
        .execute();
    },
  },
  '0003_notifications': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('host_notifications')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('title', 'varchar(300)', (c) => c.notNull())
        .addColumn('text', 'text')
        .addColumn('link', 'varchar(2000)')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('read_at', 'varchar(32)')
        .execute();
      // A user's feed, newest first; the unread count reads the same index.
      await db.schema.createIndex('host_notifications_user').on('host_notifications').columns(['user_id', 'created_at', 'id']).execute();
    },
  },
  '0004_locked_users': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('host_users').addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    },
  },
  '0005_group_owner': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('host_groups').addColumn('owner', 'varchar(100)').execute();
    },
  },
  '0007_form_widgets': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('host_form_widgets')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('app_code', 'varchar(100)', (c) => c.notNull())
        .addColumn('extension_id', 'varchar(100)', (c) => c.notNull())
        .addColumn('widget_id', 'varchar(100)', (c) => c.notNull())
        .addColumn('settings', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('host_form_widgets_app').on('host_form_widgets').columns(['app_code', 'position']).execute();
    },
  },
};

/** Migrations whose column types differ between the engines. */
const engineMigrations = (engine: DatabaseEngine): Record<string, Migration> => ({
  '0006_files': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('host_files')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(300)', (c) => c.notNull())
        .addColumn('content_type', 'varchar(255)', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('data', engine === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
    },
  },
});

export async function migrateHost(db: Kysely<unknown>, engine: DatabaseEngine): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...migrations, ...engineMigrations(engine) }) },
    migrationTableName: 'host_migrations',
    migrationLockTableName: 'host_migrations_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
