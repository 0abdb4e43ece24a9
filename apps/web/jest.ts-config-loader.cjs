/*
 * Jest 30 on Node 20 can only read `jest.config.ts` through ts-node or esbuild-register, and the
 * workspace installs neither. When ts-node is absent, this preload compiles `.ts` files that Node
 * itself requires (only the Jest config; test files go through Jest's own @swc/jest transform)
 * with @swc/core, and tells Jest that Node can load TypeScript. Drop it once ts-node is installed
 * or the workspace runs on Node >= 22.18.
 */
'use strict';

function hasTsNode() {
  try {
    require.resolve('ts-node');
    return true;
  } catch {
    return false;
  }
}

if (!process.features.typescript && !hasTsNode()) {
  const fs = require('node:fs');
  const { transformSync } = require('@swc/core');
  require.extensions['.ts'] = (module, filename) => {
    const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
      filename,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    module._compile(code, filename);
  };
  process.features.typescript = 'transform';
}
