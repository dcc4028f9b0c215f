/**
 * The host's process engine (host/processes/process-engine.ts) on both storage engines: typed
 * inputs, idempotent starts, Script activities in their sandbox (Context, System, namespaces,
 * errors with codes, time limits, what a script cannot reach), system activities.
 */
import { FieldType, type ProcessActivity, type ProcessTemplateInfo, type ProcessVariable, type ScriptRun } from '@elma365/sdk-types';
import { ProcessError } from '../../../host/processes/process-errors';
import { describeEachEngine } from '../../support/requirements';
import { ALICE, BOB, createEngineFixture, type EngineFixture } from './engine-fixture';

const SESSION: ProcessVariable = { code: 'session', name: 'Session', type: 'LINE_SESSION', input: true };
const NOTE: ProcessVariable = { code: 'note', name: 'Note', type: FieldType.STRING };

/** A template with one Script activity calling `main()` of `script`. */
function scripted(code: string, script: string, variables: ProcessVariable[] = [SESSION, NOTE]): ProcessTemplateInfo {
  return { code, name: code, variables, activities: [{ kind: 'script', id: 'main', name: 'Main', function: 'main' }], script };
}

describeEachEngine('the process engine', (storage) => {
  let fixture: EngineFixture;
  let templates = 0;
  beforeAll(async () => {
    fixture = await createEngineFixture(storage);
  });
  afterAll(() => fixture?.close());

  /** Saves a fresh template and runs it. */
  async function runScript(script: string, inputs: Record<string, unknown> = {}, variables?: ProcessVariable[]) {
    const code = `script_${++templates}`;
    await fixture.engine.saveTemplate(scripted(code, script, variables));
    return fixture.engine.run(code, inputs, { initiatorId: ALICE });
  }

  describe('inputs', () => {
    const TYPED: ProcessVariable[] = [
      { code: 'text', name: 'Text', type: FieldType.STRING, input: true },
      { code: 'amount', name: 'Amount', type: FieldType.FLOAT, input: true },
      { code: 'urgent', name: 'Urgent', type: FieldType.BOOLEAN, input: true },
      { code: 'due', name: 'Due', type: FieldType.DATETIME, input: true },
      { code: 'payload', name: 'Payload', type: FieldType.JSON, input: true },
      { code: 'owner', name: 'Owner', type: FieldType.SYS_USER, input: true },
      { code: 'watchers', name: 'Watchers', type: FieldType.SYS_USER, array: true, input: true },
      SESSION,
    ];
    beforeAll(() => fixture.engine.saveTemplate(scripted('typed', 'export function main() {}', TYPED)));

    it('stores valid inputs as the initial context', async () => {
      const instance = await fixture.engine.run(
        'typed',
        { text: 'hi', amount: 2.5, urgent: false, due: '2025-03-01T10:00:00Z', payload: { any: ['thing'] }, owner: ALICE, watchers: [ALICE, BOB], session: { id: 's-1' } },
        { initiatorId: BOB },
      );
      expect(instance).toMatchObject({
        templateCode: 'typed',
        status: 'done',
        initiatorId: BOB,
        context: { text: 'hi', amount: 2.5, urgent: false, due: '2025-03-01T10:00:00Z', payload: { any: ['thing'] }, owner: ALICE, watchers: [ALICE, BOB], session: 's-1' },
      });
      expect(await fixture.engine.getInstance(instance.id)).toEqual(instance);
    });

    it('refuses unknown codes and wrong types with every problem named, and writes nothing', async () => {
      const before = (await fixture.engine.listInstances({ templateCode: 'typed' })).length;
      const error = await fixture.engine
        .run('typed', { text: 1, amount: '2', urgent: 'yes', due: 'tomorrow', owner: 'nobody', watchers: ALICE, session: 7, colour: 'red' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProcessError);
      expect((error as ProcessError).code).toBe('process/invalid-input');
      for (const problem of [
        '"text" must be a string, not number 1',
        '"amount" must be a number, not string "2"',
        '"urgent" must be true or false, not string "yes"',
        '"due" must be an ISO 8601 date-time string, not string "tomorrow"',
        '"owner": there is no user "nobody"',
        '"watchers" must be a list of a user id',
        '"session" must be a live chat session id or {id}, not number 7',
        '"colour" is not a variable of this process',
      ]) {
        expect((error as Error).message).toContain(problem);
      }
      await expect(fixture.engine.run('typed', [] as never)).rejects.toMatchObject({ code: 'process/invalid-input' });
      await expect(fixture.engine.run('typed', {}, { initiatorId: 'ghost' })).rejects.toMatchObject({ code: 'process/invalid-input' });
      await expect(fixture.engine.run('typed', {}, { idempotencyKey: '' })).rejects.toMatchObject({ code: 'process/invalid-input' });
      await expect(fixture.engine.run('no_such_template', {})).rejects.toMatchObject({ code: 'process/template-not-found' });
      expect(await fixture.engine.listInstances({ templateCode: 'typed' })).toHaveLength(before);
    });
  });

  describe('templates', () => {
    it('refuses templates that cannot run', async () => {
      const twice = { ...scripted('twice', 'export function main() {}'), variables: [NOTE, NOTE] };
      await expect(fixture.engine.saveTemplate(twice)).rejects.toThrow('variable "note" is declared twice');
      const dangling: ProcessActivity = { kind: 'system', id: 's', name: 'S', activity: 'x', inputs: { text: 'missing' } };
      await expect(fixture.engine.saveTemplate({ ...scripted('dangling', ''), activities: [dangling] })).rejects.toThrow('names no variable ("missing")');
      await expect(fixture.engine.saveTemplate(scripted('Bad Code', 'export function main() {}'))).rejects.toMatchObject({ code: 'process/invalid-template' });
      await expect(fixture.engine.saveTemplate(scripted('no_main', 'export function other() {}'))).rejects.toMatchObject({ code: 'process/script-invalid' });
      await expect(fixture.engine.saveScript('typed', 'export function main( {')).rejects.toMatchObject({
        code: 'process/script-invalid',
        details: { position: { line: 1, column: 24 } },
      });
    });

    it('lists and reads templates', async () => {
      const codes = (await fixture.engine.listTemplates()).map((template) => template.code);
      expect(codes).toContain('typed');
      expect(await fixture.engine.getTemplate('typed')).toMatchObject({ code: 'typed', activities: [{ kind: 'script', function: 'main' }] });
      expect(await fixture.engine.getTemplate('nope')).toBeUndefined();
    });
  });

  describe('script activities', () => {
    it('read and write Context.data, and know the initiator through System.users', async () => {
      const instance = await runScript(
        `interface Me { name: string }
         export async function main(): Promise<void> {
           const me = (await System.users.getCurrentUser()) as Me;
           const bob = await System.users.get(${JSON.stringify(BOB)});
           Context.data.note = \`\${me.name} qualified \${Context.data.session} (\${Context.id === undefined ? '?' : 'ok'}), cc \${bob.login}\`;
         }`,
        { session: 's-42' },
      );
      expect(instance).toMatchObject({ status: 'done', context: { session: 's-42', note: 'Alice Tester qualified s-42 (ok), cc bob' } });
      expect(instance.finishedAt! >= instance.startedAt).toBe(true);
      expect(await fixture.engine.getInstance(instance.id)).toEqual(instance);
    });

    it('run the activities in order, storing the context after each', async () => {
      await fixture.engine.saveTemplate({
        code: 'two_steps',
        name: 'Two steps',
        variables: [NOTE, { code: 'count', name: 'Count', type: FieldType.FLOAT }],
        activities: [
          { kind: 'script', id: 'first', name: 'First', function: 'first' },
          { kind: 'script', id: 'second', name: 'Second', function: 'second' },
        ],
        script: `export function first() { Context.data.count = 1; Context.data.note = 'one'; }
                 export function second() { Context.data.count += 1; Context.data.note += ', two'; throw { code: 'demo/stop', message: 'Stopped after two.' }; }`,
      });
      const instance = await fixture.engine.run('two_steps', {});
      // The failing activity's own writes are not kept: the context is the one after "first".
      expect(instance).toMatchObject({ status: 'error', context: { count: 1, note: 'one' }, error: { activityId: 'second', code: 'demo/stop', message: 'Stopped after two.' } });
    });

    it('turn what a script throws into the instance error', async () => {
      const thrown = async (body: string) => (await runScript(`export async function main() { ${body} }`)).error;
      expect(await thrown("throw { code: 'crm/refused', message: 'The customer said no.' };")).toEqual({ activityId: 'main', code: 'crm/refused', message: 'The customer said no.' });
      expect(await thrown("const e = new Error('Nope.'); (e as any).code = 'crm/nope'; throw e;")).toMatchObject({ code: 'crm/nope', message: 'Nope.' });
      expect(await thrown("throw new Error('boom');")).toMatchObject({ code: 'process/script-error', message: 'boom' });
      expect(await thrown('(undefined as any).x;')).toMatchObject({ code: 'process/script-error', message: expect.stringMatching(/^TypeError: /) });
      expect(await thrown("throw 'just text';")).toMatchObject({ code: 'process/script-error', message: 'just text' });
      expect(await thrown('await Promise.reject({ code: "crm/later", message: "Later." });')).toMatchObject({ code: 'crm/later' });
      expect(await thrown("Context.data.note = 42;")).toMatchObject({ code: 'process/invalid-value', message: expect.stringContaining('"note" must be a string, not number 42') });
      expect(await thrown("(Context.data as any).other = 1;")).toMatchObject({ code: 'process/invalid-value', message: expect.stringContaining('"other" is not a variable') });
      expect(await thrown("const a: any = {}; a.self = a; Context.data.note = a;")).toMatchObject({ code: 'process/invalid-value', message: expect.stringContaining('Context.data cannot be saved') });
      expect(await thrown('NotDefined.call();')).toMatchObject({ code: 'process/script-error', message: 'ReferenceError: NotDefined is not defined' });
    });

    it('report a missing function and a script that fails while loading', async () => {
      await fixture.engine.saveTemplate(scripted('loading', 'export function main() {}'));
      // Stored scripts are checked when saved; one written behind the engine's back still fails cleanly.
      await fixture.db.updateTable('host_process_templates').set({ script: 'export function other() {}' }).where('code', '=', 'loading').execute();
      expect((await fixture.engine.run('loading', {})).error).toMatchObject({ code: 'process/unknown-function', message: 'The script exports no function main().' });
      await fixture.db.updateTable('host_process_templates').set({ script: "throw new Error('at load'); export function main() {}" }).where('code', '=', 'loading').execute();
      expect((await fixture.engine.run('loading', {})).error).toMatchObject({ code: 'process/script-error', message: 'at load' });
      await fixture.db.updateTable('host_process_templates').set({ script: 'export function main( {' }).where('code', '=', 'loading').execute();
      expect((await fixture.engine.run('loading', {})).error).toMatchObject({ code: 'process/script-invalid' });
    });

    it('cannot reach process, require, timers or code generation', async () => {
      const instance = await runScript(`export function main() {
        const probes: Record<string, () => unknown> = {
          process: () => typeof process,
          require: () => typeof require,
          module: () => typeof (module as any).require,
          globalThis: () => typeof (globalThis as any).process,
          setTimeout: () => typeof setTimeout,
          fetch: () => typeof fetch,
          eval: () => eval('1'),
          Function: () => new Function('return 1')(),
          escapeThis: () => typeof (function (this: any) { return this; })().process,
          escapeGlobal: () => (globalThis as any).constructor.constructor('return process')(),
          escapeContext: () => (Context as any).constructor.constructor('return process')(),
          escapeSystem: () => (System.users.get as any).constructor('return process')(),
          escapeConsole: () => (console.log as any).constructor.constructor('return process')(),
        };
        const results: string[] = [];
        for (const [name, probe] of Object.entries(probes)) {
          try { results.push(name + '=' + String(probe())); } catch (error) { results.push(name + '!' + (error as Error).name); }
        }
        Context.data.note = results.join(' ');
      }`);
      expect(instance.status).toBe('done');
      expect((instance.context.note as string).split(' ')).toEqual([
        'process=undefined',
        'require=undefined',
        'module=undefined',
        'globalThis=undefined',
        'setTimeout=undefined',
        'fetch=undefined',
        'eval!EvalError',
        'Function!EvalError',
        'escapeThis=undefined',
        'escapeGlobal!EvalError',
        'escapeContext!EvalError',
        'escapeSystem!EvalError',
        'escapeConsole!EvalError',
      ]);
    });

    it('stop at the time limit, an infinite loop or a promise that never settles, and the host stays responsive', async () => {
      const tick = () => new Promise<number>((resolve) => setTimeout(() => resolve(Date.now()), 10));
      // The host's own work goes on while a script spins: ticks keep coming.
      const ticks: number[] = [];
      const ticking = setInterval(() => ticks.push(Date.now()), 20);
      try {
        const started = Date.now();
        const [loop, asyncLoop, never] = await Promise.all([
          runScript('export function main() { for (;;) {} }'),
          runScript('export async function main() { await null; while (true) {} }'),
          runScript('export async function main() { await new Promise(() => undefined); }'),
        ]);
        expect(loop.error).toEqual({ activityId: 'main', code: 'process/timeout', message: 'The script ran for more than 250 ms without pausing.' });
        expect(asyncLoop.error).toMatchObject({ code: 'process/timeout', message: 'The activity did not finish within 1500 ms.' });
        expect(never.error).toMatchObject({ code: 'process/timeout', message: 'The activity did not finish within 1500 ms.' });
        expect(Date.now() - started).toBeLessThan(8000);
        // Scripts run in their own threads: the host's timer never waits for them (only for a busy machine).
        expect(ticks.length).toBeGreaterThan(15);
        expect(Math.max(...ticks.slice(1).map((at, i) => at - ticks[i]))).toBeLessThan(1000);
      } finally {
        clearInterval(ticking);
      }
      expect(await tick()).toBeGreaterThan(0);
      expect((await runScript("export function main() { Context.data.note = 'still works'; }")).context.note).toBe('still works');
    });

    it('survive a rejection the script leaves unhandled', async () => {
      const instance = await runScript("export async function main() { Promise.reject(new Error('ignored')); (async () => { throw new Error('also'); })(); Context.data.note = 'fine'; }");
      expect(instance).toMatchObject({ status: 'done', context: { note: 'fine' } });
    });

    it('stop a script that uses too much memory', async () => {
      // Time limits generous enough that only memory can stop it, however busy the machine.
      const roomy = fixture.secondEngine({ syncTimeoutMs: 20_000, activityTimeoutMs: 30_000, scriptMemoryMb: 32 });
      await roomy.saveTemplate(scripted('hungry', 'export function main() { const all: number[][] = []; for (;;) all.push(new Array(1_000_000).fill(1.5)); }'));
      const instance = await roomy.run('hungry', {});
      expect(instance.error).toEqual({ activityId: 'main', code: 'process/out-of-memory', message: 'The script used more than 32 MB of memory.' });
    });

    it('log through console to the host logger', async () => {
      const instance = await runScript("export function main() { console.warn('careful', { n: 1 }, [2]); }");
      expect(fixture.logs).toContainEqual({
        level: 'warn',
        message: 'process script: careful {"n":1} [2]',
        fields: { instanceId: instance.id, templateCode: instance.templateCode, activityId: 'main' },
      });
    });
  });

  describe('script namespaces', () => {
    it('are reachable from scripts, per run, with their errors and results', async () => {
      const calls: unknown[][] = [];
      class Notes {
        constructor(private readonly secret = 'hidden') {}
        async add(session: string, text: string) {
          calls.push(['note', session, text]);
          return { id: 'n-1', text, at: new Date('2025-01-02T03:04:05Z'), later: { count: 2, double: (n: number) => n * 2 } };
        }
        get kind() {
          return 'notes';
        }
      }
      const registration = fixture.engine.registerScriptNamespace('Fake', (run: ScriptRun) => ({
        run,
        notes: new Notes(),
        sessions: {
          setParameter: async (session: unknown, code: unknown, value: unknown, ...rest: unknown[]) => {
            calls.push([run.instanceId, session, code, value, rest.length]);
          },
          refuse: async () => {
            throw Object.assign(new Error('There is no such session.'), { code: 'session/not-found' });
          },
          defaults: (a = 'a', b = 'b') => `${a}${b}`,
        },
      }));
      try {
        expect(() => fixture.engine.registerScriptNamespace('Fake', () => ({}))).toThrow('already registered');
        expect(() => fixture.engine.registerScriptNamespace('Context', () => ({}))).toThrow('cannot be a script namespace');
        expect(() => fixture.engine.registerScriptNamespace('Promise', () => ({}))).toThrow('cannot be a script namespace');
        const instance = await runScript(
          `export async function main() {
            await Fake.sessions.setParameter(Context.data.session, 'contact_phone', { tel: '+1 555 0100' });
            const note = await Fake.notes.add(Context.data.session, 'hello');
            const doubled = await note.later.double(21);
            let refused = '';
            try { await Fake.sessions.refuse(); } catch (error) { refused = (error as any).code + ': ' + (error as Error).message; }
            const kind = await Fake.notes.kind;
            Context.data.note = [Fake.run.templateCode, note.id, note.at, doubled, refused, typeof (Fake.notes as any).secret, kind, await Fake.sessions.defaults(undefined, 'z')].join('|');
          }`,
          { session: 's-9' },
        );
        expect(instance.status).toBe('done');
        expect(calls).toEqual([
          [instance.id, 's-9', 'contact_phone', { tel: '+1 555 0100' }, 0],
          ['note', 's-9', 'hello'],
        ]);
        expect((instance.context.note as string).split('|')).toEqual([
          instance.templateCode,
          'n-1',
          '2025-01-02T03:04:05.000Z',
          '42',
          'session/not-found: There is no such session.',
          'undefined', // a class instance's fields stay behind
          'notes',
          'az',
        ]);
        const uncaught = await runScript('export async function main() { await Fake.sessions.refuse(); }');
        expect(uncaught.error).toEqual({ activityId: 'main', code: 'session/not-found', message: 'There is no such session.' });
      } finally {
        registration.dispose();
      }
      const gone = await runScript('export async function main() { await Fake.sessions.refuse(); }');
      expect(gone.error).toMatchObject({ code: 'process/script-error', message: 'ReferenceError: Fake is not defined' });
    });

    it('report a namespace whose factory fails', async () => {
      const registration = fixture.engine.registerScriptNamespace('Broken', () => {
        throw new Error('not ready');
      });
      try {
        expect((await runScript('export function main() {}')).error).toMatchObject({ code: 'process/namespace-failed', message: 'Broken is not available: not ready' });
      } finally {
        registration.dispose();
      }
    });
  });

  describe('system activities', () => {
    it('get their inputs from variables and literals, and the run', async () => {
      const received: unknown[] = [];
      const registration = fixture.engine.registerSystemActivity('send-response', async (inputs, run) => {
        received.push({ inputs, run });
        if (inputs.text === 'fail') throw Object.assign(new Error('The session is closed.'), { code: 'session/closed' });
      });
      try {
        await fixture.engine.saveTemplate({
          code: 'respond',
          name: 'Respond',
          variables: [SESSION, NOTE],
          activities: [
            { kind: 'script', id: 'prepare', name: 'Prepare', function: 'prepare' },
            { kind: 'system', id: 'send', name: 'Send', activity: 'send-response', inputs: { session: 'session', text: 'note', greeting: '=Hello there', missing: 'session' } },
          ],
          script: "export function prepare() { Context.data.note = Context.data.session === 's-fail' ? 'fail' : 'Thanks!'; }",
        });
        const instance = await fixture.engine.run('respond', { session: 's-1' }, { initiatorId: BOB });
        expect(instance.status).toBe('done');
        expect(received).toEqual([
          {
            inputs: { session: 's-1', text: 'Thanks!', greeting: 'Hello there', missing: 's-1' },
            run: { instanceId: instance.id, templateCode: 'respond', initiatorId: BOB },
          },
        ]);
        const failed = await fixture.engine.run('respond', { session: 's-fail' });
        expect(failed).toMatchObject({ status: 'error', context: { note: 'fail' }, error: { activityId: 'send', code: 'session/closed', message: 'The session is closed.' } });
      } finally {
        registration.dispose();
      }
      const unknown = await fixture.engine.run('respond', { session: 's-2' });
      expect(unknown.error).toEqual({ activityId: 'send', code: 'process/unknown-activity', message: 'No extension provides the activity "send-response".' });
    });

    it('stop at the time limit', async () => {
      const registration = fixture.engine.registerSystemActivity('hang', () => new Promise(() => undefined));
      try {
        await fixture.engine.saveTemplate({ code: 'hanging', name: 'Hanging', variables: [], activities: [{ kind: 'system', id: 'h', name: 'H', activity: 'hang', inputs: {} }], script: '' });
        expect((await fixture.engine.run('hanging', {})).error).toMatchObject({ activityId: 'h', code: 'process/timeout' });
      } finally {
        registration.dispose();
      }
    });
  });

  describe('idempotency', () => {
    it('starts one instance for concurrent runs with one key, on one engine or several', async () => {
      let runs = 0;
      const registration = fixture.engine.registerScriptNamespace('Counter', () => ({ count: async () => ++runs }));
      const other = fixture.secondEngine();
      const otherRegistration = other.registerScriptNamespace('Counter', () => ({ count: async () => ++runs }));
      try {
        await fixture.engine.saveTemplate(scripted('counted', 'export async function main() { Context.data.note = String(await Counter.count()); }'));
        const attempts = await Promise.all([
          ...Array.from({ length: 4 }, () => fixture.engine.run('counted', { session: 's-1' }, { idempotencyKey: 'event-1' })),
          ...Array.from({ length: 4 }, () => other.run('counted', { session: 's-1' }, { idempotencyKey: 'event-1' })),
        ]);
        expect(new Set(attempts.map((instance) => instance.id)).size).toBe(1);
        expect(attempts.every((instance) => instance.status === 'done' && instance.context.note === '1')).toBe(true);
        expect(runs).toBe(1);
        const again = await fixture.engine.run('counted', { session: 'something else' }, { idempotencyKey: 'event-1' });
        expect(again).toEqual(attempts[0]);
        expect(await fixture.engine.listInstances({ templateCode: 'counted' })).toHaveLength(1);
        await fixture.engine.run('counted', { session: 's-1' }, { idempotencyKey: 'event-2' });
        await fixture.engine.run('counted', { session: 's-1' });
        expect(runs).toBe(3);
      } finally {
        registration.dispose();
        otherRegistration.dispose();
      }
    });

    it('ends the activities in progress when the engine stops, and starts no more', async () => {
      const other = fixture.secondEngine();
      await other.saveTemplate(scripted('stopping', 'export async function main() { await new Promise(() => undefined); }'));
      const running = other.run('stopping', {});
      await new Promise((resolve) => setTimeout(resolve, 200));
      const stoppedAt = Date.now();
      other.dispose();
      expect((await running).error).toEqual({ activityId: 'main', code: 'process/interrupted', message: 'The host stopped while the activity was running.' });
      expect(Date.now() - stoppedAt).toBeLessThan(500);
      await expect(other.run('stopping', {})).rejects.toThrow('The process engine has stopped.');
    });

    it('lists instances newest first', async () => {
      const instances = await fixture.engine.listInstances({ templateCode: 'counted' });
      expect(instances).toHaveLength(3);
      expect(instances.map((instance) => instance.startedAt)).toEqual(instances.map((instance) => instance.startedAt).sort().reverse());
      expect(await fixture.engine.listInstances({ limit: 2 })).toHaveLength(2);
    });
  });
});
