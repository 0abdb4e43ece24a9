export * from './lib/access';
export * from './lib/errors';
export * from './lib/events';
export * from './lib/partners';
export * from './lib/themes';
export * from './lib/meetings';
export * from './lib/agendas';
export * from './lib/benchmarks';
