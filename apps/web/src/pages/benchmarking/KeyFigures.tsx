import { useTranslation } from 'react-i18next';
import type { PeerItem, PeerMeasure } from '../../api/benchmarking.js';
import { useLang } from '../../components/lang.js';
import { formatFigure } from './comparison-logic.js';

/** One measure of the overall result against the peers, as a card of figures and a sentence. */
function MeasureCard({
  measure,
  value,
  minPeerCities,
}: {
  measure: 'current' | 'target';
  value: PeerMeasure;
  minPeerCities: number;
}) {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const figure = (n: number | null) => (n === null ? '—' : formatFigure(n, lang));
  const tone = measure === 'current' ? 'cm-r-current' : 'cm-r-target';
  return (
    <div className="cm-r-card" data-key-figure={measure}>
      <h3 className="cm-r-card-title">{t(`key.${measure}`)}</h3>
      <dl className="cm-r-figures">
        <div>
          <dt>{t('key.city')}</dt>
          <dd className={`cm-r-figure ${tone}`}>{figure(value.city)}</dd>
        </div>
        <div>
          <dt>{t('key.median')}</dt>
          <dd className="cm-r-figure">{value.suppressed ? '—' : figure(value.median)}</dd>
        </div>
        <div>
          <dt>{t('key.quartiles')}</dt>
          <dd className="cm-r-figure cm-bm-figure-small">
            {value.suppressed ? '—' : `${figure(value.q1)}–${figure(value.q3)}`}
          </dd>
        </div>
      </dl>
      <p>
        {value.suppressed
          ? t('figures.hidden', { count: minPeerCities })
          : value.percentileRank === null
            ? t('key.noValue')
            : t('key.rank', { rank: figure(value.percentileRank), n: value.n })}
      </p>
    </div>
  );
}

/** The overall result of the city against its peers: current and planned, in figures and words. */
export function KeyFigures({
  overall,
  minPeerCities,
}: {
  overall: PeerItem;
  minPeerCities: number;
}) {
  return (
    <div className="cm-r-cards">
      <MeasureCard measure="current" value={overall.current} minPeerCities={minPeerCities} />
      <MeasureCard measure="target" value={overall.target} minPeerCities={minPeerCities} />
    </div>
  );
}
