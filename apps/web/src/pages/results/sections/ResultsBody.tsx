import { chartText } from '@citymaturity/charts';
import type { ModelIndex } from '@citymaturity/model';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Results } from '../../../api/types.js';
import { textLanguage } from '../format.js';
import { characteristicRows, dimensionRows, planFlags } from '../rows.js';
import { ChartSection } from './ChartSection.js';
import { GapTable, MatrixTable, RadarTable } from './ChartTables.js';
import { Agreement, Divergence, PlanChecks } from './Checks.js';
import { AuditFindings } from './AuditFindings.js';
import { Consensus } from './Consensus.js';
import { DimensionTable } from './DimensionTable.js';
import { Priorities } from './Priorities.js';
import { ResultSection } from './ResultSection.js';
import { StrengthsWeaknesses } from './StrengthsWeaknesses.js';
import { SummaryCards } from './SummaryCards.js';

/**
 * The sections of the results, charts first and tables second, every number explained: what the
 * results page shows below its header, and what an invited stakeholder sees after the reveal.
 */
export function ResultsBody({ results, model }: { results: Results; model: ModelIndex }) {
  const { t, i18n } = useTranslation('results');
  const lang = textLanguage(i18n.language);
  const { score } = results;
  const dimensions = useMemo(() => dimensionRows(score, model, lang), [score, model, lang]);
  const characteristics = useMemo(
    () => characteristicRows(score, model, lang),
    [score, model, lang],
  );
  const chart = { score, model, lang };
  const text = chartText[lang];

  return (
    <>
      <ResultSection id="summary" title={t('summary.heading')} intro={t('summary.intro')}>
        <SummaryCards score={score} model={model} />
      </ResultSection>

      <ChartSection
        id="radar"
        title={t('charts.radar.title')}
        intro={
          <>
            <p>{t('charts.radar.intro')}</p>
            <p className="cm-r-narrow-only">{t('charts.radar.compactNote')}</p>
          </>
        }
        chart={{ kind: 'radar', ...chart }}
        maxWidth={760}
        table={<RadarTable rows={dimensions} lang={lang} />}
      />
      <ChartSection
        id="matrix"
        title={t('charts.matrix.title')}
        intro={t('charts.matrix.intro')}
        chart={{ kind: 'maturityMatrix', ...chart }}
        legend={
          <div className="cm-r-legend">
            <p>{text.matrixLegend}</p>
            <p>{text.matrixHalfLevelNote}</p>
          </div>
        }
        table={<MatrixTable rows={characteristics} model={model} lang={lang} />}
      />
      <ChartSection
        id="gap"
        title={t('charts.gap.title')}
        intro={t('charts.gap.intro')}
        chart={{ kind: 'gap', ...chart }}
        table={<GapTable rows={characteristics} lang={lang} />}
      />

      <ResultSection id="dimensions" title={t('dimensions.heading')} intro={t('dimensions.intro')}>
        <DimensionTable rows={dimensions} lang={lang} />
      </ResultSection>

      <ResultSection id="standouts" title={t('standouts.heading')} intro={t('standouts.rule')}>
        <StrengthsWeaknesses
          strengths={results.strengths}
          weaknesses={results.weaknesses}
          model={model}
          lang={lang}
        />
      </ResultSection>

      <ResultSection id="plan" title={t('plan.heading')} intro={t('plan.intro')}>
        <PlanChecks flags={planFlags(characteristics)} lang={lang} />
      </ResultSection>

      {score.consensus && (
        <ResultSection
          id="consensus"
          title={t('workshop:results.heading')}
          intro={t('workshop:results.intro')}
        >
          <Consensus score={score} model={model} lang={lang} />
        </ResultSection>
      )}

      {results.audit && (
        <ResultSection
          id="audit"
          title={t('audit:results.heading')}
          intro={t('audit:results.intro')}
        >
          <AuditFindings audit={results.audit} model={model} lang={lang} />
        </ResultSection>
      )}

      {score.divergence.length > 0 && (
        <ResultSection id="divergence" title={t('divergence.heading')} intro={t('divergence.rule')}>
          <Divergence score={score} model={model} lang={lang} />
        </ResultSection>
      )}

      <ResultSection id="agreement" title={t('agreement.heading')} intro={t('agreement.intro')}>
        <Agreement score={score} lang={lang} />
      </ResultSection>

      <ResultSection id="priorities" title={t('priorities.heading')} intro={t('priorities.rule')}>
        <Priorities score={score} model={model} lang={lang} mode="screen" />
      </ResultSection>
    </>
  );
}
