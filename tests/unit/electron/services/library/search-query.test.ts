import { describe, expect, it } from 'vitest';
import { searchExpression } from '../../../../../electron/services/library/search-query';

describe('searchExpression', () => {
  it('quotes every word so that all of them must match', () => {
    expect(searchExpression('Hamas delegation')).toBe('"Hamas" "delegation"');
  });

  it('keeps a quoted phrase together, and a word ending in * as a prefix', () => {
    expect(searchExpression('"more than 6,500" kill*')).toBe('"more than 6,500" "kill"*');
  });

  it('reads query syntax typed by the reviewer as words to look for', () => {
    expect(searchExpression('TASS OR NOT title:Hamas NEAR(a b)')).toBe('"TASS" "OR" "NOT" "title:Hamas" "NEAR(a" "b)"');
    expect(searchExpression('say "it\'s')).toBe('"say" "it\'s"');
    expect(searchExpression('a"b')).toBe('"a""b"');
  });

  it('has nothing to look for in punctuation alone', () => {
    expect(searchExpression(' — " " * ')).toBeNull();
    expect(searchExpression('')).toBeNull();
  });

  it('looks for words in any script', () => {
    expect(searchExpression('Зеленський غزة')).toBe('"Зеленський" "غزة"');
  });
});
