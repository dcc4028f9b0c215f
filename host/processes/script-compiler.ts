/**
 * Turns a template's script module (TypeScript or JavaScript) into what a sandbox runs: esbuild
 * strips the types and rewrites `export` to CommonJS, once per distinct text. Also checks a
 * script before it is saved: it must parse, import nothing (scripts get their API as globals)
 * and export the functions its Script activities call.
 */
import type { ProcessActivity } from '@elma365/sdk-types';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { ProcessError } from './process-errors';

type Esbuild = typeof import('esbuild');

// esbuild's JavaScript API cannot be bundled into the host's own build, so it is loaded from
// node_modules when the first script is compiled, by a require the bundler does not follow.
let esbuild: Esbuild | undefined;
const loadEsbuild = (): Esbuild => (esbuild ??= createRequire(__filename)('esbuild') as Esbuild);

interface EsbuildMessage {
  text: string;
  location?: { line: number; column: number; lineText?: string } | null;
}

/** `process/script-invalid` with esbuild's first message and where it points (1-based line and column). */
function invalid(error: unknown): ProcessError {
  const first = (error as { errors?: EsbuildMessage[] }).errors?.[0];
  if (!first) return new ProcessError('process/script-invalid', `The script cannot be compiled: ${error instanceof Error ? error.message : String(error)}`);
  const location = first.location ?? undefined;
  const position = location ? { line: location.line, column: location.column + 1 } : undefined;
  const where = position ? `Line ${position.line}, column ${position.column}: ` : '';
  return new ProcessError('process/script-invalid', `${where}${first.text}`, position ? { position } : undefined);
}

const CACHE_SIZE = 64;

export class ScriptCompiler {
  private readonly cache = new Map<string, Promise<string>>();

  /** The script as CommonJS (compiled once per text); rejects with `process/script-invalid`. */
  compile(script: string, templateCode: string): Promise<string> {
    const key = createHash('sha256').update(templateCode).update('\0').update(script).digest('hex');
    let compiled = this.cache.get(key);
    if (!compiled) {
      compiled = this.transpile(script, templateCode);
      this.cache.set(key, compiled);
      compiled.catch(() => this.cache.delete(key));
      if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    }
    return compiled;
  }

  /** Refuses a script that would not run: syntax, imports, missing functions. */
  async check(script: string, activities: readonly ProcessActivity[]): Promise<void> {
    let exports: string[];
    let imports: string[];
    try {
      const result = await loadEsbuild().build({
        stdin: { contents: script, loader: 'ts', sourcefile: 'script.ts' },
        write: false,
        bundle: false,
        format: 'esm',
        outfile: 'script.js',
        metafile: true,
        logLevel: 'silent',
      });
      const output = Object.values(result.metafile.outputs)[0];
      exports = output?.exports ?? [];
      imports = (output?.imports ?? []).map((entry) => entry.path);
    } catch (error) {
      throw invalid(error);
    }
    if (imports.length > 0) {
      throw new ProcessError('process/script-invalid', `Scripts cannot import modules (${imports.join(', ')}): use the globals Context, System and the extensions' namespaces.`);
    }
    const missing = activities.filter((activity) => activity.kind === 'script' && !exports.includes(activity.function));
    if (missing.length > 0) {
      const list = missing.map((activity) => `${activity.kind === 'script' ? activity.function : ''}() for "${activity.name}"`).join(', ');
      throw new ProcessError('process/script-invalid', `The script must export ${list}.`);
    }
  }

  private async transpile(script: string, templateCode: string): Promise<string> {
    try {
      return (await loadEsbuild().transform(script, { loader: 'ts', format: 'cjs', target: 'es2022', sourcefile: `${templateCode}.ts` })).code;
    } catch (error) {
      throw invalid(error);
    }
  }
}
