import { Button, Input } from 'antd';
import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ComparisonQuery,
  OrganisationKind,
  PeerFilterValues,
  PopulationBandId,
  ShareableAssessment,
} from '../../api/benchmarking.js';
import type { Organisation } from '../../api/types.js';
import { formatDate, formatNumber } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { NativeSelect } from '../../components/NativeSelect.js';
import {
  bandBounds,
  bandIds,
  bandName,
  countryChoices,
  countryLabel,
  kindIds,
  peersLikeUs,
  regionChoices,
} from './comparison-logic.js';

/** The form's fields ('' = any). */
interface Draft {
  country: string;
  region: string;
  band: PopulationBandId | '';
  kind: OrganisationKind | '';
  assessment: string;
  asOf: string;
}

const draftOf = (query: ComparisonQuery): Draft => ({
  country: query.country ?? '',
  region: query.region ?? '',
  band: query.band ?? '',
  kind: query.kind ?? '',
  assessment: query.assessment ?? '',
  asOf: query.asOf ?? '',
});

/** The query of the form's fields (empty fields left out). */
function queryOf(draft: Draft): ComparisonQuery {
  const query: ComparisonQuery = {};
  const country = draft.country.trim().toUpperCase();
  if (country) query.country = country;
  if (draft.region.trim()) query.region = draft.region.trim();
  if (draft.band) query.band = draft.band;
  if (draft.kind) query.kind = draft.kind;
  if (draft.assessment) query.assessment = draft.assessment;
  if (draft.asOf) query.asOf = draft.asOf;
  return query;
}

/**
 * The peer group (country, region, population band, kind) and the cycle (which of the city's
 * shared assessments, and the peers as they stood on a date) of the comparison. Countries and
 * regions are chosen from those of the member cities (the comparison lists them), never typed.
 * Applied with "Show"; "Peers like us" takes the city's own country, band and kind; "Whole
 * consortium" clears the group's filter.
 */
export function PeerFilters({
  query,
  onChange,
  shared,
  values,
  organisation,
  busy,
}: {
  query: ComparisonQuery;
  onChange: (query: ComparisonQuery) => void;
  shared: readonly ShareableAssessment[];
  /** The countries and regions of the member cities (from the comparison; undefined while loading). */
  values: PeerFilterValues | undefined;
  organisation: Organisation | undefined;
  busy: boolean;
}) {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(query));
  useEffect(() => {
    setDraft(draftOf(query));
  }, [query]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
  };
  const regions = regionChoices(values, draft.country, draft.region);

  const bandLabel = (band: PopulationBandId) => {
    const { min, max } = bandBounds(band);
    const range =
      band === 'unknown'
        ? ''
        : min === null && max !== null
          ? t('filters.bandBelow', { max: formatNumber(max, lang) })
          : max === null && min !== null
            ? t('filters.bandFrom', { min: formatNumber(min, lang) })
            : t('filters.bandRange', {
                min: formatNumber(min ?? 0, lang),
                max: formatNumber((max ?? 1) - 1, lang),
              });
    return range ? `${bandName(band, lang)} (${range})` : bandName(band, lang);
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onChange(queryOf(draft));
  };

  return (
    <form className="cm-bm-filters" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('filters.title')}</h3>
      <fieldset className="cm-bm-fieldset">
        <legend>{t('filters.groupLegend')}</legend>
        <div className="cm-bm-filter-grid">
          <div className="cm-bm-field">
            <label htmlFor={`${id}-country`}>{t('filters.country')}</label>
            <NativeSelect<string>
              id={`${id}-country`}
              value={draft.country}
              aria-describedby={`${id}-country-hint`}
              onChange={(country) => {
                // A region of another country no longer fits.
                const keep = regionChoices(values, country, '').some(
                  (r) => r.region === draft.region,
                );
                setDraft((previous) => ({
                  ...previous,
                  country,
                  region: keep ? previous.region : '',
                }));
              }}
              options={[
                { value: '', label: t('filters.any') },
                ...countryChoices(values, draft.country).map((code) => ({
                  value: code,
                  label: countryLabel(code, lang),
                })),
              ]}
            />
            <span id={`${id}-country-hint`} className="cm-bm-hint">
              {t('filters.countryHint')}
            </span>
          </div>
          <div className="cm-bm-field">
            <label htmlFor={`${id}-region`}>{t('filters.region')}</label>
            <NativeSelect<string>
              id={`${id}-region`}
              value={draft.region}
              aria-describedby={`${id}-region-hint`}
              onChange={(region) => {
                // Chosen among every country's regions, the region brings its country.
                const of = regions.find((r) => r.region === region)?.country;
                setDraft((previous) => ({
                  ...previous,
                  region,
                  country: previous.country || (region && of) || '',
                }));
              }}
              options={[
                { value: '', label: t('filters.any') },
                ...regions.map((r) => ({
                  value: r.region,
                  label: !draft.country && r.country ? `${r.region} (${r.country})` : r.region,
                })),
              ]}
            />
            <span id={`${id}-region-hint`} className="cm-bm-hint">
              {t('filters.regionHint')}
            </span>
          </div>
          <div className="cm-bm-field">
            <label htmlFor={`${id}-band`}>{t('filters.band')}</label>
            <NativeSelect<PopulationBandId | ''>
              id={`${id}-band`}
              value={draft.band}
              onChange={(value) => {
                set('band', value);
              }}
              options={[
                { value: '', label: t('filters.any') },
                ...bandIds.map((band) => ({ value: band, label: bandLabel(band) })),
              ]}
            />
          </div>
          <div className="cm-bm-field">
            <label htmlFor={`${id}-kind`}>{t('filters.kind')}</label>
            <NativeSelect<OrganisationKind | ''>
              id={`${id}-kind`}
              value={draft.kind}
              onChange={(value) => {
                set('kind', value);
              }}
              options={[
                { value: '', label: t('filters.any') },
                ...kindIds.map((kind) => ({ value: kind, label: t(`organisation:kinds.${kind}`) })),
              ]}
            />
          </div>
        </div>
      </fieldset>
      <fieldset className="cm-bm-fieldset">
        <legend>{t('filters.cycleLegend')}</legend>
        <div className="cm-bm-filter-grid">
          <div className="cm-bm-field">
            <label htmlFor={`${id}-assessment`}>{t('filters.assessment')}</label>
            <NativeSelect<string>
              id={`${id}-assessment`}
              value={draft.assessment}
              onChange={(value) => {
                set('assessment', value);
              }}
              options={[
                { value: '', label: t('filters.latest') },
                ...shared.map((a) => ({
                  value: a.id,
                  label: `${a.title} (${formatDate(a.date, lang)})`,
                })),
              ]}
            />
          </div>
          <div className="cm-bm-field">
            <label htmlFor={`${id}-as-of`}>{t('filters.asOf')}</label>
            <Input
              id={`${id}-as-of`}
              type="date"
              value={draft.asOf}
              className="cm-bm-date"
              aria-describedby={`${id}-as-of-hint`}
              onChange={(e) => {
                set('asOf', e.target.value);
              }}
            />
            <span id={`${id}-as-of-hint`} className="cm-bm-hint">
              {t('filters.asOfHint')}
            </span>
          </div>
        </div>
      </fieldset>
      <div className="cm-actions">
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('filters.apply')}
        </Button>
        {organisation && (
          <Button
            onClick={() => {
              const like = { ...queryOf(draft), region: '', ...peersLikeUs(organisation) };
              onChange(queryOf(draftOf(like)));
            }}
          >
            {t('filters.likeUs')}
          </Button>
        )}
        <Button
          onClick={() => {
            onChange(queryOf({ ...draft, country: '', region: '', band: '', kind: '' }));
          }}
        >
          {t('filters.whole')}
        </Button>
      </div>
    </form>
  );
}
