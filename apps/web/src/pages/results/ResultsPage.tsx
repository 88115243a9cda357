import { ApartmentOutlined, FileTextOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.js';
import { ComparePeersLink } from '../benchmarking/ComparePeersLink.js';
import { PageFallback } from '../../app/PageFallback.js';
import { textLanguage } from './format.js';
import { characteristicRows, unratedCharacteristics } from './rows.js';
import { AssessmentFacts } from './sections/AssessmentFacts.js';
import { PdfDownloadButton } from './sections/PdfDownloadButton.js';
import { NoMedianNotice } from './sections/NoMedianNotice.js';
import { ProvisionalNotice } from './sections/ProvisionalNotice.js';
import { ResultsBody } from './sections/ResultsBody.js';
import { ResultsError } from './sections/ResultsError.js';
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
  const characteristics = useMemo(
    () => characteristicRows(score, model, lang),
    [score, model, lang],
  );
  const unrated = unratedCharacteristics(characteristics);
  const city = organisation ? (lang === 'zh' ? organisation.nameZh : organisation.nameEn) : '';

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
          <Link
            className="cm-r-link-button"
            to={`/organisations/${organisationId}/assessments/${assessmentId}/other-models`}
          >
            <ApartmentOutlined aria-hidden="true" /> {t('otherModels:entry')}
          </Link>
          <ComparePeersLink organisationId={organisationId} className="cm-r-link-button" />
          <PdfDownloadButton
            organisationId={organisationId}
            assessmentId={assessmentId}
            date={assessment.date}
          />
        </Space>
        <ProvisionalNotice assessment={assessment} />
        <NoMedianNotice rows={unrated} lang={lang} />
      </header>

      <ResultsBody results={results} model={model} />
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
