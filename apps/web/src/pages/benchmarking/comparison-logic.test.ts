import { indexMaturityModel, loadBundledPacks, type ModelIndex } from '@citymaturity/model';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  ConsortiumMembershipDetail,
  PeerComparison,
  PeerItem,
  ShareableAssessment,
} from '../../api/benchmarking.js';
import type { Organisation } from '../../api/types.js';
import {
  bandBounds,
  bandName,
  characteristicRows,
  countryChoices,
  countryLabel,
  distributionCounts,
  formatFigure,
  hasPeerFilter,
  hiddenMeasures,
  isNothingShared,
  learnFromRows,
  peerChartInput,
  peersLikeUs,
  queryFromSearch,
  regionChoices,
  searchFromQuery,
  sharedAssessments,
  subdimensionRows,
  summaryRows,
} from './comparison-logic.js';

let model: ModelIndex;
beforeAll(async () => {
  model = indexMaturityModel((await loadBundledPacks()).mmssc);
});

const shown: PeerItem = {
  current: {
    suppressed: false,
    city: 2,
    n: 5,
    median: 4,
    q1: 2,
    q3: 4,
    percentileRank: 30,
    distribution: { '1': 1, '2': 1, '4': 2, '5': 1 },
  },
  target: { suppressed: true, city: 3 },
};

/** A comparison where every item is `shown`, except 1.1.1 (hidden) with two peers to learn from. */
function comparison(): PeerComparison {
  const all = <T>(ids: Iterable<string>, item: T) =>
    Object.fromEntries([...ids].map((id) => [id, item]));
  return {
    consortium: { id: 'c', nameZh: '联盟', nameEn: 'Consortium', minPeerCities: 5 },
    assessment: {
      id: 'a',
      title: 'Workshop',
      date: '2026-05-01',
      modelId: 'mmssc',
      modelVersion: '1.0.0',
      audited: false,
      sharedAt: '2026-05-02T00:00:00Z',
    },
    peerGroup: {
      filter: { country: null, region: null, band: null, kind: null },
      asOf: null,
      size: 5,
      minPeerCities: 5,
    },
    filterValues: { countries: ['CN'], regions: [{ country: 'CN', region: '天津' }] },
    characteristics: {
      ...all(
        model.characteristics.map((c) => c.id),
        { ...shown, learnFrom: [], learnFromTotal: 0 },
      ),
      '1.1.1': {
        current: { suppressed: true, city: 2 },
        target: { suppressed: true, city: 3 },
        learnFrom: [
          {
            name: { zh: '都城', en: 'Capital' },
            contact: { name: 'Zhang', email: 'z@c.example' },
            level: 5,
          },
          { name: null, contact: { name: 'Li', email: 'l@r.example' }, level: 4 },
        ],
        learnFromTotal: 23,
      },
    },
    subdimensions: all(model.subdimensionById.keys(), shown),
    dimensions: all(model.dimensionById.keys(), shown),
    rollupGroups: all(['smart-enablers', 'purposes'], shown),
    overall: shown,
  };
}

describe('the comparison in the address bar', () => {
  it('reads every part of the query, upper-casing the country', () => {
    const search = new URLSearchParams(
      'country=cn&region=%E7%A4%BA%E4%BE%8B%E7%9C%81&band=very-large&kind=district&assessment=9d2136a5-6011-41c0-927b-760c96fcdf3c&asOf=2025-12-31',
    );
    expect(queryFromSearch(search)).toEqual({
      country: 'CN',
      region: '示例省',
      band: 'very-large',
      kind: 'district',
      assessment: '9d2136a5-6011-41c0-927b-760c96fcdf3c',
      asOf: '2025-12-31',
    });
  });

  it('drops values the API would refuse', () => {
    const search = new URLSearchParams(
      'country=China&band=huge&kind=village&assessment=42&asOf=31.12.2025&region=%20',
    );
    expect(queryFromSearch(search)).toEqual({});
  });

  it('writes back only the parts given', () => {
    expect(searchFromQuery({ country: 'GB', band: 'large' })).toEqual({
      country: 'GB',
      band: 'large',
    });
  });

  it('tells a peer-group filter from a cycle choice', () => {
    expect([
      hasPeerFilter({}),
      hasPeerFilter({ asOf: '2025-01-01', assessment: 'a' }),
      hasPeerFilter({ kind: 'city' }),
    ]).toEqual([false, false, true]);
  });
});

describe('population bands', () => {
  it("names them with core's city-size classes", () => {
    expect([bandName('very-large', 'zh'), bandName('mega', 'en')]).toEqual([
      '特大城市',
      'Megacity',
    ]);
  });

  it('gives their bounds, upper bound exclusive', () => {
    expect([bandBounds('small'), bandBounds('medium'), bandBounds('unknown')]).toEqual([
      { min: null, max: 500_000 },
      { min: 500_000, max: 1_000_000 },
      { min: null, max: null },
    ]);
  });

  it('makes "peers like us" of the city\'s country, band and kind', () => {
    const city: Organisation = {
      id: 'o',
      nameZh: '示例市',
      nameEn: 'Example City',
      country: 'CN',
      region: '示例省',
      population: 1_250_000,
      kind: 'city',
    };
    expect(peersLikeUs(city)).toEqual({ country: 'CN', band: 'large', kind: 'city' });
    expect(peersLikeUs({ ...city, population: null }).band).toBe('unknown');
  });
});

describe('shared assessments', () => {
  const assessment = (id: string, date: string, sharedAt: string | null): ShareableAssessment => ({
    id,
    title: id,
    date,
    method: 'facilitated-workshop',
    modelId: 'mmssc',
    audited: false,
    sharedAt,
    refusal: null,
  });

  it('lists the shared ones newest first', () => {
    const detail = {
      assessments: [
        assessment('old', '2024-05-01', '2026-01-01T00:00:00Z'),
        assessment('unshared', '2026-09-01', null),
        assessment('new', '2026-05-01', '2026-01-01T00:00:00Z'),
      ],
    } as ConsortiumMembershipDetail;
    expect(sharedAssessments(detail).map((a) => a.id)).toEqual(['new', 'old']);
  });
});

describe('rows of the charts and tables', () => {
  it('puts the overall result first, then the roll-up groups and the dimensions', () => {
    const rows = summaryRows(comparison(), model, 'en', 'Overall');
    expect(rows.map((r) => r.id)).toEqual([
      'overall',
      'group:smart-enablers',
      'group:purposes',
      'dimension:1',
      'dimension:2',
      'dimension:3',
      'dimension:4',
    ]);
    expect(rows[1]?.shortLabel).toBe('Smart enablers');
  });

  it('lists the 17 sub-dimensions, named "1.1 …" and "1.1" on narrow charts', () => {
    const rows = subdimensionRows(comparison(), model, 'zh');
    expect(rows).toHaveLength(17);
    expect([rows[0]?.label.startsWith('1.1 '), rows[0]?.shortLabel]).toEqual([true, '1.1']);
  });

  it("lists one dimension's characteristics in model order", () => {
    expect(characteristicRows(comparison(), model, 'en', '3').map((r) => r.id)).toEqual([
      '3.1.1',
      '3.1.2',
      '3.1.3',
      '3.2.1',
      '3.2.2',
      '3.2.3',
    ]);
  });

  it('hands the measures to the chart as they are', () => {
    const rows = characteristicRows(comparison(), model, 'en', '1').slice(0, 2);
    const input = peerChartInput(rows, 5, 5);
    expect(
      input.rows.map((r) => [r.shortLabel, r.current.suppressed, r.target.suppressed]),
    ).toEqual([
      ['1.1.1', true, true],
      ['1.1.2', false, true],
    ]);
  });

  it('counts the hidden measures', () => {
    expect(hiddenMeasures(characteristicRows(comparison(), model, 'en', '1'))).toEqual({
      hidden: 13,
      total: 24,
    });
  });

  it('gives the distribution in level order, 0 where no city reached a level', () => {
    const measure = shown.current;
    if (measure.suppressed) throw new Error('shown');
    expect(distributionCounts(measure, 5)).toEqual([1, 1, 0, 2, 1]);
  });
});

describe('learn from', () => {
  it('lists only characteristics with peers, with the total', () => {
    const rows = learnFromRows(comparison(), model, 'en');
    expect(rows.map((r) => [r.id, r.peers.length, r.total])).toEqual([['1.1.1', 2, 23]]);
  });
});

describe('figures', () => {
  it('writes up to two decimals', () => {
    expect([formatFigure(2.25, 'en'), formatFigure(4, 'zh'), formatFigure(41.6667, 'en')]).toEqual([
      '2.25',
      '4',
      '41.67',
    ]);
  });

  it('recognises the "share first" answer', () => {
    expect([
      isNothingShared({ code: 'consortium-nothing-shared' }),
      isNothingShared({ code: 'not-found' }),
      isNothingShared(undefined),
    ]).toEqual([true, false, false]);
  });
});

describe('the countries and regions to choose peers by', () => {
  const values = {
    countries: ['AU', 'CN'],
    regions: [
      { country: 'AU', region: 'Victoria' },
      { country: 'CN', region: '天津' },
      { country: 'CN', region: '广东' },
    ],
  };

  it('names a country in the language, with its code', () => {
    expect([countryLabel('CN', 'zh'), countryLabel('GB', 'en')]).toEqual([
      '中国 (CN)',
      'United Kingdom (GB)',
    ]);
  });

  it("offers the members' countries, and keeps one chosen that no member has", () => {
    expect(countryChoices(values, '')).toEqual(['AU', 'CN']);
    expect(countryChoices(values, 'FR')).toEqual(['AU', 'CN', 'FR']);
    expect(countryChoices(undefined, 'CN')).toEqual(['CN']);
  });

  it('offers the regions of the chosen country, or of every country with theirs', () => {
    expect(regionChoices(values, 'CN', '')).toEqual([
      { region: '天津', country: 'CN' },
      { region: '广东', country: 'CN' },
    ]);
    expect(regionChoices(values, '', '').map((r) => `${r.region}:${r.country ?? ''}`)).toEqual([
      'Victoria:AU',
      '天津:CN',
      '广东:CN',
    ]);
  });

  it('offers a region two countries share once, without a country, and keeps one chosen', () => {
    const shared = {
      countries: ['AU', 'CA'],
      regions: [
        { country: 'AU', region: 'Georgia' },
        { country: 'CA', region: 'Georgia' },
      ],
    };
    expect(regionChoices(shared, '', '')).toEqual([{ region: 'Georgia', country: null }]);
    expect(regionChoices(shared, 'AU', 'Elsewhere')).toEqual([
      { region: 'Georgia', country: 'AU' },
      { region: 'Elsewhere', country: 'AU' },
    ]);
  });
});
