/**
 * Process templates, their start context, instances and tasks (the SDK's `processes` surface:
 * `Namespace.processes.<code>`, `App.processes.<code>`, `System.processes`), under the SDK's own
 * names. Tasks are modelled only as far as searching them.
 */
import type { BaseItemData, FieldSchema, ItemRef, Search } from './items';
import type { TDatetime } from './types';
import type { UserItemRef } from './users';

/** A JSON value as accepted by `run()`. */
export type ProcessRunValue =
  | string
  | number
  | boolean
  | null
  | ProcessRunValue[]
  | { [key: string]: ProcessRunValue };

/** An app-agnostic item reference in a start context (the `__item` input). */
export interface ProcessItemInput {
  id: string;
  code: string;
  namespace: string;
}

/**
 * The start context of a process: plain JSON keyed by context-field code. Links go as arrays of
 * ids, list values as `[{code, name}]`, date-times as ISO strings (`Datetime.format()`).
 */
export type ProcessRunContext<Ctx extends object = Record<string, unknown>> = {
  [K in keyof Ctx]?: ProcessRunValue;
} & { __item?: ProcessItemInput };

export type ProcessInstanceData<Ctx extends object = Record<string, unknown>> = BaseItemData &
  Partial<Ctx>;

export type ProcessInstanceItemRef<Ctx extends object = Record<string, unknown>> = ItemRef<
  ProcessInstanceItem<Ctx>
>;

export interface ProcessInstanceItem<Ctx extends object = Record<string, unknown>>
  extends ProcessInstanceItemRef<Ctx> {
  readonly data: ProcessInstanceData<Ctx>;
  /** The instance that started this one as a subprocess. */
  getParent(): Promise<ProcessInstanceItem | undefined>;
  getTemplate(): Promise<ProcessTemplate<Ctx>>;
}

export interface TaskData extends BaseItemData {
  performers: UserItemRef[];
  state: string;
  dueDate?: TDatetime;
}

export interface TaskItem extends ItemRef<TaskItem> {
  readonly data: TaskData;
}

export interface ProcessTemplate<Ctx extends object = Record<string, unknown>> {
  readonly namespace: string;
  readonly code: string;
  /** The context fields of the template, by code. */
  readonly context: Readonly<Record<string, FieldSchema>>;
  /** Starts the latest published version; some hosts return no instance reference. */
  run(context: ProcessRunContext<Ctx>): Promise<ProcessInstanceItemRef<Ctx> | undefined>;
  _searchInstances(): Search<ProcessInstanceItem<Ctx>, ProcessInstanceData<Ctx>>;
  _searchTasks(): Search<TaskItem, TaskData>;
}
