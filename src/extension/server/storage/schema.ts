/**
 * The extension's own tables in the host database (prefix `lc_`). Timestamps are ISO-8601 UTC
 * strings and flags are 0/1 integers, so both engines store and sort them the same way.
 */
import type { Generated, Kysely, Transaction } from 'kysely';

export interface LinesTable {
  id: string;
  name: string;
  /** JSON arrays of group ids. */
  operator_group_ids: string;
  supervisor_group_ids: string;
  internal_client_group_ids: string;
  show_operator_name: number;
  created_at: string;
  session_name_template: string | null;
  /** JSON ProcessBindings. */
  process_bindings: string;
  account_app_code: string | null;
  /** JSON arrays of app codes and of group ids. */
  request_app_codes: string;
  reader_group_ids: string;
  max_sessions_per_operator: number | null;
  /** JSON OperatorCapacity[]. */
  operator_capacity: string;
}

export interface ChannelsTable {
  id: string;
  line_id: string;
  type: string;
  name: string;
  state: string;
  created_at: string;
}

export interface ClientsTable {
  id: string;
  channel_type: string;
  external_id: string;
  name: string;
  user_id: string | null;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  name: string;
  line_id: string;
  channel_id: string;
  client_id: string;
  state: string;
  priority: string | null;
  operator_id: string | null;
  operator_group_id: string | null;
  /** JSON of what "remove from spam" restores. */
  before_spam: string | null;
  created_at: string;
  accepted_at: string | null;
  closed_at: string | null;
  last_activity_at: string;
  last_seq: number;
  last_client_seq: number;
  /** Bumped by every state change: changes are conditional on the version read. */
  version: number;
  /** JSON RoutingTarget of a queued session awaiting automatic assignment. */
  routing_target: string | null;
}

export interface RoutingRulesTable {
  id: string;
  line_id: string;
  position: number;
  /** JSON RoutingRuleDraft. */
  rule: string;
  updated_at: string;
}

export interface OperatorsTable {
  user_id: string;
  status: string;
  last_seen_at: string;
  changed_at: string;
  /** Bumped to lock the row: assignments to the operator are serialized on it. */
  lock_seq: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface MessagesTable {
  id: string;
  session_id: string;
  seq: number;
  type: string;
  body: string;
  author_kind: string;
  author_user_id: string | null;
  client_message_id: string | null;
  /** `<author>:<clientMessageId>`, unique: a retried send finds the original. */
  idempotency_key: string | null;
  created_at: string;
  /** The quoted message (same session) and a JSON MessageQuote snapshot of it. */
  quote_of: string | null;
  quote_snapshot: string | null;
  edited_at: string | null;
  /** JSON AttachmentDto[] of the files sent with the message; null without files. */
  attachments: string | null;
}

/**
 * A file uploaded to a session (its bytes in the host's file store under `file_id`): pending
 * until the uploader sends it with a message, then linked to that message for good.
 */
export interface MessageAttachmentsTable {
  file_id: string;
  session_id: string;
  uploader_id: string;
  name: string;
  content_type: string;
  size: number;
  message_id: string | null;
  created_at: string;
}

export interface ReadMarkersTable {
  user_id: string;
  session_id: string;
  seq: number;
}

export interface ParameterDefinitionsTable {
  code: string;
  /** JSON ParameterDefinition. */
  definition: string;
  position: number;
}

export interface SessionParamsTable {
  session_id: string;
  code: string;
  /** JSON of the normalized value. */
  value: string;
  sort_text: string | null;
  sort_number: number | null;
}

export interface SessionItemsTable {
  session_id: string;
  app_code: string;
  item_id: string;
  /** `client` (the account app) or `request`. */
  role: string;
  created_at: string;
}

export interface OutboxTable {
  id: string;
  kind: string;
  payload: string;
  /** pending → delivering → done, or dead after the last attempt. */
  status: string;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

/** Response templates (spec §5.4): the folder tree of Articles; the default folder is a row too. */
export interface ArticleFoldersTable {
  id: string;
  name: string;
  parent_id: string | null;
  created_at: string;
}

export interface ArticlesTable {
  id: string;
  folder_id: string;
  name: string;
  description: string;
  link: string;
  /** Lower-cased name and description: search is case-insensitive on both engines. */
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface ResponseTemplatesTable {
  id: string;
  name: string;
  description: string;
  template: string;
  search_text: string;
  created_at: string;
  updated_at: string;
}

/** Saved filters of the Sessions app (spec §4.7), per user. */
export interface SavedFiltersTable {
  id: string;
  user_id: string;
  name: string;
  /** JSON SavedFilterQuery. */
  query: string;
  created_at: string;
}

export interface LiveChatsSchema {
  lc_lines: LinesTable;
  lc_channels: ChannelsTable;
  lc_clients: ClientsTable;
  lc_sessions: SessionsTable;
  lc_messages: MessagesTable;
  lc_message_attachments: MessageAttachmentsTable;
  lc_read_markers: ReadMarkersTable;
  lc_parameter_definitions: ParameterDefinitionsTable;
  lc_session_params: SessionParamsTable;
  lc_outbox: OutboxTable;
  lc_session_items: SessionItemsTable;
  lc_routing_rules: RoutingRulesTable;
  lc_operators: OperatorsTable;
  lc_settings: SettingsTable;
  lc_article_folders: ArticleFoldersTable;
  lc_articles: ArticlesTable;
  lc_response_templates: ResponseTemplatesTable;
  lc_saved_filters: SavedFiltersTable;
}

export type Db = Kysely<LiveChatsSchema>;
export type Tx = Transaction<LiveChatsSchema> | Kysely<LiveChatsSchema>;
// Kysely's Generated is re-exported for migrations that add defaulted columns later.
export type { Generated };
