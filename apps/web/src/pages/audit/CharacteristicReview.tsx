import { officialLevels, type AssessmentScore } from '@citymaturity/core';
import type { ModelIndex } from '@citymaturity/model';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Audit, AuditFinding, AuditProgress } from '../../api/audit.js';
import type { Lang } from '../../components/lang.js';
import { neighboursOf, nextOpen } from './audit-logic.js';
import { AuditEvidence } from './AuditEvidence.js';
import { FindingForm } from './FindingForm.js';
import { FindingView } from './FindingView.js';
import { SubmittedResult } from './SubmittedResult.js';

/**
 * One characteristic under review: its criteria at every level, what was submitted (official
 * levels, distribution, consensus), the evidence, and the finding (a form for the auditor while
 * the audit is open, else read-only); previous and next below.
 */
export function CharacteristicReview({
  organisationId,
  assessmentId,
  characteristicId,
  model,
  score,
  audit,
  mayViewEvidence,
  base,
  lang,
  onSaved,
}: {
  organisationId: string;
  assessmentId: string;
  characteristicId: string;
  model: ModelIndex;
  score: AssessmentScore | undefined;
  audit: Audit;
  mayViewEvidence: boolean;
  base: string;
  lang: Lang;
  onSaved: (finding: AuditFinding | null, progress?: AuditProgress) => void;
}) {
  const { t } = useTranslation('audit');
  const indexed = model.characteristicById.get(characteristicId);
  const result = score?.characteristics[characteristicId];
  const finding = audit.findings[characteristicId];
  const { previous, next } = neighboursOf(model, characteristicId);
  // For the auditor: where the work goes on (when it is not simply the next one).
  const open = audit.editable ? nextOpen(model, audit.findings, characteristicId) : undefined;
  const name = (id: string) =>
    `${id} ${model.characteristicById.get(id)?.characteristic.name[lang] ?? ''}`;

  return (
    <section className="cm-au-review" aria-labelledby="audit-review-title">
      <Typography.Title level={2} id="audit-review-title" tabIndex={-1}>
        {name(characteristicId)}
      </Typography.Title>
      {indexed && (
        <details className="cm-au-criteria">
          <summary>{t('review.criteria')}</summary>
          <dl>
            {model.pack.levels.map((level) => (
              <div key={level.level}>
                <dt>{t('level.named', { level: level.level, name: level.name[lang] })}</dt>
                <dd>{indexed.characteristic.levels[String(level.level)]?.[lang]}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {score ? (
        <SubmittedResult result={result} model={model} lang={lang} />
      ) : (
        <p className="cm-muted">{t('review.noResults')}</p>
      )}
      {mayViewEvidence && (
        <AuditEvidence
          organisationId={organisationId}
          assessmentId={assessmentId}
          characteristicId={characteristicId}
          lang={lang}
        />
      )}
      {audit.editable ? (
        <FindingForm
          key={characteristicId}
          organisationId={organisationId}
          assessmentId={assessmentId}
          characteristicId={characteristicId}
          finding={finding}
          official={officialLevels(result)}
          model={model}
          lang={lang}
          onSaved={onSaved}
        />
      ) : (
        <FindingView finding={finding} model={model} lang={lang} />
      )}
      <nav className="cm-au-pager" aria-label={t('review.pager')}>
        {previous && (
          <Link to={`${base}/${previous}`} rel="prev">
            ← {t('review.previous', { name: name(previous) })}
          </Link>
        )}
        {next && (
          <Link to={`${base}/${next}`} rel="next" className="cm-au-pager-next">
            {t('review.next', { name: name(next) })} →
          </Link>
        )}
        {open && open !== next && (
          <Link to={`${base}/${open}`} className="cm-au-pager-open">
            {t('review.nextOpen', { name: name(open) })} →
          </Link>
        )}
      </nav>
    </section>
  );
}
