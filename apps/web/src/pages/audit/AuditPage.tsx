import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  useAudit,
  useAuditGrant,
  type Audit,
  type AuditFinding,
  type AuditProgress,
} from '../../api/audit.js';
import { get } from '../../api/client.js';
import { useMaturityModelQuery } from '../../api/model.js';
import type { Results } from '../../api/types.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useLang } from '../../components/lang.js';
import { OrganisationName } from '../../components/OrganisationName.js';
import { assessmentPath, useAssessment, useMembership } from '../../components/queries.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import { selectedCharacteristic } from './audit-logic.js';
import { AuditOverview } from './AuditOverview.js';
import { AuditWorkList } from './AuditWorkList.js';
import { CharacteristicReview } from './CharacteristicReview.js';
import { IssuedStatement } from './IssuedStatement.js';
import { StatementForm } from './StatementForm.js';
import './audit.css';

/**
 * The external audit of an assessment: for the auditor a work list of the characteristics and,
 * per characteristic, what was submitted, the evidence and the finding to record; then the audit
 * statement. Members who may see the verification read the same page without the forms.
 */
export default function AuditPage() {
  const { t } = useTranslation('audit');
  const lang = useLang();
  const client = useQueryClient();
  const { organisationId = '', assessmentId = '', characteristicId } = useParams();
  const assessment = useAssessment(organisationId, assessmentId);
  const audit = useAudit(organisationId, assessmentId);
  const modelQuery = useMaturityModelQuery();
  const mayViewResults = assessment.data?.actions.includes('results.view') ?? false;
  const results = useQuery({
    queryKey: ['results', organisationId, assessmentId],
    queryFn: () => get<Results>(`${assessmentPath(organisationId, assessmentId)}/results`),
    enabled: mayViewResults,
  });
  const membership = useMembership(organisationId);
  const grant = useAuditGrant(organisationId, assessmentId);
  const organisation = membership?.organisation ?? grant?.organisation;
  const title = assessment.data?.title;
  usePageTitle(title ? t('page.title', { title }) : undefined);

  const model = modelQuery.data?.index;
  const selected =
    model && audit.data
      ? selectedCharacteristic(model, audit.data.findings, characteristicId)
      : undefined;

  // Moving to another characteristic: its heading takes the focus (as a new page would).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (characteristicId) document.getElementById('audit-review-title')?.focus();
  }, [characteristicId]);

  const back = `/organisations/${organisationId}/assessments/${assessmentId}`;
  const error = assessment.error ?? audit.error ?? modelQuery.error;
  if (error)
    return (
      <div className="cm-page">
        <Typography.Title level={1}>{t('page.heading')}</Typography.Title>
        <ErrorAlert
          error={error}
          onRetry={() => {
            void assessment.refetch();
            void audit.refetch();
            void modelQuery.refetch();
          }}
        />
        <Link to={back}>{t('page.back')}</Link>
      </div>
    );
  if (
    !assessment.data ||
    audit.data === undefined ||
    !model ||
    (mayViewResults && results.isPending)
  )
    return <PageFallback />;

  const header = (
    <div>
      <Link to={back} className="cm-back-link">
        {t('page.back')}
      </Link>
      {organisation && (
        <p className="cm-au-eyebrow">
          <OrganisationName organisation={organisation} />
        </p>
      )}
      <Typography.Title level={1}>
        {t('page.title', { title: assessment.data.title })}
      </Typography.Title>
    </div>
  );
  if (audit.data === null)
    return (
      <div className="cm-page">
        {header}
        <p>{t('page.notStarted')}</p>
      </div>
    );

  const data = audit.data;
  const base = `${back}/audit`;
  const onSaved = (finding: AuditFinding | null, progress?: AuditProgress) => {
    if (!selected) return;
    client.setQueryData<Audit | null>(['audit', organisationId, assessmentId], (old) => {
      if (!old) return old;
      const findings = Object.fromEntries(
        Object.entries(old.findings).filter(([id]) => id !== selected),
      );
      if (finding) findings[selected] = finding;
      return { ...old, findings, progress: progress ?? old.progress };
    });
    void client.invalidateQueries({ queryKey: ['audit', organisationId, assessmentId] });
  };

  return (
    <div className="cm-page cm-au-page">
      {header}
      <AuditOverview audit={data} auditor={grant !== undefined} lang={lang} />
      {data.status === 'issued' && <IssuedStatement audit={data} lang={lang} />}
      {results.isError && (
        <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />
      )}
      <div className="cm-au-work">
        <AuditWorkList model={model} audit={data} selected={selected} base={base} lang={lang} />
        {selected && (
          <CharacteristicReview
            organisationId={organisationId}
            assessmentId={assessmentId}
            characteristicId={selected}
            model={model}
            score={results.data?.score}
            audit={data}
            mayViewEvidence={assessment.data.actions.includes('evidence.view')}
            base={base}
            lang={lang}
            onSaved={onSaved}
          />
        )}
      </div>
      {data.editable && (
        <StatementForm organisationId={organisationId} assessmentId={assessmentId} audit={data} />
      )}
    </div>
  );
}
