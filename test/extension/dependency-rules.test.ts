/**
 * The dependency rules of DESIGN.md §1, checked on every import: common/ imports nothing of ours
 * but sdk-types; workspace/ and widgets/ never import server/; nothing in src/ imports host/;
 * scripts/ imports only common/ (and itself).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../support/test-host';

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Project-relative targets of the relative imports of a file. */
function localImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const targets = [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)].map((m) => m[1]);
  return targets.map((target) => relative(ROOT, resolve(dirname(file), target)));
}

const src = (area: string): string[] => files(join(ROOT, 'src', area));

describe('dependency rules', () => {
  it('keeps src/extension/common free of everything of ours but itself', () => {
    const offending = src('extension/common').flatMap((file) =>
      localImports(file).filter((target) => !target.startsWith('src/extension/common')).map((target) => `${relative(ROOT, file)} → ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the browser entries away from the server, and all of src away from the host', () => {
    const browser = [...src('extension/workspace'), ...src('widgets')].flatMap((file) =>
      localImports(file).filter((target) => target.startsWith('src/extension/server')).map((target) => `${relative(ROOT, file)} → ${target}`),
    );
    const host = files(join(ROOT, 'src')).flatMap((file) =>
      localImports(file).filter((target) => target.startsWith('host')).map((target) => `${relative(ROOT, file)} → ${target}`),
    );
    expect([...browser, ...host]).toEqual([]);
  });

  it('lets the script hooks use only the domain', () => {
    const offending = src('scripts').flatMap((file) =>
      localImports(file)
        .filter((target) => !target.startsWith('src/scripts') && !target.startsWith('src/extension/common'))
        .map((target) => `${relative(ROOT, file)} → ${target}`),
    );
    expect(offending).toEqual([]);
  });
});
