/**
 * Deterministic picking: the wrong choices and the order of choices follow from the question's
 * id, so a question looks the same every time it comes back (and in every test run).
 */

/** A 32-bit hash of a text (FNV-1a). */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function seeded(seed: string): () => number {
  let a = hashText(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The list in an order fixed by `seed`. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const rnd = seeded(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Up to `n` items that pass `ok`, in an order fixed by `seed`. */
export function pickSome<T>(items: readonly T[], n: number, seed: string, ok: (t: T) => boolean) {
  const out: T[] = [];
  for (const item of shuffled(items, seed)) {
    if (out.length >= n) break;
    if (ok(item)) out.push(item);
  }
  return out;
}
