export * from './lib/server/awareness-filter';
export * from './lib/server/doc-registry';
export * from './lib/server/storage';
export * from './lib/document';
