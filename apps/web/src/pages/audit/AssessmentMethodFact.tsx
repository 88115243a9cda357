import { useTranslation } from 'react-i18next';
import { useAudit } from '../../api/audit.js';
import { useMaturityModel } from '../../api/model.js';
import type { AssessmentDetail } from '../../api/types.js';
import { EvidenceMethodBadge } from '../../components/EvidenceMethodBadge.js';
import { evidenceMethodBadgeOf } from '../../components/evidence-method.js';
import { useLang } from '../../components/lang.js';
import { findMethod } from '../../components/methods.js';

/**
 * The evidence method of an assessment as its confidence badge: the method it was run with, or
 * external audit once an audit statement is issued (then the method it was gathered with is named
 * too).
 */
export function AssessmentMethodFact({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation('audit');
  const lang = useLang();
  const model = useMaturityModel();
  const auditVisible =
    assessment.status === 'submitted' && assessment.actions.includes('verification.view');
  const audit = useAudit(assessment.organisationId, assessment.id, auditVisible);
  if (!model) return <>{assessment.method}</>;
  const audited = audit.data?.status === 'issued';
  const badge = evidenceMethodBadgeOf(model.pack, { method: assessment.method, audited });
  const gathered = findMethod(model.pack, assessment.method);
  if (!badge) return <>{assessment.method}</>;
  return (
    <>
      <EvidenceMethodBadge method={badge} compact />
      {audited && gathered && (
        <div className="cm-muted">
          {t('badge.gatheredAs', { method: gathered.method.name[lang] })}
        </div>
      )}
    </>
  );
}
