import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useImprovementCycle, type ImprovementCycle } from '../../api/cycles.js';
import { useMaturityModelQuery, useOperatingModel, type MaturityModel } from '../../api/model.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useLang } from '../../components/lang.js';
import { useMembership } from '../../components/queries.js';
import { StatusTag } from '../../components/StatusTag.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { formatDate } from '../results/format.js';
import '../../components/components.css';
import '../results/results.css';
import './cycles.css';
import { StageTracker } from './sections/StageBits.js';
import { StageSection } from './sections/StageSection.js';
import { useCityName } from './useCityName.js';

function CycleStages({
  cycle,
  model,
  organisationId,
  canEdit,
}: {
  cycle: ImprovementCycle;
  model: MaturityModel;
  organisationId: string;
  canEdit: boolean;
}) {
  const lang = useLang();
  const scom = useOperatingModel();
  return (
    <>
      <StageTracker stages={cycle.stages} lang={lang} />
      {cycle.stages.map((stage) => (
        <StageSection
          key={stage.id}
          stage={stage}
          organisationId={organisationId}
          assessmentId={cycle.assessment.id}
          model={model.index}
          scom={scom}
          canEdit={canEdit}
          lang={lang}
        />
      ))}
    </>
  );
}

/**
 * The five-stage improvement cycle of an assessment (ISO/TS 37107 5.2, the process of ISO 37104):
 * a tracker of the stages' status, and for each stage how the model helps, what the platform
 * offers (with this assessment's figures and links to the pages), the notes and who changed them.
 * Organisation administrators and facilitators edit the status and notes; others read.
 */
export default function ImprovementCyclePage() {
  const { t } = useTranslation('cycles');
  const lang = useLang();
  const { organisationId = '', assessmentId = '' } = useParams();
  const query = useImprovementCycle(organisationId, assessmentId);
  const model = useMaturityModelQuery();
  const membership = useMembership(organisationId);
  const canEdit = membership?.actions.includes('improvement.manage') ?? false;
  const city = useCityName(organisationId, lang);
  const assessment = query.data?.assessment;
  usePageTitle(assessment ? t('stages.title', { title: assessment.title }) : t('stages.heading0'));

  return (
    <div className="cm-r-page cm-cy-page">
      <header className="cm-r-header">
        <Link to={`/organisations/${organisationId}/assessments/${assessmentId}`}>
          ← {t('backToAssessment')}
        </Link>
        {city && <p className="cm-r-eyebrow">{city}</p>}
        <h1 className="cm-r-title">
          {assessment ? t('stages.title', { title: assessment.title }) : t('stages.heading0')}
        </h1>
        {assessment && (
          <p className="cm-cy-facts">
            {formatDate(assessment.date, lang)} <StatusTag status={assessment.status} />
          </p>
        )}
        <div className="cm-r-intro">
          <p>{t('stages.intro')}</p>
          <p>
            <Link to={`/organisations/${organisationId}/cycles`}>{t('links.trend')}</Link>
          </p>
        </div>
        {query.data && !canEdit && (
          <Alert type="info" showIcon className="cm-r-notice" title={t('stages.readOnly')} />
        )}
      </header>
      {query.error || model.error ? (
        <ErrorAlert
          error={query.error ?? model.error}
          title={t('stages.loadFailed')}
          onRetry={() => {
            void query.refetch();
            void model.refetch();
          }}
        />
      ) : !query.data || !model.data ? (
        <PageFallback />
      ) : (
        <CycleStages
          cycle={query.data}
          model={model.data}
          organisationId={organisationId}
          canEdit={canEdit}
        />
      )}
    </div>
  );
}
