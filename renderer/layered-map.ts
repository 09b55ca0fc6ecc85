/**
 * A map by id whose versions share their entries: a plain Map built once, under a persistent
 * layer of the changes made since. Building ten thousand entries into a persistent map takes
 * tens of milliseconds, a plain Map one or two; each change then costs one entry in the layer,
 * never a copy of the rest.
 */
import { Map as PersistentMap } from 'immutable';

/** Marks, in the layer of changes, an id deleted since the base was built. */
const DELETED = Symbol('deleted');

export class LayeredMap<V> {
  private constructor(
    private readonly base: ReadonlyMap<string, V>,
    private readonly changes: PersistentMap<string, V | typeof DELETED>,
    readonly size: number,
  ) {}

  static of<V>(entries: Iterable<readonly [string, V]>): LayeredMap<V> {
    const base = new Map(entries);
    return new LayeredMap(base, PersistentMap(), base.size);
  }

  get(id: string): V | undefined {
    const changed = this.changes.get(id);
    if (changed === DELETED) return undefined;
    return changed ?? this.base.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, value: V): LayeredMap<V> {
    return new LayeredMap(this.base, this.changes.set(id, value), this.has(id) ? this.size : this.size + 1);
  }

  delete(id: string): LayeredMap<V> {
    if (!this.has(id)) return this;
    const changes = this.base.has(id) ? this.changes.set(id, DELETED) : this.changes.delete(id);
    return new LayeredMap(this.base, changes, this.size - 1);
  }

  /** Every entry: those of the base still there, then those added since. */
  *entries(): IterableIterator<[string, V]> {
    for (const id of this.base.keys()) {
      const current = this.get(id);
      if (current !== undefined) yield [id, current];
    }
    for (const [id, value] of this.changes) {
      if (value !== DELETED && !this.base.has(id)) yield [id, value];
    }
  }

  *values(): IterableIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }

  /** A new map of every entry transformed, with a base of its own. */
  map(transform: (value: V) => V): LayeredMap<V> {
    const base = new Map<string, V>();
    for (const [id, value] of this.entries()) base.set(id, transform(value));
    return new LayeredMap(base, PersistentMap(), base.size);
  }
}
