/**
 * The code of a Script activity's sandbox, as text: a worker thread (WORKER_SOURCE) that makes a
 * fresh node:vm context and sets it up with REALM_SOURCE, which runs inside that context.
 *
 * Why a worker: the host must be able to stop a script at any point. Inside the host's own
 * thread, a vm timeout can only interrupt synchronous code, and interrupting a script's promise
 * jobs corrupts Node's async-hook stack and aborts the process whenever async hooks are enabled
 * (as under jest, or with AsyncLocalStorage). A worker is stopped with `terminate()`, whatever
 * it is doing; its memory is capped; the host's thread never runs script code.
 *
 * Only primitives cross the vm boundary: the realm gets JSON text and a single bridge function
 * that it keeps in a closure, so no object of the worker's own realm (whose `constructor` leads
 * to `process` and `require`) is ever reachable from the script.
 */

/** Runs in the worker thread (CommonJS, with `require`). */
export const WORKER_SOURCE = `'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const vm = require('node:vm');
// A rejection the script leaves unhandled must not end the sandbox before it reports.
process.on('unhandledRejection', () => {});
const send = (message) => {
  try { parentPort.postMessage(message); } catch {}
};
const pending = new Map();
let nextCall = 1;
const bridge = (op, a, b, c) => {
  try {
    if (op === 'call') {
      const id = nextCall++;
      pending.set(id, c);
      send({ type: 'call', id, fn: a, args: b });
    } else if (op === 'log') {
      send({ type: 'log', level: a, text: b });
    } else if (op === 'done') {
      send({ type: 'done', ok: a === true, value: b });
    }
  } catch {}
};
parentPort.on('message', (message) => {
  if (!message || message.type !== 'reply') return;
  const settle = pending.get(message.id);
  if (!settle) return;
  pending.delete(message.id);
  try { settle(message.ok === true, message.ok === true ? message.value : message.error); } catch {}
});
try {
  // A null-prototype global: with a plain object, this.constructor.constructor is the worker's Function.
  const context = vm.createContext(Object.create(null), { name: 'process script', codeGeneration: { strings: false, wasm: false } });
  const setup = vm.runInContext(workerData.realmSource, context);
  const factory = new vm.Script('(function (exports, module) {' + workerData.code + '\\n})', { filename: workerData.filename }).runInContext(context);
  setup(bridge, workerData.globals, workerData.context, workerData.instanceId, factory, workerData.functionName);
  vm.runInContext('__lcStart()', context, { timeout: workerData.syncTimeoutMs });
} catch (error) {
  const timeout = error && error.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
  send({
    type: 'done',
    ok: false,
    value: JSON.stringify(timeout
      ? { code: 'process/timeout', message: 'The script ran for more than ' + workerData.syncTimeoutMs + ' ms without pausing.' }
      : { code: 'process/script-error', message: 'The script could not start: ' + String(error && error.message) }),
  });
}
`;

/**
 * Evaluates, inside the sandbox, to the function that installs the globals and `__lcStart`.
 * It captures the intrinsics it uses before any script code runs.
 */
export const REALM_SOURCE = `'use strict';
(bridge, globalsJson, contextJson, instanceId, factory, functionName) => {
  const { apply, defineProperty } = Reflect;
  const { freeze, keys } = Object;
  const { isArray } = Array;
  const { stringify, parse } = JSON;
  const PromiseCtor = Promise;
  const ErrorCtor = Error;
  const StringCtor = String;
  const then = PromiseCtor.prototype.then;
  const hidden = (value) => ({ value, writable: true, enumerable: false, configurable: true });
  const define = (name, value) => defineProperty(globalThis, name, { value, writable: false, enumerable: false, configurable: false });

  const messageOf = (error) => {
    try {
      const message = error !== null && typeof error === 'object' ? error.message : undefined;
      return typeof message === 'string' ? message : StringCtor(error);
    } catch {
      return 'the value cannot be read';
    }
  };
  const describe = (error) => {
    try {
      if (error !== null && (typeof error === 'object' || typeof error === 'function')) {
        const { code, message, name } = error;
        return stringify({
          code: typeof code === 'string' ? code : undefined,
          message: typeof message === 'string' ? message : StringCtor(error),
          name: typeof name === 'string' ? name : undefined,
        });
      }
      return stringify({ message: StringCtor(error) });
    } catch {
      return stringify({ message: 'The script threw something that cannot be read.' });
    }
  };

  // Host values arrive as JSON in which every function is {"__lcFunction": id}: each becomes an
  // async function that calls the host and resolves with what it returned (again revived).
  const hostError = (text) => {
    const info = parse(text);
    const error = new ErrorCtor(info.message);
    if (typeof info.code === 'string') defineProperty(error, 'code', hidden(info.code));
    return error;
  };
  // Arguments go as [count, {index: value}] so that an undefined argument stays undefined (in a
  // JSON array it would become null, and defeat the host function's default parameters).
  const packArgs = (args) => {
    const present = {};
    for (let i = 0; i < args.length; i++) if (args[i] !== undefined) defineProperty(present, i, { value: args[i], enumerable: true });
    return stringify([args.length, present]);
  };
  const call = (id, args) =>
    new PromiseCtor((resolve, reject) => {
      const json = packArgs(args);
      bridge('call', id, json, (ok, text) => (ok ? resolve(text === undefined ? undefined : revive(parse(text))) : reject(hostError(text))));
    });
  const revive = (value) => {
    if (value === null || typeof value !== 'object') return value;
    if (isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
      return value;
    }
    const names = keys(value);
    if (names.length === 1 && names[0] === '__lcFunction') {
      const id = value.__lcFunction;
      return (...args) => call(id, args);
    }
    for (let i = 0; i < names.length; i++) value[names[i]] = revive(value[names[i]]);
    return value;
  };

  const format = (args) => {
    let text = '';
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      let part;
      if (typeof arg === 'string') part = arg;
      else {
        try { part = stringify(arg); } catch { part = undefined; }
        if (part === undefined) part = messageOf(arg);
      }
      text += (i > 0 ? ' ' : '') + part;
    }
    return text;
  };
  const log = (level) => (...args) => {
    let text;
    try { text = format(args); } catch { text = '(a value that cannot be printed)'; }
    bridge('log', level, text);
  };

  const context = freeze({ id: instanceId, data: parse(contextJson) });
  define('Context', context);
  define('console', freeze({ log: log('info'), info: log('info'), debug: log('debug'), warn: log('warn'), error: log('error') }));
  const globals = revive(parse(globalsJson));
  const names = keys(globals);
  for (let i = 0; i < names.length; i++) define(names[i], freeze(globals[names[i]]));

  const done = (ok, text) => bridge('done', ok, text);
  const fail = (error) => done(false, describe(error));
  define('__lcStart', () => {
    let exported;
    try {
      const module = { exports: {} };
      factory(module.exports, module);
      exported = module.exports;
    } catch (error) {
      fail(error);
      return;
    }
    let fn;
    try {
      fn = exported === null || exported === undefined ? undefined : exported[functionName];
    } catch (error) {
      fail(error);
      return;
    }
    if (typeof fn !== 'function') {
      done(false, stringify({ code: 'process/unknown-function', message: 'The script exports no function ' + functionName + '().' }));
      return;
    }
    let result;
    try {
      result = apply(fn, exported, []);
    } catch (error) {
      fail(error);
      return;
    }
    apply(then, new PromiseCtor((resolve) => resolve(result)), [
      () => {
        let json;
        try {
          json = stringify(context.data);
        } catch (error) {
          done(false, stringify({ code: 'process/invalid-value', message: 'Context.data cannot be saved: ' + messageOf(error) }));
          return;
        }
        done(true, json === undefined ? 'null' : json);
      },
      fail,
    ]);
  });
}`;
