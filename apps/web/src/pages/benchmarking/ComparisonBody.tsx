import type { ModelIndex } from '@citymaturity/model';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerComparison } from '../../api/benchmarking.js';
import { useLang } from '../../components/lang.js';
import { ResultSection } from '../results/sections/ResultSection.js';
import { characteristicRows, subdimensionRows, summaryRows } from './comparison-logic.js';
import { HowToRead } from './HowToRead.js';
import { KeyFigures } from './KeyFigures.js';
import { LearnFromSection } from './LearnFromSection.js';
import { PeerChartBlock } from './PeerChartBlock.js';
import { PeerLegend } from './PeerLegend.js';

/**
 * The figures of a comparison, charts first: the overall result, the roll-ups and dimensions, the
 * sub-dimensions and the characteristics (per dimension), each chart with the table behind it;
 * then the peers to learn from and how every number is made.
 */
export function ComparisonBody({
  comparison,
  model,
}: {
  comparison: PeerComparison;
  model: ModelIndex;
}) {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const min = comparison.peerGroup.minPeerCities;
  const top = model.levels.length;
  const summary = useMemo(
    () => summaryRows(comparison, model, lang, t('charts.overall')),
    [comparison, model, lang, t],
  );
  const subdimensions = useMemo(
    () => subdimensionRows(comparison, model, lang),
    [comparison, model, lang],
  );
  const byDimension = useMemo(
    () =>
      model.pack.dimensions.map((d) => ({
        id: d.id,
        title: `${d.id} ${d.name[lang]}`,
        rows: characteristicRows(comparison, model, lang, d.id),
      })),
    [comparison, model, lang],
  );

  return (
    <>
      <ResultSection
        id="peer-summary"
        title={t('charts.summaryTitle')}
        intro={<p>{t('charts.summaryIntro')}</p>}
        className="cm-r-chart-section"
      >
        <KeyFigures overall={comparison.overall} minPeerCities={min} />
        <PeerChartBlock
          rows={summary}
          caption={t('charts.summaryCaption')}
          minPeerCities={min}
          top={top}
        />
      </ResultSection>
      <ResultSection
        id="peer-subdimensions"
        title={t('charts.subdimensionsTitle')}
        intro={<p>{t('charts.subdimensionsIntro')}</p>}
        className="cm-r-chart-section"
      >
        <PeerChartBlock
          rows={subdimensions}
          caption={t('charts.subdimensionsCaption')}
          minPeerCities={min}
          top={top}
        />
      </ResultSection>
      <ResultSection
        id="peer-characteristics"
        title={t('charts.characteristicsTitle')}
        intro={<p>{t('charts.characteristicsIntro')}</p>}
        className="cm-r-chart-section"
      >
        <PeerLegend minPeerCities={min} />
        {byDimension.map((dimension) => (
          <section key={dimension.id} aria-labelledby={`peer-dimension-${dimension.id}`}>
            <h3 id={`peer-dimension-${dimension.id}`}>{dimension.title}</h3>
            <PeerChartBlock
              rows={dimension.rows}
              caption={t('charts.characteristicsCaption', { dimension: dimension.title })}
              minPeerCities={min}
              top={top}
              showLegend={false}
            />
          </section>
        ))}
      </ResultSection>
      <LearnFromSection comparison={comparison} model={model} />
      <HowToRead minPeerCities={min} />
    </>
  );
}
