import { describe, expect, it } from 'vitest';
import { LayeredMap } from '../../../renderer/layered-map';

describe('LayeredMap', () => {
  const start = LayeredMap.of([
    ['a', 1],
    ['b', 2],
    ['c', 3],
  ]);

  it('answers the entries it was built with', () => {
    expect(start.size).toBe(3);
    expect(start.get('b')).toBe(2);
    expect(start.has('z')).toBe(false);
    expect([...start]).toEqual([['a', 1], ['b', 2], ['c', 3]]);
  });

  it('changes, adds and deletes in a new version, leaving the earlier one as it was', () => {
    const next = start.set('b', 20).set('d', 4).delete('a').delete('missing');
    expect([...next.entries()]).toEqual([['b', 20], ['c', 3], ['d', 4]]);
    expect(next.size).toBe(3);
    expect(next.has('a')).toBe(false);
    expect([...start]).toEqual([['a', 1], ['b', 2], ['c', 3]]);
    expect(start.size).toBe(3);
  });

  it('counts an id deleted and set again once, and forgets one added and deleted again', () => {
    const again = start.delete('a').set('a', 10);
    expect(again.size).toBe(3);
    expect(again.get('a')).toBe(10);
    const added = start.set('e', 5).delete('e');
    expect(added.size).toBe(3);
    expect([...added.values()]).toEqual([1, 2, 3]);
  });

  it('maps every current entry into a map of its own', () => {
    const mapped = start.set('d', 4).delete('b').map((value) => value * 10);
    expect([...mapped]).toEqual([['a', 10], ['c', 30], ['d', 40]]);
    expect(mapped.size).toBe(3);
  });
});
