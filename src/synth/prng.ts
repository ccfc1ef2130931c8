/**
 * A small seeded PRNG for the synthetic corpus. Everything the generator
 * decides goes through one of these, so the same seed gives the same files on
 * any machine (no Math.random, no dates, no object-key order tricks).
 */

/** Hash any string or number to a 32-bit seed (FNV-1a). */
export function seedOf(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = `${part}\u0000`;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** true with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Pick by weight; weights need not sum to 1. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** An independent stream derived from this one's seed and a label (stable when other draws change). */
  fork(label: string | number): Rng;
  /** Binomial(n, p) draw. */
  binomial(n: number, p: number): number;
  /** Split n into counts proportional to weights (a multinomial draw); returns one count per weight. */
  split(n: number, weights: readonly number[]): number[];
  /** Roughly log-normal integer around a median, clamped to [min, max]. */
  around(median: number, spread: number, min: number, max: number): number;
  readonly seed: number;
}

/** sfc32, seeded through splitmix32: fast, good enough statistically, tiny. */
export function createRng(seed: number | string): Rng {
  const base = typeof seed === 'string' ? seedOf(seed) : seed >>> 0;
  let s = base;
  const splitmix = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();

  const rng: Rng = {
    seed: base,
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(p) {
      return next() < p;
    },
    pick(items) {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    weighted(entries) {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
    fork(label) {
      return createRng(seedOf(base, label));
    },
    binomial(n, p) {
      if (n <= 0 || p <= 0) return 0;
      if (p >= 1) return n;
      if (n < 64) {
        let k = 0;
        for (let i = 0; i < n; i++) if (next() < p) k++;
        return k;
      }
      // Normal approximation for large n (Box–Muller), clamped: exact tails do not matter here.
      const mean = n * p;
      const sd = Math.sqrt(n * p * (1 - p));
      const u = Math.max(next(), 1e-12);
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
      return Math.min(n, Math.max(0, Math.round(mean + sd * z)));
    },
    split(n, weights) {
      const out = weights.map(() => 0);
      let left = n;
      let weightLeft = weights.reduce((x, y) => x + y, 0);
      for (let i = 0; i < weights.length && left > 0; i++) {
        if (i === weights.length - 1 || weightLeft <= 0) {
          out[i] += left;
          left = 0;
          break;
        }
        const k = rng.binomial(left, weights[i] / weightLeft);
        out[i] = k;
        left -= k;
        weightLeft -= weights[i];
      }
      return out;
    },
    around(median, spread, min, max) {
      const u = Math.max(next(), 1e-12);
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
      const v = Math.round(median * Math.exp(spread * z));
      return Math.min(max, Math.max(min, v));
    },
  };
  return rng;
}
