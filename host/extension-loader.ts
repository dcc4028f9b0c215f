/**
 * Loads an extension the way the platform does: reads manifest.json without running code, then
 * imports the runtime entry it names and calls `activate(context)`. Production hosts load the
 * built `output`; hosts running under a TypeScript-aware loader (tests) may load the `source`.
 */
import type { ActivateServer, ExtensionManifest, RuntimeEntryName } from '@elma365/sdk-types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type EntryForm = 'output' | 'source';

export function readManifest(root: string): ExtensionManifest {
  return JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as ExtensionManifest;
}

export function entryPath(root: string, manifest: ExtensionManifest, entry: RuntimeEntryName, form: EntryForm): string {
  const declared = manifest.entries[entry];
  if (!declared) throw new Error(`${manifest.id} has no ${entry} entry`);
  return join(root, declared[form]);
}

export function loadServerEntry(root: string, manifest: ExtensionManifest, form: EntryForm): ActivateServer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(entryPath(root, manifest, 'server', form)) as { activate?: ActivateServer };
  if (typeof module.activate !== 'function') throw new Error(`${manifest.id}: the server entry exports no activate()`);
  return module.activate;
}
