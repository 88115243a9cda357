import type { Audit } from '../../api/audit.js';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format.js';
import type { Lang } from '../../components/lang.js';
import { ProgressLine } from '../../components/ProgressLine.js';
import { DigestValue } from './DigestValue.js';

/** Who audits, the audit's status and progress, the snapshot audited, and what this page is for. */
export function AuditOverview({
  audit,
  auditor,
  lang,
}: {
  audit: Audit;
  /** True for the invited auditor (else a member reading). */
  auditor: boolean;
  lang: Lang;
}) {
  const { t } = useTranslation('audit');
  const intro = audit.editable
    ? t('page.introAuditor')
    : audit.status === 'issued'
      ? t('page.introIssued')
      : auditor
        ? t('page.introClosed')
        : t('page.introMember');
  return (
    <section className="cm-section" aria-labelledby="audit-overview-title">
      <h2 id="audit-overview-title" className="cm-visually-hidden">
        {t('page.overview')}
      </h2>
      <p>{intro}</p>
      <dl className="cm-au-facts">
        <div>
          <dt>{t('overview.auditor')}</dt>
          <dd>
            {audit.auditor.name}
            {audit.auditor.organisation && ` · ${audit.auditor.organisation}`}
          </dd>
        </div>
        <div>
          <dt>{t('overview.status')}</dt>
          <dd>
            {t(`status.${audit.status}`)}
            {audit.issuedAt && ` · ${formatDateTime(audit.issuedAt, lang)}`}
          </dd>
        </div>
        <div>
          <dt>{t('overview.progress')}</dt>
          <dd>
            <ProgressLine
              progress={{ answered: audit.progress.recorded, total: audit.progress.total }}
              label={t('progress', {
                recorded: audit.progress.recorded,
                total: audit.progress.total,
              })}
            />
          </dd>
        </div>
        <div>
          <dt>{t('overview.snapshot')}</dt>
          <dd>
            <DigestValue digest={audit.snapshotDigest} publicLink />
            <div className="cm-muted">{t('overview.snapshotExplain')}</div>
          </dd>
        </div>
      </dl>
    </section>
  );
}
