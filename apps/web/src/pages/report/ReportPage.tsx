import { PrinterOutlined } from '@ant-design/icons';
import { chartText } from '@citymaturity/charts';
import { Button, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useOperatingModel } from '../../api/model.js';
import { PageFallback } from '../../app/PageFallback.js';
import { colon, formatMoment, textLanguage } from '../results/format.js';
import {
  characteristicRows,
  dimensionRows,
  planFlags,
  unratedCharacteristics,
} from '../results/rows.js';
import { AssessmentFacts } from '../results/sections/AssessmentFacts.js';
import { ChartSection } from '../results/sections/ChartSection.js';
import { GapTable, MatrixTable, RadarTable } from '../results/sections/ChartTables.js';
import { Agreement, Divergence, PlanChecks } from '../results/sections/Checks.js';
import { DimensionTable } from '../results/sections/DimensionTable.js';
import { PdfDownloadButton } from '../results/sections/PdfDownloadButton.js';
import { Priorities } from '../results/sections/Priorities.js';
import { NoMedianNotice } from '../results/sections/NoMedianNotice.js';
import { ProvisionalNotice } from '../results/sections/ProvisionalNotice.js';
import { ResultSection } from '../results/sections/ResultSection.js';
import { ResultsError } from '../results/sections/ResultsError.js';
import { StrengthsWeaknesses } from '../results/sections/StrengthsWeaknesses.js';
import { useResults, type ResultsData } from '../results/useResults.js';
import { Provenance } from './Provenance.js';
import { SummaryTable } from './SummaryTable.js';
import '../results/results.css';
import './report.css';

function ReportContent({
  data,
  organisationId,
  assessmentId,
}: {
  data: ResultsData;
  organisationId: string;
  assessmentId: string;
}) {
  const { t, i18n } = useTranslation(['report', 'results']);
  const lang = textLanguage(i18n.language);
  const operatingModel = useOperatingModel();
  const { results, model, organisation } = data;
  const { score, assessment } = results;
  const [generatedAt] = useState(() => new Date().toISOString());
  const dimensions = useMemo(() => dimensionRows(score, model, lang), [score, model, lang]);
  const characteristics = useMemo(
    () => characteristicRows(score, model, lang),
    [score, model, lang],
  );
  const unrated = unratedCharacteristics(characteristics);
  const names = organisation
    ? lang === 'zh'
      ? [organisation.nameZh, organisation.nameEn]
      : [organisation.nameEn, organisation.nameZh]
    : [];
  const [city = '', otherName = ''] = names;
  const chart = { score, model, lang };
  const text = chartText[lang];

  usePageTitle(t('documentTitle', { city: city || assessment.title }));

  return (
    <div className="cm-report">
      <Space wrap className="cm-report-toolbar cm-no-print">
        <Link to={`/organisations/${organisationId}/assessments/${assessmentId}/results`}>
          ← {t('backToResults')}
        </Link>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => {
            window.print();
          }}
        >
          {t('print')}
        </Button>
        <PdfDownloadButton
          organisationId={organisationId}
          assessmentId={assessmentId}
          date={assessment.date}
        />
      </Space>
      <article className="cm-report-paper cm-r-page" aria-labelledby="cm-report-title">
        <header className="cm-report-title-block">
          <h1 id="cm-report-title" className="cm-r-title">
            <span className="cm-report-kind">{t('kind')}</span>
            <span className="cm-r-sr-only">{colon(lang)}</span>
            <span className="cm-report-city">{city || assessment.title}</span>
          </h1>
          {otherName && otherName !== city && (
            <p className="cm-report-other-name" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
              {otherName}
            </p>
          )}
          {city && <p className="cm-report-assessment">{assessment.title}</p>}
          <ProvisionalNotice assessment={assessment} />
          <AssessmentFacts results={results} model={model} />
          <p className="cm-r-note">{t('generated', { moment: formatMoment(generatedAt, lang) })}</p>
        </header>

        <ResultSection id="summary" title={t('results:summary.heading')}>
          <SummaryTable score={score} model={model} lang={lang} />
          <NoMedianNotice rows={unrated} lang={lang} variant="note" />
        </ResultSection>

        <ChartSection
          id="radar"
          variant="print"
          title={t('results:charts.radar.title')}
          intro={
            <>
              <p>{t('results:charts.radar.intro')}</p>
              <p className="cm-r-narrow-only cm-no-print">
                {t('results:charts.radar.compactNote')}
              </p>
            </>
          }
          chart={{ kind: 'radar', ...chart }}
          maxWidth={720}
          table={<RadarTable rows={dimensions} lang={lang} />}
        />
        <ChartSection
          id="matrix"
          variant="print"
          title={t('results:charts.matrix.title')}
          intro={t('results:charts.matrix.intro')}
          chart={{ kind: 'maturityMatrix', ...chart }}
          legend={
            <div className="cm-r-legend cm-r-sr-only">
              <p>{text.matrixLegend}</p>
              <p>{text.matrixHalfLevelNote}</p>
            </div>
          }
          table={<MatrixTable rows={characteristics} model={model} lang={lang} />}
        />
        <ChartSection
          id="gap"
          variant="print"
          title={t('results:charts.gap.title')}
          intro={t('results:charts.gap.intro')}
          chart={{ kind: 'gap', ...chart }}
          table={<GapTable rows={characteristics} lang={lang} />}
        />

        <ResultSection
          id="dimensions"
          title={t('results:dimensions.heading')}
          intro={t('results:dimensions.intro')}
        >
          <DimensionTable rows={dimensions} lang={lang} />
        </ResultSection>

        <ResultSection
          id="standouts"
          title={t('results:standouts.heading')}
          intro={t('results:standouts.rule')}
        >
          <StrengthsWeaknesses
            strengths={results.strengths}
            weaknesses={results.weaknesses}
            model={model}
            lang={lang}
          />
        </ResultSection>

        <ResultSection id="plan" title={t('results:plan.heading')} intro={t('results:plan.intro')}>
          <PlanChecks flags={planFlags(characteristics)} lang={lang} />
        </ResultSection>

        {score.divergence.length > 0 && (
          <ResultSection
            id="divergence"
            title={t('results:divergence.heading')}
            intro={t('results:divergence.rule')}
          >
            <Divergence score={score} model={model} lang={lang} />
          </ResultSection>
        )}

        <ResultSection
          id="agreement"
          title={t('results:agreement.heading')}
          intro={t('results:agreement.intro')}
        >
          <Agreement score={score} lang={lang} expanded />
        </ResultSection>

        <ResultSection
          id="priorities"
          title={t('results:priorities.heading')}
          intro={t('results:priorities.rule')}
        >
          <Priorities score={score} model={model} lang={lang} mode="print" />
        </ResultSection>

        <ResultSection id="provenance" title={t('provenance.heading')}>
          <Provenance
            packs={operatingModel ? [model.pack, operatingModel] : [model.pack]}
            lang={lang}
          />
        </ResultSection>
      </article>
    </div>
  );
}

/** The report: the results as a document to read on screen, print on A4 or download as PDF. */
export default function ReportPage() {
  const { organisationId = '', assessmentId = '' } = useParams();
  const { t } = useTranslation('report');
  const state = useResults(organisationId, assessmentId);
  if (state.status === 'loading') return <PageFallback />;
  if (state.status === 'error')
    return <ResultsError error={state.error} retry={state.retry} heading={t('heading')} />;
  return (
    <ReportContent data={state.data} organisationId={organisationId} assessmentId={assessmentId} />
  );
}
