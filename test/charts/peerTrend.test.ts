import { describe, expect, it } from 'vitest';
import { PEER_GAP_KEY } from '../../src/charts/peerRanking.ts';
import { peerTrend, peerTrendCaption, peerTrendRows, peerTrendText, rankPeerTrend, PEER_TREND_MAX, type PeerTrendRow } from '../../src/charts/peerTrend.ts';
import { expectPublishable, markNames, render } from './helpers.ts';

/** Shaped like the bundled urusan Sosial (labelled by region, as src/figures/urusanTrend.ts does): Mojokerto 2023 5 of 5 IKU met; Polewali Mandar over four years; one agency with a single year. */
const rows: PeerTrendRow[] = [
  {
    key: 'dinsos-polewali-mandar',
    label: 'Kabupaten Polewali Mandar',
    points: [
      { tahun: 2020, value: 50 },
      { tahun: 2021, value: 60 },
      { tahun: 2022, value: 40 },
      { tahun: 2023, value: 75 },
    ],
  },
  { key: 'dinsos-mojokerto', label: 'Kabupaten Mojokerto', points: [{ tahun: 2023, value: 100 }] },
  {
    key: 'dinsos-x',
    label: 'Kabupaten X',
    points: [
      { tahun: 2022, value: 80 },
      { tahun: 2023, value: 60 },
    ],
  },
  { key: 'dinsos-kosong', label: 'Kabupaten Kosong', points: [] },
];

describe('peerTrend', () => {
  it('ranks by the latest year, leaves out agencies without a figure, and says first and latest', () => {
    const ranked = rankPeerTrend(rows);
    expect(ranked.map((row) => row.key)).toEqual(['dinsos-mojokerto', 'dinsos-polewali-mandar', 'dinsos-x']);
    expect(peerTrendText(ranked[1]!)).toBe('2020: 50% → 2023: 75%');
    expect(peerTrendText(ranked[0]!, 2)).toBe('2023: 100%');
    expect(peerTrendCaption(ranked, 'persentase IKU yang mencapai target')).toBe(
      'Tertinggi pada tahun terakhirnya: Kabupaten Mojokerto (2023: 100%). Dari 2 perangkat daerah dengan dua tahun atau lebih, 1 naik, 1 turun dari tahun pertama ke tahun terakhirnya.',
    );
    expect(peerTrendRows(ranked).map((row) => `${row.peringkat} ${row.kode_pd} ${row.tahun}`)).toEqual([
      '1 dinsos-mojokerto 2023',
      '2 dinsos-polewali-mandar 2020',
      '2 dinsos-polewali-mandar 2021',
      '2 dinsos-polewali-mandar 2022',
      '2 dinsos-polewali-mandar 2023',
      '3 dinsos-x 2022',
      '3 dinsos-x 2023',
    ]);
  });

  it('draws a row per agency: reference ticks, an arrow from the first year, hollow earlier years, the latest filled, the text line', () => {
    const options = peerTrend(rankPeerTrend(rows));
    expect(markNames(options)).toEqual(['tick', 'tick', 'arrow', 'dot', 'dot', 'text', 'text']);
    expect((options.y as { domain: string[] }).domain).toEqual(['dinsos-mojokerto', 'dinsos-polewali-mandar', 'dinsos-x']);
    const svg = render(options);
    expectPublishable(svg);
    expect(svg).toContain('1. Kabupaten Mojokerto');
    expect(svg).toContain('2020: 50% → 2023: 75%');
    // Four earlier years (three of Polewali Mandar, one of X) and three latest.
    expect(svg.match(/<circle/g)).toHaveLength(7);
  });

  it('at national size draws the top and bottom with the rank of each and counts the rest', () => {
    const many: PeerTrendRow[] = Array.from({ length: 514 }, (_, index) => ({
      key: `pd-${index}`,
      label: `Dinas ${index}`,
      points: [
        { tahun: 2022, value: 50 },
        { tahun: 2023, value: 100 - index / 10 },
      ],
    }));
    const options = peerTrend(rankPeerTrend(many));
    const domain = (options.y as { domain: string[] }).domain;
    expect(domain).toHaveLength(PEER_TREND_MAX + 1);
    expect(domain[PEER_TREND_MAX / 2]).toBe(PEER_GAP_KEY);
    const svg = render(options);
    expectPublishable(svg);
    expect(svg).toContain('514. Dinas 513');
    expect(svg).toContain('… 484 perangkat daerah lain di antaranya');
    expect(options.height).toBeLessThan(1600);
    // The chart's data: the agencies it draws, two years each, with their rank in the whole list.
    const data = peerTrendRows(rankPeerTrend(many));
    expect(data).toHaveLength(PEER_TREND_MAX * 2);
    expect(data.at(-1)).toMatchObject({ peringkat: 514, kode_pd: 'pd-513', tahun: 2023 });
  });

  it('at phone width says the values without their years, so the names keep their room', () => {
    const svg = render(peerTrend(rankPeerTrend(rows), { width: 336 }));
    expectPublishable(svg);
    expect(svg).toContain('>50% → 75%<');
    expect(svg).toContain('>2023: 100%<');
    expect(svg).toContain('>2. Kabupaten Polewali Mandar<');
  });

  it('matches its SVG snapshot', async () => {
    await expect(render(peerTrend(rankPeerTrend(rows)), 'peerTrend')).toMatchFileSnapshot('../output/peerTrend.svg');
  });
});
