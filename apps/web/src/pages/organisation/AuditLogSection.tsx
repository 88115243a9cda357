import { useQuery } from '@tanstack/react-query';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { organisationPath } from '../../components/queries.js';
import { DataTable } from '../../components/DataTable.js';

interface AuditEntry {
  id: number;
  at: string;
  actorUserId: string | null;
  actor: { displayName: string; email: string } | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: 'success' | 'denied' | 'failure';
}

const outcomeColours = { success: 'green', denied: 'orange', failure: 'red' } as const;

/** The last 50 entries of the organisation's append-only audit log (administrators). */
export function AuditLogSection({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation('organisation');
  const lang = useLang();
  const query = useQuery({
    queryKey: ['audit', organisationId],
    queryFn: () => get<AuditEntry[]>(`${organisationPath(organisationId)}/audit-log?limit=50`),
  });
  const nameOf = (entry: AuditEntry) => {
    if (entry.actor) return <span title={entry.actor.email}>{entry.actor.displayName}</span>;
    if (!entry.actorUserId) return t('audit.system');
    return t('audit.formerMember', { id: entry.actorUserId.slice(0, 8) });
  };
  const actionLabel = (action: string) =>
    i18n.exists(`organisation:audit.actions.${action}`) ? t(`audit.actions.${action}`) : null;

  return (
    <section className="cm-section" id="audit-log">
      <Typography.Title level={2} id="audit-title">
        {t('audit.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted">{t('audit.intro')}</Typography.Paragraph>
      {query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <DataTable<AuditEntry>
          labelledBy="audit-title"
          rowKey={(e) => String(e.id)}
          loading={query.isPending}
          rows={query.data}
          empty={t('audit.empty')}
          columns={[
            {
              key: 'at',
              title: t('audit.columns.at'),
              render: (e) => <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>,
            },
            {
              key: 'who',
              title: t('audit.columns.who'),
              render: nameOf,
            },
            {
              key: 'action',
              title: t('audit.columns.action'),
              render: (e) => (
                <>
                  {actionLabel(e.action)} <span className="cm-audit-code">{e.action}</span>
                </>
              ),
            },
            {
              key: 'outcome',
              title: t('audit.columns.outcome'),
              render: (e) => (
                <Tag color={outcomeColours[e.outcome]}>{t(`audit.outcomes.${e.outcome}`)}</Tag>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
