// @ts-check
const esm = ['yjs', 'lib0', 'y-protocols'].join('|');
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'collab',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/__tests__/**/*.spec.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esm})/)`],
};
