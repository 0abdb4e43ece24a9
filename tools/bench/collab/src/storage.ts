import { resolve } from 'node:path';
import type * as Y from 'yjs';
import { apiDist } from './common';
import type { OursDatabase } from './servers';

/**
 * Our storage as the server runs it: the built TypeOrmCollabStorage, DocRegistry and TypeORM
 * options from dist/apps/api (run `npx nx build api` first; the driver runs a copy of it). Loaded at run time so that this
 * benchmark measures exactly the code the server runs.
 */
export interface CollabStorageLike {
  load(docId: string): Promise<{ snapshot: Uint8Array | null; updates: Uint8Array[] }>;
  append(docId: string, updates: Uint8Array[]): Promise<void>;
  compact(docId: string): Promise<number>;
}

interface DataSourceLike {
  initialize(): Promise<DataSourceLike>;
  destroy(): Promise<void>;
  runMigrations(options?: { transaction?: 'all' | 'none' | 'each' }): Promise<unknown[]>;
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface SharedDocLike {
  doc: Y.Doc;
  destroy(): void;
}

export interface DocRegistryLike {
  open(docId: string): Promise<SharedDocLike>;
  close(): Promise<void>;
}

/* eslint-disable @typescript-eslint/no-require-imports */
function api<T>(path: string): T {
  return require(resolve(apiDist(), path)) as T;
}

export async function openStorage(database: OursDatabase, migrate = false) {
  require('reflect-metadata');
  const { DataSource } = require('typeorm') as { DataSource: new (o: unknown) => DataSourceLike };
  const { dataSourceOptions } = api<{ dataSourceOptions(d: OursDatabase): unknown }>(
    'apps/api/src/database/data-source.js',
  );
  const { TypeOrmCollabStorage } = api<{
    TypeOrmCollabStorage: new (ds: DataSourceLike) => CollabStorageLike;
  }>('apps/api/src/collab/typeorm-collab.storage.js');
  const dataSource = new DataSource(dataSourceOptions(database));
  await dataSource.initialize();
  if (migrate) await dataSource.runMigrations({ transaction: 'each' });
  const storage = new TypeOrmCollabStorage(dataSource);
  return { dataSource, storage };
}

/** The server's DocRegistry over a storage, with the server's settings (no broadcast targets). */
export function createRegistry(storage: CollabStorageLike): DocRegistryLike {
  const { DocRegistry } = api<{ DocRegistry: new (o: unknown) => DocRegistryLike }>(
    'libs/collab/src/lib/server/doc-registry.js',
  );
  return new DocRegistry({
    storage,
    maxUpdateBytes: 512 * 1024,
    maxDocumentBytes: 16 * 1024 * 1024,
    idleMs: 30_000,
    compactEvery: 500,
    onUpdate: () => undefined,
    onError: (docId: string, error: unknown) => console.error(`registry ${docId}:`, error),
  });
}
