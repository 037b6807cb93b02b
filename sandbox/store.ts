import { randomBytes } from 'node:crypto';

const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A provider-looking id: `prefix` + 13 random base62 characters (`order_68c00b7btsthf`-like). */
export function newId(prefix: string): string {
  const bytes = randomBytes(13);
  let id = '';
  for (const byte of bytes) id += ID_ALPHABET[byte % ID_ALPHABET.length];
  return `${prefix}${id}`;
}

/**
 * An in-memory table of records keyed by id. Each sandbox instance has its own tables, so
 * tests that start their own sandbox never see each other's orders.
 */
export class MemoryTable<T extends { id: string }> {
  readonly #rows = new Map<string, T>();

  insert(row: T): T {
    this.#rows.set(row.id, row);
    return row;
  }

  get(id: string): T | undefined {
    return this.#rows.get(id);
  }

  /** Applies `changes` to the stored row and returns it (undefined when there is no such row). */
  update(id: string, changes: Partial<T>): T | undefined {
    const row = this.#rows.get(id);
    if (!row) return undefined;
    const updated = { ...row, ...changes };
    this.#rows.set(id, updated);
    return updated;
  }

  filter(predicate: (row: T) => boolean): T[] {
    return [...this.#rows.values()].filter(predicate);
  }
}
