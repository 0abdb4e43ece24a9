/**
 * Which build of Yjs this process runs. The portal's processes start with
 * `node --conditions=module` so that `require('yjs')` resolves to Yjs's ES module build (its
 * package exports a "module" condition; Node ≥ 20.19 loads ES modules from require()). Yjs's
 * CommonJS build reaches every lib0 helper through an interop getter on each call, which made
 * applying a stored 1.3 MB note about twice as slow (measured 175 ms against 92 ms; see
 * tools/bench/collab). Behaviour is the same either way; tests running inside jest use the
 * CommonJS build.
 */
export function yjsIsEsm(): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const yjs: unknown = require('yjs');
  return Object.prototype.toString.call(yjs) === '[object Module]';
}
