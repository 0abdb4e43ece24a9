import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';

export const NUL_CHARACTER_MESSAGE =
  'The request contains a NUL character (U+0000), which the portal does not accept.';

/** Deeper than any input type of the schema: beyond it, the value is left as it is. */
const MAX_DEPTH = 16;

/**
 * The value with every NUL character (U+0000) removed from its strings, arrays and objects
 * included. Objects (input types built by the ValidationPipe) are cleaned in place; a value
 * without NUL comes back unchanged.
 */
export function withoutNulCharacters<T>(value: T): T {
  return clean(value, 0, new WeakSet());
}

function clean<T>(value: T, depth: number, seen: WeakSet<object>): T {
  if (typeof value === 'string')
    return (value.includes('\u0000') ? value.replaceAll('\u0000', '') : value) as T;
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return value;
  if (ArrayBuffer.isView(value) || value instanceof Date || seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = clean(value[i], depth + 1, seen);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const cleaned = clean(item, depth + 1, seen);
    if (cleaned !== item) record[key] = cleaned;
  }
  return value;
}

/**
 * Every argument a caller sends — of a GraphQL field, or an HTTP route's body, query or path —
 * loses its NUL characters once validated. Values the server supplies through its own parameter
 * decorators (the principal, the client's address, the request itself) are left alone.
 * A NUL is never meaningful text (it arrives with a bad paste), PostgreSQL cannot store one in
 * text and SQLite would: dropping it here gives both databases the same answer, as fields that
 * clean every control character (a case's name, a search) already did. The database error filter
 * stays as a backstop for anything that reaches a query another way.
 */
@Injectable()
export class NulCharacterPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'custom' ? value : withoutNulCharacters(value);
  }
}
