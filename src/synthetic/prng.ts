/**
 * A small seeded pseudo-random generator for synthetic data: same seed, same numbers, on every
 * machine. No Math.random, no clock.
 */

/** 32-bit FNV-1a hash of a string, used to turn a seed plus a key into a generator state. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  range(min: number, max: number): number;
  /** Roughly normal (Irwin–Hall of 4 uniforms), clipped to [min, max]. */
  normal(mean: number, sd: number, min?: number, max?: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: tiny, fast, good enough for test data (not for cryptography). */
export function createRng(seed: string | number): Rng {
  let state = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    range: (min, max) => min + next() * (max - min),
    normal(mean, sd, min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY) {
      // Sum of 4 uniforms has variance 4/12 = 1/3: scale by sqrt(3) to unit variance.
      const z = (next() + next() + next() + next() - 2) * Math.sqrt(3);
      return Math.min(max, Math.max(min, mean + z * sd));
    },
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
  return rng;
}
