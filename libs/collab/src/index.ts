export * from './lib/protocol';
export * from './lib/socket-parser';
