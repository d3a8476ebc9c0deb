import { describe, expect, it } from 'vitest';
import { PEER_GAP_KEY, peerRanking, peerRankingCaption, peerRankingRows, peerRankingShown, PEER_RANKING_MAX } from '../../src/charts/peerRanking.ts';
import { peerFixture } from './fixtures.ts';
import { expectPublishable, markNames, render } from './helpers.ts';

describe('peerRanking', () => {
  it('draws one bar per agency in the given order with its value written', () => {
    const options = peerRanking(peerFixture);
    expect(markNames(options)).toEqual(['bar', 'tick', 'tick', 'text', 'text']);
    expect(render(options)).toContain('1. Dinas Sosial Kabupaten Mojokerto');
    expect((options.y as { domain: string[] }).domain).toEqual(['dinsos-mojokerto', 'dinsos-polewali-mandar', 'dinsos-x']);
    const svg = render(options);
    expectPublishable(svg);
    expect(svg).toContain('129,47% · Sangat Tinggi');
  });

  it('cuts a long ranking to its top and bottom', () => {
    const many = Array.from({ length: 100 }, (_, index) => index);
    const shown = peerRankingShown(many);
    expect(shown).toHaveLength(PEER_RANKING_MAX);
    expect(shown[0]).toBe(0);
    expect(shown.at(-1)).toBe(99);
  });

  it("marks where a cut ranking leaves agencies out and keeps each bar's rank", () => {
    const bars = Array.from({ length: 1_404 }, (_, index) => ({ key: `pd-${index}`, label: `Dinas ${index}`, value: 120 - index / 20, text: `${index}` }));
    const options = peerRanking(bars);
    const domain = (options.y as { domain: string[] }).domain;
    expect(domain).toHaveLength(PEER_RANKING_MAX + 1);
    expect(domain[PEER_RANKING_MAX / 2]).toBe(PEER_GAP_KEY);
    const svg = render(options);
    expectPublishable(svg);
    expect(svg).toContain('1. Dinas 0');
    expect(svg).toContain('1404. Dinas 1403');
    expect(svg).toContain('… 1.374 perangkat daerah lain di antaranya');
    expect(svg).not.toContain('16. Dinas 15<');
  });

  it('captions the top and bottom and ranks the rows', () => {
    expect(peerRankingCaption(peerFixture, 'rata-rata capaian IKU')).toBe(
      'Rata-rata capaian IKU tertinggi Dinas Sosial Kabupaten Mojokerto (129,47% · Sangat Tinggi), terendah Dinas Sosial Kabupaten X (71,4% · Sedang); 3 perangkat daerah.',
    );
    expect(peerRankingRows(peerFixture).map((row) => row.peringkat)).toEqual(['1', '2', '3']);
  });

  it('matches its SVG snapshot', async () => {
    await expect(render(peerRanking(peerFixture), 'peerRanking')).toMatchFileSnapshot('../output/peerRanking.svg');
  });
});
