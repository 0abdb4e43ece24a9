// @ts-check
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/__tests__/**/*.spec.ts?(x)'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json'],
  moduleNameMapper: {
    '\\.css$': '<rootDir>/jest.style-stub.cjs',
    '^@berne/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@berne/collab$': '<rootDir>/../../libs/collab/src/index.ts',
    '^@berne/collab/client$': '<rootDir>/../../libs/collab/src/client.ts',
  },
};
