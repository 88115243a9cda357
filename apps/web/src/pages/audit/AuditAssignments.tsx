import { AuditOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { Panel } from '../../components/Panel.js';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/session.js';
import { OrganisationName } from '../../components/OrganisationName.js';
import { StatusTag } from '../../components/StatusTag.js';
import './audit.css';

/**
 * On the home page: the assessments of other organisations the person audits (an external
 * auditor has no membership, so these are their way in). Nothing when there are none.
 */
export function AuditAssignments() {
  const { t } = useTranslation('audit');
  const session = useSession();
  const grants = session.authenticated ? (session.grants ?? []) : [];
  if (grants.length === 0) return null;
  return (
    <section className="cm-section" aria-labelledby="audit-assignments">
      <Typography.Title level={2} id="audit-assignments">
        {t('assignments.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted">{t('assignments.intro')}</Typography.Paragraph>
      <ul className="cm-plain-list cm-au-assignments">
        {grants.map((g) => {
          const base = `/organisations/${g.organisation.id}/assessments/${g.assessment.id}`;
          return (
            <li key={g.assessment.id}>
              <Panel className="cm-au-assignment">
                <p className="cm-au-eyebrow">
                  <OrganisationName organisation={g.organisation} />
                </p>
                <Typography.Title level={3} className="cm-au-assignment-title">
                  <Link to={base}>{g.assessment.title}</Link>
                </Typography.Title>
                <div className="cm-au-assignment-meta">
                  <StatusTag status={g.assessment.status} />
                  <span>{t('assignments.role')}</span>
                </div>
                <Link to={`${base}/audit`} className="cm-link-button cm-link-button-primary">
                  <AuditOutlined aria-hidden /> {t('assignments.open')}
                  <span className="cm-visually-hidden">: {g.assessment.title}</span>
                </Link>
              </Panel>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
