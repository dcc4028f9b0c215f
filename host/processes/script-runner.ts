/**
 * Runs one Script activity in a sandbox of its own (a worker thread with a fresh node:vm
 * context, see script-sandbox-source.ts): `Context`, `System`, `console` and the extensions'
 * namespaces as globals, the template's module loaded, the activity's function called and
 * awaited under a deadline, the worker terminated afterwards whatever happened. Resolves with
 * the new `Context.data` or with the error that stopped the activity; never rejects.
 */
import type { HostLogger, ScriptRun } from '@elma365/sdk-types';
import { Worker } from 'node:worker_threads';
import { isErrorCode, ProcessError, truncate, type ProcessErrorInfo } from './process-errors';
import { HostBridge, MAX_CALL_JSON } from './script-bridge';
import type { ScriptCompiler } from './script-compiler';
import { REALM_SOURCE, WORKER_SOURCE } from './script-sandbox-source';

export interface ScriptLimits {
  /** Longest the script may run before its first pause (module load and the call's synchronous part). */
  syncTimeoutMs: number;
  /** Longest the whole activity may take. */
  deadlineMs: number;
  /** Heap of a sandbox. */
  memoryMb: number;
}

export interface ScriptActivityInput {
  templateCode: string;
  script: string;
  functionName: string;
  data: Record<string, unknown>;
  run: ScriptRun;
  /** Host objects to expose as globals (System, the namespaces), made by these for each activity. */
  globals: Record<string, () => unknown>;
  log(level: 'debug' | 'info' | 'warn' | 'error', text: string): void;
}

type ActivityError = Omit<ProcessErrorInfo, 'activityId'>;
export type ScriptOutcome = { ok: true; data: unknown } | { ok: false; error: ActivityError };

type WorkerMessage =
  | { type: 'call'; id: number; fn: unknown; args: unknown }
  | { type: 'log'; level: unknown; text: unknown }
  | { type: 'done'; ok: boolean; value: unknown };

const LOG_LEVELS = new Set(['debug', 'info', 'warn', 'error']);
const BUILTIN_ERRORS = new Set(['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError', 'EvalError', 'URIError', 'AggregateError']);

/** The code and message of something a script threw, as the sandbox described it. */
function fromDescription(description: unknown): ActivityError {
  let parsed: { code?: unknown; message?: unknown; name?: unknown } = {};
  try {
    parsed = typeof description === 'string' ? (JSON.parse(description) as typeof parsed) : {};
  } catch {
    // the generic message below
  }
  const message = typeof parsed.message === 'string' && parsed.message ? parsed.message : 'The script failed.';
  if (isErrorCode(parsed.code)) return { code: parsed.code, message: truncate(message) };
  const prefix = typeof parsed.name === 'string' && BUILTIN_ERRORS.has(parsed.name) ? `${parsed.name}: ` : '';
  return { code: 'process/script-error', message: truncate(`${prefix}${message}`) };
}

const fail = (code: string, message: string): ScriptOutcome => ({ ok: false, error: { code, message } });

export class ScriptRunner {
  /** Stops each activity in progress. */
  private readonly active = new Set<() => void>();

  constructor(
    private readonly compiler: ScriptCompiler,
    private readonly limits: ScriptLimits,
    private readonly logger: HostLogger,
  ) {}

  async run(input: ScriptActivityInput): Promise<ScriptOutcome> {
    let code: string;
    try {
      code = await this.compiler.compile(input.script, input.templateCode);
    } catch (error) {
      return error instanceof ProcessError ? fail(error.code, error.message) : fail('process/script-invalid', String(error));
    }
    const bridge = new HostBridge();
    const globals: Record<string, unknown> = {};
    for (const [name, create] of Object.entries(input.globals)) {
      try {
        globals[name] = bridge.encode(create()) ?? null;
      } catch (error) {
        return fail('process/namespace-failed', truncate(`${name} is not available: ${error instanceof Error ? error.message : String(error)}`));
      }
    }
    return new Promise<ScriptOutcome>((resolve) => {
      let settled = false;
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: {
          realmSource: REALM_SOURCE,
          code,
          filename: `process:${input.templateCode}.js`,
          functionName: input.functionName,
          instanceId: input.run.instanceId,
          context: JSON.stringify(input.data),
          globals: JSON.stringify(globals),
          syncTimeoutMs: this.limits.syncTimeoutMs,
        },
        env: {},
        argv: [],
        execArgv: [],
        stdout: true,
        stderr: true,
        resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb, maxYoungGenerationSizeMb: Math.min(16, this.limits.memoryMb) },
      });
      const finish = (outcome: ScriptOutcome) => {
        if (settled) return;
        settled = true;
        this.active.delete(stop);
        clearTimeout(deadline);
        worker.terminate().catch(() => undefined);
        resolve(outcome);
      };
      const deadline = setTimeout(() => finish(fail('process/timeout', `The activity did not finish within ${this.limits.deadlineMs} ms.`)), this.limits.deadlineMs);
      const stop = () => finish(fail('process/interrupted', 'The host stopped while the activity was running.'));
      this.active.add(stop);
      worker.on('message', (message: WorkerMessage) => {
        if (settled) return;
        if (message.type === 'call') {
          void bridge.call(message.fn, message.args).then((reply) => {
            if (settled) return;
            try {
              worker.postMessage({ type: 'reply', id: message.id, ...reply });
            } catch (error) {
              this.logger.warn('a host call result could not reach its script', { error: String(error) });
            }
          });
        } else if (message.type === 'log') {
          const level = typeof message.level === 'string' && LOG_LEVELS.has(message.level) ? (message.level as 'info') : 'info';
          input.log(level, truncate(String(message.text), 2000));
        } else if (message.type === 'done') {
          finish(message.ok ? this.dataOf(message.value) : { ok: false, error: fromDescription(message.value) });
        }
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(fail('process/out-of-memory', `The script used more than ${this.limits.memoryMb} MB of memory.`));
        else finish(fail('process/script-error', truncate(`The script's sandbox failed: ${error.message}`)));
      });
      worker.on('exit', () => finish(fail('process/script-error', "The script's sandbox stopped before the activity finished.")));
    });
  }

  /** Ends every activity in progress (the host is stopping). */
  stopAll(): void {
    for (const stop of [...this.active]) stop();
  }

  private dataOf(value: unknown): ScriptOutcome {
    if (typeof value !== 'string') return fail('process/invalid-value', 'The script left no Context.data.');
    if (value.length > MAX_CALL_JSON) return fail('process/invalid-value', `Context.data is larger than ${MAX_CALL_JSON} characters of JSON.`);
    try {
      return { ok: true, data: JSON.parse(value) as unknown };
    } catch {
      return fail('process/invalid-value', 'Context.data is not valid JSON.');
    }
  }
}
