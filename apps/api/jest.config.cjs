// @ts-check
// Nest 12 and yjs ship ES modules; @swc/jest transforms them (see shared/design/STACK.md).
const esm = [
  '@nestjs', '@apollo', '@as-integrations', 'file-type', 'yjs', 'lib0', 'y-protocols', '@whatwg-node',
  'strtok3', 'token-types', 'uint8array-extras', '@tokenizer',
  // pdf.js's worker (an .mjs inside pdf-parse), loaded by the export tests: see pdf-text.ts there.
  'pdf-parse',
].join('|');

const base = {
  rootDir: require('node:path').resolve(__dirname, '../..'),
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esm})/)`],
  moduleNameMapper: {
    '^@berne/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@berne/collab$': '<rootDir>/libs/collab/src/index.ts',
    '^@berne/collab/(server|client)$': '<rootDir>/libs/collab/src/$1.ts',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};

/** @type {import('jest').Config} */
const config = {
  // Integration suites start the real app on a fresh database (migrations and demo data) in their
  // beforeAll; on a busy machine that passes jest's 5 s default (a project-level value is not
  // applied when several projects run). A hook that times out leaves the app starting with nobody
  // to close it, and jest then never exits.
  testTimeout: 30_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/apps/api/src/**/__tests__/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'],
    },
    {
      ...base,
      displayName: 'processes',
      // Real server processes from the build (dist/apps/api): run through `nx run api:test-processes`.
      testMatch: ['<rootDir>/apps/api/test/processes/**/*.process-spec.ts'],
    },
  ],
};

module.exports = config;
