import { describe, expect, it } from 'vitest';
import { LayeredMap } from '../../../renderer/layered-map';

const item = (id: string, n: number) => ({ id, n });

describe('LayeredMap', () => {
  const start = LayeredMap.byId([item('a', 1), item('b', 2), item('c', 3)]);
  const numbers = (map: LayeredMap<{ id: string; n: number }>) => [...map].map(([id, value]) => [id, value.n]);

  it('answers the values it was built with, by id', () => {
    expect(start.size).toBe(3);
    expect(start.get('b')).toEqual(item('b', 2));
    expect(start.has('z')).toBe(false);
    expect(numbers(start)).toEqual([['a', 1], ['b', 2], ['c', 3]]);
  });

  it('changes, adds and deletes in a new version, leaving the earlier one as it was', () => {
    const next = start.set('b', item('b', 20)).set('d', item('d', 4)).delete('a').delete('missing');
    expect(numbers(next)).toEqual([['b', 20], ['c', 3], ['d', 4]]);
    expect(next.size).toBe(3);
    expect(next.has('a')).toBe(false);
    expect(numbers(start)).toEqual([['a', 1], ['b', 2], ['c', 3]]);
    expect(start.size).toBe(3);
  });

  it('counts an id deleted and set again once, and forgets one added and deleted again', () => {
    const again = start.delete('a').set('a', item('a', 10));
    expect(again.size).toBe(3);
    expect(again.get('a')?.n).toBe(10);
    const added = start.set('e', item('e', 5)).delete('e');
    expect(added.size).toBe(3);
    expect([...added.values()].map((value) => value.n)).toEqual([1, 2, 3]);
  });

  it('maps every current entry into a map of its own', () => {
    const mapped = start.set('d', item('d', 4)).delete('b').map((value) => item(value.id, value.n * 10));
    expect(numbers(mapped)).toEqual([['a', 10], ['c', 30], ['d', 40]]);
    expect(mapped.size).toBe(3);
  });
});
