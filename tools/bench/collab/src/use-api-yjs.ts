import { join } from 'node:path';
import { apiDist } from './common';

/*
 * Imported first by load-bench.ts: the load benchmark measures the server's load path, so it
 * loads Yjs the way the portal does (its ES module build, apps/api/src/collab/yjs-build.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require(join(apiDist(), 'apps/api/src/collab/yjs-build.js')) as {
  useYjsEsmBuild(): void;
};
build.useYjsEsmBuild();
