// @ts-check
/** Browser tests: the built portal in a child process, driven through playwright-core in Debian's Chromium. */
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  rootDir: require('node:path').resolve(__dirname, '../..'),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/apps/web-e2e/src/**/*.e2e-spec.ts'],
  testTimeout: 60_000,
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  moduleNameMapper: {
    '^@berne/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@berne/collab$': '<rootDir>/libs/collab/src/index.ts',
    '^@berne/collab/(server|client)$': '<rootDir>/libs/collab/src/$1.ts',
  },
};
