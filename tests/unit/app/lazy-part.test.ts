import { describe, expect, it } from 'vitest';
import { lazyPart } from '../../../src/app/lazy-part';

describe('lazy part', () => {
  it('loads once, reports a failure, and loads on a retry', async () => {
    let calls = 0;
    let fail = true;
    const part = lazyPart('The side panel', () => {
      calls += 1;
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve({ answer: 42 });
    });
    const seen: string[] = [];
    part.subscribe(() => seen.push(part.get().status));
    expect(part.get().status).toBe('idle');
    expect(await part.load()).toBeNull();
    expect(part.get()).toMatchObject({ status: 'failed', error: { message: 'offline' } });
    fail = false;
    expect(await part.load()).toEqual({ answer: 42 });
    expect(await part.load()).toEqual({ answer: 42 });
    expect(calls).toBe(2);
    expect(seen).toEqual(['loading', 'failed', 'loading', 'loaded']);
  });

  it('shares one load between callers', async () => {
    let calls = 0;
    const part = lazyPart('Search', async () => {
      calls += 1;
      return 'module';
    });
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect([a, b, calls]).toEqual(['module', 'module', 1]);
  });
});
