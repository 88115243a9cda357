import { AuditOutlined } from '@ant-design/icons';
import type { MaturityModelPack, TextLanguage } from '@citymaturity/model';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Cycle } from '../../../api/cycles.js';
import { EvidenceMethodBadge } from '../../../components/EvidenceMethodBadge.js';
import { evidenceMethodBadgeOf } from '../../../components/evidence-method.js';
import { StatusTag } from '../../../components/StatusTag.js';
import { formatDate, formatRollup } from '../../results/format.js';
import { ElapsedNote, ProvisionalTag } from './CycleBits.js';

/**
 * The cycles, oldest first, one card each: date, title, status, how the evidence was gathered
 * (the confidence badge; "audited" once an audit statement is out), the overall levels and the
 * time since the previous cycle; with links to its results, plan realisation and improvement cycle.
 */
export function CycleList({
  cycles,
  organisationId,
  pack,
  lang,
}: {
  cycles: readonly Cycle[];
  organisationId: string;
  pack: MaturityModelPack;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('cycles');
  const ranks = pack.evidence_methods?.length ?? 5;
  return (
    <>
      <ol className="cm-cy-list">
        {cycles.map((cycle, i) => {
          const base = `/organisations/${organisationId}/assessments/${cycle.assessmentId}`;
          const badge = evidenceMethodBadgeOf(pack, cycle);
          const headingId = `cm-cy-cycle-${cycle.assessmentId}`;
          return (
            <li key={cycle.assessmentId} className="cm-cy-card" aria-labelledby={headingId}>
              <h3 id={headingId} className="cm-cy-card-title">
                <span className="cm-cy-card-number">{t('list.number', { number: i + 1 })}</span>{' '}
                {formatDate(cycle.date, lang)}
              </h3>
              <p className="cm-cy-card-link">
                <Link to={base}>{cycle.title}</Link>
              </p>
              <div className="cm-cy-tags">
                <StatusTag status={cycle.status} />
                {cycle.provisional && <ProvisionalTag />}
                {cycle.audited && (
                  <Tag color="blue" icon={<AuditOutlined aria-hidden />} className="cm-tag-strong">
                    {t('list.audited')}
                  </Tag>
                )}
              </div>
              {badge ? (
                <EvidenceMethodBadge method={badge} compact />
              ) : (
                <p className="cm-r-muted">{cycle.method}</p>
              )}
              <dl className="cm-cy-figures">
                <div>
                  <dt>{t('measure.current')}</dt>
                  <dd className="cm-r-current">{formatRollup(cycle.overall.current, lang)}</dd>
                </div>
                <div>
                  <dt>{t('measure.target')}</dt>
                  <dd className="cm-r-target">{formatRollup(cycle.overall.target, lang)}</dd>
                </div>
                <div>
                  <dt>{t('list.respondents')}</dt>
                  <dd>{cycle.respondents}</dd>
                </div>
              </dl>
              {cycle.overall.rated.current < cycle.overall.rated.of && (
                <p className="cm-cy-partial">
                  {t('list.partial', {
                    rated: cycle.overall.rated.current,
                    total: cycle.overall.rated.of,
                  })}
                </p>
              )}
              <p className="cm-cy-card-elapsed">
                {cycle.elapsed ? (
                  <ElapsedNote elapsed={cycle.elapsed} lang={lang} />
                ) : (
                  t('list.first')
                )}
              </p>
              <ul className="cm-cy-card-links">
                <li>
                  <Link to={`${base}/results`}>{t('links.results')}</Link>
                </li>
                {i > 0 && (
                  <li>
                    <Link to={`${base}/plan-realisation`}>{t('links.planRealisation')}</Link>
                  </li>
                )}
                <li>
                  <Link to={`${base}/improvement-cycle`}>{t('links.improvementCycle')}</Link>
                </li>
              </ul>
            </li>
          );
        })}
      </ol>
      <p className="cm-r-note">
        {t('list.overallRule')} {t('audit:badge.explain', { ranks })}
      </p>
    </>
  );
}
