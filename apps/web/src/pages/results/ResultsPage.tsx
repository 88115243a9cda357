import { FileTextOutlined } from '@ant-design/icons';
import { chartText } from '@citymaturity/charts';
import { Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.js';
import { PageFallback } from '../../app/PageFallback.js';
import { textLanguage } from './format.js';
import { characteristicRows, dimensionRows, planFlags, unratedCharacteristics } from './rows.js';
import { AssessmentFacts } from './sections/AssessmentFacts.js';
import { ChartSection } from './sections/ChartSection.js';
import { GapTable, MatrixTable, RadarTable } from './sections/ChartTables.js';
import { Agreement, Divergence, PlanChecks } from './sections/Checks.js';
import { DimensionTable } from './sections/DimensionTable.js';
import { PdfDownloadButton } from './sections/PdfDownloadButton.js';
import { Priorities } from './sections/Priorities.js';
import { NoMedianNotice } from './sections/NoMedianNotice.js';
import { ProvisionalNotice } from './sections/ProvisionalNotice.js';
import { ResultSection } from './sections/ResultSection.js';
import { ResultsError } from './sections/ResultsError.js';
import { StrengthsWeaknesses } from './sections/StrengthsWeaknesses.js';
import { SummaryCards } from './sections/SummaryCards.js';
import { useResults, type ResultsData } from './useResults.js';
import './results.css';

function ResultsContent({
  data,
  organisationId,
  assessmentId,
}: {
  data: ResultsData;
  organisationId: string;
  assessmentId: string;
}) {
  const { t, i18n } = useTranslation('results');
  const lang = textLanguage(i18n.language);
  const { results, model, organisation } = data;
  const { score, assessment } = results;
  const dimensions = useMemo(() => dimensionRows(score, model, lang), [score, model, lang]);
  const characteristics = useMemo(
    () => characteristicRows(score, model, lang),
    [score, model, lang],
  );
  const unrated = unratedCharacteristics(characteristics);
  const city = organisation ? (lang === 'zh' ? organisation.nameZh : organisation.nameEn) : '';
  const chart = { score, model, lang };
  const text = chartText[lang];

  usePageTitle(t('title', { title: assessment.title }));

  return (
    <div className="cm-r-page">
      <header className="cm-r-header">
        <Link to={`/organisations/${organisationId}/assessments/${assessmentId}`}>
          ← {t('back')}
        </Link>
        {city && <p className="cm-r-eyebrow">{city}</p>}
        <h1 className="cm-r-title">{t('title', { title: assessment.title })}</h1>
        <AssessmentFacts results={results} model={model} />
        <Space wrap className="cm-r-actions">
          <Link
            className="cm-r-link-button"
            to={`/organisations/${organisationId}/assessments/${assessmentId}/report`}
          >
            <FileTextOutlined aria-hidden="true" /> {t('actions.report')}
          </Link>
          <PdfDownloadButton
            organisationId={organisationId}
            assessmentId={assessmentId}
            date={assessment.date}
          />
        </Space>
        <ProvisionalNotice assessment={assessment} />
        <NoMedianNotice rows={unrated} lang={lang} />
      </header>

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
    </div>
  );
}

/** The results of an assessment: charts first, tables second, every number explained. */
export default function ResultsPage() {
  const { organisationId = '', assessmentId = '' } = useParams();
  const { t } = useTranslation('results');
  const state = useResults(organisationId, assessmentId);
  if (state.status === 'loading') return <PageFallback />;
  if (state.status === 'error')
    return <ResultsError error={state.error} retry={state.retry} heading={t('heading')} />;
  return (
    <ResultsContent data={state.data} organisationId={organisationId} assessmentId={assessmentId} />
  );
}
