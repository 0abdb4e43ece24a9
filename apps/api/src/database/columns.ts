import { Column, CreateDateColumn, UpdateDateColumn, getMetadataArgsStorage } from 'typeorm';
import type { ColumnOptions } from 'typeorm';

export type DatabaseDialect = 'sqlite' | 'postgres';

/**
 * Date-time columns are `timestamptz` on PostgreSQL and `datetime` on SQLite. Entities declare them
 * with these decorators; `useDialect` sets the concrete type before a DataSource is built, so one
 * set of entities serves both dialects (and their migrations).
 */
const dateTimeColumns = new Set<string>();
const key = (target: object, property: string) =>
  `${(target as { constructor: { name: string } }).constructor.name}.${property}`;

function marked(decorator: PropertyDecorator): PropertyDecorator {
  return (target, property) => {
    dateTimeColumns.add(key(target, String(property)));
    decorator(target, property);
  };
}

export const DateTimeColumn = (options: ColumnOptions = {}) =>
  marked(Column({ ...options, type: 'datetime' }));
export const CreatedAtColumn = () => marked(CreateDateColumn({ type: 'datetime' }));
export const UpdatedAtColumn = () => marked(UpdateDateColumn({ type: 'datetime' }));

export function useDialect(dialect: DatabaseDialect): void {
  const type = dialect === 'postgres' ? 'timestamptz' : 'datetime';
  for (const column of getMetadataArgsStorage().columns) {
    const target = column.target as { prototype?: object };
    if (target.prototype && dateTimeColumns.has(key(target.prototype, column.propertyName))) {
      column.options.type = type;
    }
  }
}
