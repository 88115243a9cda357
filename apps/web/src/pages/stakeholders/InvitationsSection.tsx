import type { UseQueryResult } from '@tanstack/react-query';
import { Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  invitationStatuses,
  type Invitation,
  type InvitationStatus,
  type IssuedInvitation,
} from '../../api/stakeholders.js';
import type { AssessmentDetail } from '../../api/types.js';
import { DataTable } from '../../components/DataTable.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatDateTime, formatNumber } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { NativeSelect } from '../../components/NativeSelect.js';
import { AnsweredCell } from './AnsweredCell.js';
import { InvitationActions } from './InvitationActions.js';
import { InvitationStatusTag } from './InvitationStatusTag.js';

type StatusFilter = InvitationStatus | 'all';

/** The invitations: who, which group, status, progress, last activity and expiry, with their actions. */
export function InvitationsSection({
  assessment,
  query,
  groupName,
  onIssued,
}: {
  assessment: AssessmentDetail;
  query: UseQueryResult<Invitation[]>;
  groupName: (key: string | null) => string;
  onIssued: (issued: IssuedInvitation[]) => void;
}) {
  const { t } = useTranslation('stakeholders');
  const lang = useLang();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const all = query.data;
  const rows = useMemo(() => {
    const words = search.trim().toLowerCase();
    return all?.filter(
      (i) =>
        (status === 'all' || i.status === status) &&
        (words === '' ||
          `${i.name} ${i.email ?? ''} ${groupName(i.group)}`.toLowerCase().includes(words)),
    );
  }, [all, search, status, groupName]);
  const filtered = rows !== undefined && all !== undefined && rows.length !== all.length;

  return (
    <section className="cm-section" id="invitations" aria-labelledby="invitations-title">
      <Typography.Title level={2} id="invitations-title">
        {t('invitations.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted cm-sh-prose">
        {t('invitations.intro')}
      </Typography.Paragraph>
      {query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          {all !== undefined && all.length > 0 && (
            <div className="cm-sh-filters">
              <label className="cm-sh-filter">
                <span>{t('invitations.search')}</span>
                <Input
                  type="search"
                  allowClear
                  value={search}
                  onChange={(e) => {
                    setSearch(e.target.value);
                  }}
                />
              </label>
              <label className="cm-sh-filter">
                <span>{t('invitations.statusFilter')}</span>
                <NativeSelect<StatusFilter>
                  value={status}
                  onChange={setStatus}
                  options={[
                    { value: 'all', label: t('invitations.allStatuses') },
                    ...invitationStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
                  ]}
                />
              </label>
              <p className="cm-muted cm-sh-count" role="status">
                {filtered
                  ? t('invitations.shownOf', {
                      shown: formatNumber(rows.length, lang),
                      total: formatNumber(all.length, lang),
                    })
                  : t('invitations.count', { count: all.length })}
              </p>
            </div>
          )}
          <DataTable<Invitation>
            labelledBy="invitations-title"
            rowKey={(i) => i.id}
            loading={query.isPending}
            rows={rows}
            empty={filtered ? t('invitations.noneMatch') : t('invitations.empty')}
            columns={[
              {
                key: 'name',
                rowHeader: true,
                title: t('invitations.columns.name'),
                render: (i) => (
                  <>
                    <span className="cm-sh-name">{i.name}</span>
                    {i.email && <span className="cm-muted cm-sh-email">{i.email}</span>}
                  </>
                ),
              },
              {
                key: 'group',
                title: t('invitations.columns.group'),
                render: (i) => groupName(i.group),
              },
              {
                key: 'status',
                title: t('invitations.columns.status'),
                render: (i) => <InvitationStatusTag status={i.status} />,
              },
              {
                key: 'progress',
                title: t('invitations.columns.progress'),
                render: (i) => <AnsweredCell progress={i.progress} />,
              },
              {
                key: 'activity',
                title: t('invitations.columns.activity'),
                render: (i) =>
                  i.lastUsedAt ? (
                    formatDateTime(i.lastUsedAt, lang)
                  ) : (
                    <span className="cm-muted">{t('invitations.neverOpened')}</span>
                  ),
              },
              {
                key: 'expires',
                title: t('invitations.columns.expires'),
                render: (i) =>
                  i.revokedAt
                    ? t('invitations.revokedAt', { at: formatDateTime(i.revokedAt, lang) })
                    : formatDateTime(i.expiresAt, lang),
              },
              {
                key: 'actions',
                title: t('invitations.columns.actions'),
                render: (i) => (
                  <InvitationActions
                    organisationId={assessment.organisationId}
                    assessmentId={assessment.id}
                    invitation={i}
                    isDraft={assessment.status === 'draft'}
                    onIssued={onIssued}
                  />
                ),
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
