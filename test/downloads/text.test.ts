import { describe, expect, it } from 'vitest';
import { textWidth, truncate } from '../../src/downloads/text.ts';

describe('truncate', () => {
  const name = 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota';

  it('keeps text that fits', () => {
    expect(truncate('Dinas Sosial', 500, 24)).toBe('Dinas Sosial');
  });

  it('cuts at a word, ends in …, and fits', () => {
    const cut = truncate(name, 480, 24);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 24)).toBeLessThanOrEqual(480);
    expect(name.startsWith(cut.slice(0, -1))).toBe(true);
    expect(name[cut.length - 1]).toBe(' ');
  });

  it('cuts inside a word only when one word is too long', () => {
    const cut = truncate('Kata' + 'Panjang'.repeat(40), 200, 24);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 24)).toBeLessThanOrEqual(200);
    expect(cut.length).toBeGreaterThan(5);
  });

  it('is linear: cutting a text ten times as long takes about ten times as long, not a hundred', () => {
    const words = (count: number) => Array.from({ length: count }, (_, i) => `kata${i}`).join(' ');
    const short = words(1_000);
    const long = words(10_000);
    for (const text of [short, long]) expect(textWidth(truncate(text, 1000, 24), 24)).toBeLessThanOrEqual(1000);
    /** Milliseconds per call, over calls for at least 20 ms. */
    const perCall = (text: string) => {
      const start = performance.now();
      let calls = 0;
      let elapsed = 0;
      do {
        truncate(text, 1000, 24);
        calls++;
        elapsed = performance.now() - start;
      } while (elapsed < 20);
      return elapsed / calls;
    };
    perCall(short); // warm up
    perCall(long);
    // Side by side, the fastest of five rounds each, so that a busy machine slows both alike.
    const times = { short: Infinity, long: Infinity };
    for (let round = 0; round < 5; round++) {
      times.short = Math.min(times.short, perCall(short));
      times.long = Math.min(times.long, perCall(long));
    }
    // Linear: a ratio near 10 (less, with the fixed costs); quadratic would be near 100. 30 leaves room for noise.
    expect(times.long / times.short).toBeLessThan(30);
  });
});
