import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../src/text/bounded-memo.js';

describe('BoundedMemo', () => {
  it('computes each key once, remembers null results, and starts over when full', () => {
    const calls: string[] = [];
    const memo = new BoundedMemo<string, string | null>(2);
    const compute = (k: string) => (calls.push(k), k === 'none' ? null : k.toUpperCase());
    expect(memo.get('a', compute)).toBe('A');
    expect(memo.get('none', compute)).toBeNull();
    expect(memo.get('a', compute)).toBe('A');
    expect(memo.get('none', compute)).toBeNull();
    expect(calls).toEqual(['a', 'none']);
    memo.get('b', compute); // full: forgets a and none, remembers b
    memo.get('a', compute);
    expect(calls).toEqual(['a', 'none', 'b', 'a']);
  });

  it('does not remember what it is told not to keep', () => {
    let n = 0;
    const memo = new BoundedMemo<string, number>(10);
    memo.get('long text', () => ++n, false);
    memo.get('long text', () => ++n, false);
    expect(n).toBe(2);
  });
});
