/** A seeded random source for the property tests: the same inputs on every run. */
export type Rand = () => number;

/** mulberry32: floats in [0, 1). */
export function prng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];

/** A random text from pieces (letters, spaces, diacritics, punctuation), up to `max` pieces long. */
export function textOf(rand: Rand, pieces: readonly string[], max: number): string {
  const n = Math.floor(rand() * (max + 1));
  let s = "";
  for (let i = 0; i < n; i++) s += pick(rand, pieces);
  return s;
}
