// Jest compiles TypeScript with swc: legacy decorators, no decorator metadata (we always write
// @inject), CommonJS output. Lit and inversify ship ESM only, so they are compiled too.
const esmOnly = ['lit', 'lit-html', 'lit-element', '@lit', '@lit-labs', 'inversify', '@inversifyjs'];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: false, useDefineForClassFields: false },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 60000,
};
