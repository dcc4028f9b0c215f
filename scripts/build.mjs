// Builds every runtime entry named in manifest.json, the reference host and its shell page,
// and the benchmarks, with esbuild. Node code is bundled to CommonJS with the packages that
// are plain CommonJS (or native) left in node_modules; browser code is bundled whole.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
const nodeExternal = ['better-sqlite3', 'pg', 'pg-native', 'kysely', 'fastify', '@fastify/*', 'ws', 'zod', 'playwright-core'];
const browserEntries = new Set(['workspace', 'widgets', 'site']);

const common = { bundle: true, sourcemap: true, logLevel: 'warning', tsconfig: 'tsconfig.json' };
const node = { ...common, platform: 'node', target: 'node20', format: 'cjs', external: nodeExternal };
const browser = { ...common, platform: 'browser', target: 'es2022', format: 'esm', minify: true };

const jobs = Object.entries(manifest.entries).map(([name, entry]) =>
  build({ ...(browserEntries.has(name) ? browser : node), entryPoints: [entry.source], outfile: entry.output }),
);
jobs.push(build({ ...node, entryPoints: ['host/main.ts'], outfile: 'dist/host/main.js' }));
jobs.push(build({ ...browser, entryPoints: ['host/shell/shell.ts'], outfile: 'dist/host/assets/shell.js' }));
jobs.push(build({ ...node, entryPoints: ['bench/run.ts'], outfile: 'dist/bench/run.js' }));

const started = Date.now();
await Promise.all(jobs);
console.log(`built ${jobs.length} bundles in ${Date.now() - started} ms`);
