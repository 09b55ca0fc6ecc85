/**
 * A map by id whose versions share their entries: a plain Map built once, under a persistent
 * layer of the changes made since. Building ten thousand entries into a persistent map takes
 * tens of milliseconds, a plain Map one or two; each change then costs one entry in the layer,
 * never a copy of the rest. The plain Map is built when it is first read: a document's
 * annotations are held by id from the moment it opens, but looked up only once it is on screen.
 */
import { Map as PersistentMap } from 'immutable';

/** Marks, in the layer of changes, an id deleted since the base was built. */
const DELETED = Symbol('deleted');

/** The entries every version shares: values with distinct ids, put in a Map on first use. */
class Base<V extends { readonly id: string }> {
  private built: Map<string, V> | undefined;

  constructor(private readonly values: readonly V[]) {}

  get entries(): ReadonlyMap<string, V> {
    if (!this.built) {
      // Set one by one: for ten thousand, building pairs to hand a Map costs as much again.
      this.built = new Map();
      for (const value of this.values) this.built.set(value.id, value);
    }
    return this.built;
  }
}

export class LayeredMap<V extends { readonly id: string }> {
  private constructor(
    private readonly shared: Base<V>,
    private readonly changes: PersistentMap<string, V | typeof DELETED>,
    readonly size: number,
  ) {}

  /** The values by their ids, which are distinct (as the store keeps them). */
  static byId<V extends { readonly id: string }>(values: readonly V[]): LayeredMap<V> {
    return new LayeredMap(new Base(values), PersistentMap(), values.length);
  }

  private get base(): ReadonlyMap<string, V> {
    return this.shared.entries;
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
    return new LayeredMap(this.shared, this.changes.set(id, value), this.has(id) ? this.size : this.size + 1);
  }

  delete(id: string): LayeredMap<V> {
    if (!this.has(id)) return this;
    const changes = this.base.has(id) ? this.changes.set(id, DELETED) : this.changes.delete(id);
    return new LayeredMap(this.shared, changes, this.size - 1);
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
    return LayeredMap.byId(Array.from(this.values(), transform));
  }
}
