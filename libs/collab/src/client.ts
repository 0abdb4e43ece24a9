export * from './lib/client/provider';
