import { dirname, join } from 'node:path';

/**
 * Yjs ships two builds. Its CommonJS build — what `require('yjs')` resolves to — reaches every
 * lib0 helper through an interop getter on each call, which made applying a stored 1.3 MB note
 * about twice as slow as its ES module build (measured 175 ms against 92 ms; tools/bench/collab).
 * `useYjsEsmBuild()` makes this process's `require('yjs')` — ours, y-protocols', everyone's —
 * return the ES module build (Node ≥ 20.19 loads ES modules from require()). Only Yjs is
 * redirected: loading every package's "module" build instead (`node --conditions=module`) was
 * measured to slow the live editing path down. Behaviour is the same with either build; there is
 * one Yjs instance either way. Tests running inside jest keep the CommonJS build.
 */
export function useYjsEsmBuild(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require('node:module') as {
    _resolveFilename: (request: string, ...rest: unknown[]) => string;
  };
  const esmEntry = join(dirname(require.resolve('yjs')), 'yjs.mjs');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'yjs' ? esmEntry : resolve.call(this, request, ...rest);
  };
}

/** Whether `require('yjs')` gives the ES module build in this process. */
export function yjsIsEsm(): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const yjs: unknown = require('yjs');
  return Object.prototype.toString.call(yjs) === '[object Module]';
}
