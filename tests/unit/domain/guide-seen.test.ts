import { describe, expect, it } from 'vitest';
import {
  GUIDE_SEEN_VALUE,
  GUIDE_STORAGE_KEY,
  guideDismissed,
  rememberGuideDismissed,
} from '../../../src/domain/guide-seen';

const memory = (value?: string) => {
  const map = new Map<string, string>(value === undefined ? [] : [[GUIDE_STORAGE_KEY, value]]);
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
};

describe('first-visit guide: remembered dismissal', () => {
  it('reads no, remembers, then reads yes', () => {
    const storage = memory();
    expect(guideDismissed(storage)).toBe(false);
    rememberGuideDismissed(storage);
    expect(storage.getItem(GUIDE_STORAGE_KEY)).toBe(GUIDE_SEEN_VALUE);
    expect(guideDismissed(storage)).toBe(true);
  });

  it('reads damaged, foreign or blocked storage as not dismissed, never throwing', () => {
    for (const value of [
      'true',
      '{',
      '{"format":"omt-atlas-guide","version":1,"dismissed":"true"}',
      '{"format":"omt-atlas-guide","version":2,"dismissed":true}',
      '{"format":"other","version":1,"dismissed":true}',
      `{"format":"omt-atlas-guide","version":1,"dismissed":true,"pad":"${'x'.repeat(500)}"}`,
    ])
      expect(guideDismissed(memory(value)), value.slice(0, 60)).toBe(false);
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(guideDismissed(blocked)).toBe(false);
    expect(() => rememberGuideDismissed(blocked)).not.toThrow();
    expect(guideDismissed(null)).toBe(false);
  });
});
