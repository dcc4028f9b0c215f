/**
 * The reference host's process engine (HostProcesses): templates with typed context variables,
 * run from start to end — Script activities in a sandbox, system activities by the handlers
 * extensions register — with the instance and its context stored after every activity.
 * Idempotency keys make a repeated start return the instance it already started.
 */
import type {
  Disposable,
  HostDirectory,
  HostLogger,
  HostProcesses,
  ProcessActivity,
  ProcessInstanceInfo,
  ProcessRunOptions,
  ScriptRun,
  SystemActivity,
} from '@elma365/sdk-types';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import vm from 'node:vm';
import type { HostSchema } from '../host-schema';
import { errorInfoOf, ProcessError, type ProcessErrorInfo } from './process-errors';
import { ProcessRepository, type StoredTemplate } from './process-repository';
import { checkTemplate } from './process-template';
import { checkContextWrites, checkInputs } from './process-values';
import { ScriptCompiler } from './script-compiler';
import { ScriptRunner } from './script-runner';

export interface ProcessEngineOptions {
  db: Kysely<HostSchema>;
  directory: Pick<HostDirectory, 'getUser'>;
  logger: HostLogger;
  now?: () => Date;
  /** Longest synchronous slice of script code, in ms: the host does nothing else meanwhile. */
  syncTimeoutMs?: number;
  /** Longest an activity (script or system) may take, in ms. */
  activityTimeoutMs?: number;
  /** Heap limit of a script's sandbox, in MB. */
  scriptMemoryMb?: number;
}

type SystemActivityHandler = (inputs: Record<string, unknown>, run: ScriptRun) => Promise<void>;
type ActivityOutcome = { ok: true; context: Record<string, unknown> } | { ok: false; error: Omit<ProcessErrorInfo, 'activityId'> };

export const DEFAULT_SYNC_TIMEOUT_MS = 1_000;
export const DEFAULT_ACTIVITY_TIMEOUT_MS = 10_000;
export const DEFAULT_SCRIPT_MEMORY_MB = 64;
/** A namespace named `System.<member>` becomes a member of the `System` global. */
const SYSTEM_MEMBER = /^System\.(.+)$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Globals a namespace may not take: the engine's own and the sandbox's built-ins. */
const RESERVED = new Set<string>(['Context', 'System', 'console', '__lcStart', ...(vm.runInNewContext('Object.getOwnPropertyNames(globalThis)') as string[])]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class ProcessEngine implements HostProcesses, Disposable {
  private readonly repository: ProcessRepository;
  private readonly compiler = new ScriptCompiler();
  private readonly runner: ScriptRunner;
  private readonly namespaces = new Map<string, (run: ScriptRun) => object>();
  private readonly systemActivities = new Map<string, SystemActivityHandler>();
  private readonly inFlight = new Map<string, Promise<ProcessInstanceInfo>>();
  private readonly now: () => Date;
  private readonly activityTimeoutMs: number;
  private lastStamp = 0;
  private stopped = false;

  constructor(private readonly options: ProcessEngineOptions) {
    this.repository = new ProcessRepository(options.db);
    this.now = options.now ?? (() => new Date());
    this.activityTimeoutMs = options.activityTimeoutMs ?? DEFAULT_ACTIVITY_TIMEOUT_MS;
    this.runner = new ScriptRunner(
      this.compiler,
      {
        syncTimeoutMs: options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS,
        deadlineMs: this.activityTimeoutMs,
        memoryMb: options.scriptMemoryMb ?? DEFAULT_SCRIPT_MEMORY_MB,
      },
      options.logger,
    );
  }

  // -------------------------------------------------------------------------------------------
  // Templates

  listTemplates(): Promise<StoredTemplate[]> {
    return this.repository.listTemplates();
  }

  getTemplate(code: string): Promise<StoredTemplate | undefined> {
    return this.repository.getTemplate(code);
  }

  /** Creates or replaces a template (the host's seed and tests; the designer edits scripts only). */
  async saveTemplate(template: unknown): Promise<StoredTemplate> {
    const checked = checkTemplate(template);
    await this.compiler.check(checked.script, checked.activities);
    await this.repository.saveTemplate(checked, this.stamp());
    return (await this.repository.getTemplate(checked.code))!;
  }

  /** Replaces a template's script; refuses one that does not compile or lacks an activity's function. */
  async saveScript(code: string, script: string): Promise<StoredTemplate> {
    const template = await this.requireTemplate(code);
    checkTemplate({ ...withoutStamp(template), script });
    await this.compiler.check(script, template.activities);
    if (!(await this.repository.updateScript(code, script, this.stamp()))) throw notFound(code);
    return (await this.repository.getTemplate(code))!;
  }

  // -------------------------------------------------------------------------------------------
  // Instances

  listInstances(filter: { templateCode?: string; limit?: number } = {}): Promise<ProcessInstanceInfo[]> {
    return this.repository.listInstances({ templateCode: filter.templateCode, limit: filter.limit ?? 50 });
  }

  getInstance(id: string): Promise<ProcessInstanceInfo | undefined> {
    return this.repository.getInstance(id);
  }

  async run(templateCode: string, inputs: Record<string, unknown>, options: ProcessRunOptions = {}): Promise<ProcessInstanceInfo> {
    if (this.stopped) throw new Error('The process engine has stopped.');
    const template = await this.requireTemplate(templateCode);
    const { idempotencyKey, initiatorId } = options;
    if (idempotencyKey !== undefined && (typeof idempotencyKey !== 'string' || idempotencyKey.length === 0 || idempotencyKey.length > 200)) {
      throw new ProcessError('process/invalid-input', 'The idempotency key must be a string of 1 to 200 characters.');
    }
    const userExists = async (id: string) => (await this.options.directory.getUser(id)) !== undefined;
    if (initiatorId !== undefined && (typeof initiatorId !== 'string' || !(await userExists(initiatorId)))) {
      throw new ProcessError('process/invalid-input', `There is no user ${JSON.stringify(initiatorId)} to start the process.`);
    }
    const context = await checkInputs(template.variables, inputs, userExists);
    if (idempotencyKey !== undefined) {
      const earlier = await this.repository.findByIdempotencyKey(idempotencyKey);
      if (earlier) return this.settled(earlier, template);
    }
    const instance: ProcessInstanceInfo = {
      id: randomUUID(),
      templateCode,
      status: 'running',
      context,
      ...(initiatorId !== undefined ? { initiatorId } : {}),
      startedAt: this.stamp(),
    };
    if (!(await this.repository.insertInstance(instance, idempotencyKey))) {
      // Another run with this key got in first.
      const winner = idempotencyKey === undefined ? undefined : await this.repository.findByIdempotencyKey(idempotencyKey);
      if (!winner) throw new Error('The process instance could not be stored.');
      return this.settled(winner, template);
    }
    const execution = this.execute(template, instance);
    this.inFlight.set(instance.id, execution);
    try {
      return await execution;
    } finally {
      this.inFlight.delete(instance.id);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Contributions

  registerScriptNamespace(name: string, factory: (run: ScriptRun) => object): Disposable {
    const member = SYSTEM_MEMBER.exec(name)?.[1];
    const valid = member ? IDENTIFIER.test(member) && member !== 'users' : IDENTIFIER.test(name) && !RESERVED.has(name);
    if (!valid) throw new Error(`"${name}" cannot be a script namespace: it must be an identifier (or System.<identifier>) and not a built-in global.`);
    if (this.namespaces.has(name)) throw new Error(`The script namespace ${name} is already registered.`);
    this.namespaces.set(name, factory);
    return { dispose: () => void (this.namespaces.get(name) === factory && this.namespaces.delete(name)) };
  }

  registerSystemActivity(activity: string, handler: SystemActivityHandler): Disposable {
    if (typeof activity !== 'string' || activity.trim() === '' || activity.length > 200) throw new Error('A system activity needs a name of 1 to 200 characters.');
    if (this.systemActivities.has(activity)) throw new Error(`The system activity ${activity} is already registered.`);
    this.systemActivities.set(activity, handler);
    return { dispose: () => void (this.systemActivities.get(activity) === handler && this.systemActivities.delete(activity)) };
  }

  /** Stops the engine: no new runs; Script activities in progress end with `process/interrupted`. */
  dispose(): void {
    this.stopped = true;
    this.runner.stopAll();
    this.namespaces.clear();
    this.systemActivities.clear();
  }

  // -------------------------------------------------------------------------------------------

  private async requireTemplate(code: string): Promise<StoredTemplate> {
    const template = typeof code === 'string' ? await this.repository.getTemplate(code) : undefined;
    if (!template) throw notFound(code);
    return template;
  }

  /** Timestamps that never repeat or go back within this engine (instances sort by them). */
  private stamp(): string {
    this.lastStamp = Math.max(this.now().getTime(), this.lastStamp + 1);
    return new Date(this.lastStamp).toISOString();
  }

  /** The instance another run started: waited for until it ends (or until it surely should have). */
  private async settled(instance: ProcessInstanceInfo, template: StoredTemplate): Promise<ProcessInstanceInfo> {
    const giveUp = Date.now() + (template.activities.length + 1) * this.activityTimeoutMs;
    let current = instance;
    while (current.status === 'running' && Date.now() < giveUp) {
      const local = this.inFlight.get(current.id);
      if (local) return local;
      await sleep(50);
      current = (await this.repository.getInstance(current.id)) ?? current;
    }
    return current;
  }

  private async execute(template: StoredTemplate, instance: ProcessInstanceInfo): Promise<ProcessInstanceInfo> {
    const run: ScriptRun = { instanceId: instance.id, templateCode: template.code, ...(instance.initiatorId ? { initiatorId: instance.initiatorId } : {}) };
    let context = instance.context;
    try {
      for (const activity of template.activities) {
        const outcome = await this.runActivity(template, activity, context, run);
        if (!outcome.ok) return await this.finish({ ...instance, context, status: 'error', error: { activityId: activity.id, ...outcome.error } });
        context = outcome.context;
        await this.repository.saveContext(instance.id, context);
      }
      return await this.finish({ ...instance, context, status: 'done' });
    } catch (error) {
      // Storage failed under us: record the failure if storage lets us, and answer with it anyway.
      this.options.logger.error('a process instance failed in the engine', { instanceId: instance.id, error: error instanceof Error ? error.message : String(error) });
      const failed: ProcessInstanceInfo = {
        ...instance,
        context,
        status: 'error',
        error: { code: 'process/internal', message: 'The process engine failed while running this instance.' },
        finishedAt: this.stamp(),
      };
      await this.repository.finish(failed).catch(() => undefined);
      return failed;
    }
  }

  private async finish(instance: ProcessInstanceInfo): Promise<ProcessInstanceInfo> {
    const finished = { ...instance, finishedAt: this.stamp() };
    await this.repository.finish(finished);
    if (finished.status === 'error') {
      this.options.logger.warn('a process instance ended with an error', { instanceId: finished.id, templateCode: finished.templateCode, ...finished.error });
    }
    return finished;
  }

  private async runActivity(template: StoredTemplate, activity: ProcessActivity, context: Record<string, unknown>, run: ScriptRun): Promise<ActivityOutcome> {
    if (activity.kind === 'script') {
      const outcome = await this.runner.run({
        templateCode: template.code,
        script: template.script,
        functionName: activity.function,
        data: context,
        run,
        globals: this.globalsFor(run),
        log: (level, text) => this.options.logger[level](`process script: ${text}`, { instanceId: run.instanceId, templateCode: run.templateCode, activityId: activity.id }),
      });
      if (!outcome.ok) return outcome;
      try {
        return { ok: true, context: checkContextWrites(template.variables, context, outcome.data) };
      } catch (error) {
        return { ok: false, error: errorInfoOf(error, 'process/invalid-value') };
      }
    }
    if (activity.kind === 'system') return this.runSystemActivity(activity, context, run);
    const kind = (activity as { kind?: unknown }).kind;
    return { ok: false, error: { code: 'process/unknown-activity', message: `The engine cannot run activities of kind ${JSON.stringify(kind)}.` } };
  }

  private async runSystemActivity(activity: SystemActivity, context: Record<string, unknown>, run: ScriptRun): Promise<ActivityOutcome> {
    const handler = this.systemActivities.get(activity.activity);
    if (!handler) return { ok: false, error: { code: 'process/unknown-activity', message: `No extension provides the activity "${activity.activity}".` } };
    const inputs: Record<string, unknown> = {};
    for (const [name, source] of Object.entries(activity.inputs)) {
      if (source.startsWith('=')) inputs[name] = source.slice(1);
      else if (source in context) inputs[name] = structuredClone(context[source]);
    }
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ProcessError('process/timeout', `The activity did not finish within ${this.activityTimeoutMs} ms.`)), this.activityTimeoutMs);
    });
    try {
      await Promise.race([Promise.resolve().then(() => handler(inputs, { ...run })), deadline]);
      return { ok: true, context };
    } catch (error) {
      return { ok: false, error: errorInfoOf(error, 'process/activity-failed') };
    } finally {
      clearTimeout(timer);
    }
  }

  /** What a Script activity's sandbox gets besides `Context` and `console`: made afresh for every activity. */
  private globalsFor(run: ScriptRun): Record<string, () => unknown> {
    const { directory } = this.options;
    const globals: Record<string, () => unknown> = {
      System: () => {
        const system: Record<string, unknown> = {
          users: {
            getCurrentUser: async () => (run.initiatorId ? directory.getUser(run.initiatorId) : undefined),
            get: async (id: unknown) => (typeof id === 'string' ? directory.getUser(id) : undefined),
          },
        };
        // Extensions contribute members of System too, as the platform's modules do (System.lines).
        for (const [name, factory] of this.namespaces) {
          const member = SYSTEM_MEMBER.exec(name)?.[1];
          if (member) system[member] = factory({ ...run });
        }
        return system;
      },
    };
    for (const [name, factory] of this.namespaces) if (!SYSTEM_MEMBER.test(name)) globals[name] = () => factory({ ...run });
    return globals;
  }
}

const notFound = (code: unknown) => new ProcessError('process/template-not-found', `There is no process template ${JSON.stringify(code)}.`);

function withoutStamp(template: StoredTemplate): Omit<StoredTemplate, 'updatedAt'> {
  const { updatedAt: _updatedAt, ...rest } = template;
  return rest;
}
