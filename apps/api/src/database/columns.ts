import { Column, CreateDateColumn, UpdateDateColumn, getMetadataArgsStorage } from 'typeorm';
import type { ColumnOptions, ColumnType } from 'typeorm';

export type DatabaseDialect = 'sqlite' | 'postgres';

/**
 * A few column kinds have different types per dialect: date-times are `timestamptz` on PostgreSQL
 * and `datetime` on SQLite; binary data is `bytea` and `blob`. Entities declare them with these
 * decorators; `useDialect` sets the concrete types before a DataSource is built, so one set of
 * entities serves both dialects (and their migrations).
 */
type Kind = 'datetime' | 'binary';
const TYPES: Record<Kind, Record<DatabaseDialect, ColumnType>> = {
  datetime: { sqlite: 'datetime', postgres: 'timestamptz' },
  binary: { sqlite: 'blob', postgres: 'bytea' },
};

const dialectColumns = new Map<string, Kind>();
const key = (target: object, property: string) =>
  `${(target as { constructor: { name: string } }).constructor.name}.${property}`;

function marked(kind: Kind, decorator: PropertyDecorator): PropertyDecorator {
  return (target, property) => {
    dialectColumns.set(key(target, String(property)), kind);
    decorator(target, property);
  };
}

export const DateTimeColumn = (options: ColumnOptions = {}) =>
  marked('datetime', Column({ ...options, type: 'datetime' }));
export const CreatedAtColumn = () => marked('datetime', CreateDateColumn({ type: 'datetime' }));
export const UpdatedAtColumn = () => marked('datetime', UpdateDateColumn({ type: 'datetime' }));
export const BinaryColumn = (options: ColumnOptions = {}) => marked('binary', Column({ ...options, type: 'blob' }));

export function useDialect(dialect: DatabaseDialect): void {
  for (const column of getMetadataArgsStorage().columns) {
    const target = column.target as { prototype?: object };
    const kind = target.prototype && dialectColumns.get(key(target.prototype, column.propertyName));
    if (kind) column.options.type = TYPES[kind][dialect];
  }
}
