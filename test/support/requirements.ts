/**
 * Suites that need something outside Node (PostgreSQL, Chromium) run when it is there. When it
 * is not, the suite reports itself skipped with the reason — and with LIVECHATS_REQUIRE_ALL=1
 * (as in CI) it fails instead, so a missing dependency can never pass silently.
 */
export type Requirement = 'postgres' | 'chromium';

export const CHROMIUM_PATH = process.env.LIVECHATS_CHROMIUM ?? '/usr/bin/chromium';
export const PG_ADMIN_URL = process.env.LIVECHATS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function missing(requirement: Requirement): string | undefined {
  const value = process.env[`LIVECHATS_MISSING_${requirement.toUpperCase()}`];
  if (value === undefined) return `the jest global setup did not check ${requirement}`;
  return value === '' ? undefined : value;
}

export function describeWith(requirement: Requirement, name: string, body: () => void): void {
  const reason = missing(requirement);
  if (!reason) {
    describe(name, body);
  } else if (process.env.LIVECHATS_REQUIRE_ALL === '1') {
    describe(name, () => {
      it(`needs ${requirement}`, () => {
        throw new Error(`${requirement} is required here (LIVECHATS_REQUIRE_ALL=1): ${reason}`);
      });
    });
  } else {
    process.stderr.write(`SKIPPED: "${name}" — ${reason}\n`);
    const skipped = describe.skip;
    skipped(`${name} (skipped: ${reason})`, body);
  }
}

export type Engine = 'sqlite' | 'postgres';

/** Declares the suite once per storage engine. */
export function describeEachEngine(name: string, body: (engine: Engine) => void): void {
  describe(`${name} [sqlite]`, () => body('sqlite'));
  describeWith('postgres', `${name} [postgres]`, () => body('postgres'));
}
