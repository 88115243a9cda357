import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { del, get, patch } from '../../api/client.js';
import { useRefreshSession, useSession } from '../../api/session.js';
import type { Member, Role } from '../../api/types.js';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.js';
import { formatDate } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { organisationPath } from '../../components/queries.js';
import { AddMemberForm } from './AddMemberForm.js';
import { NativeSelect } from '../../components/NativeSelect.js';
import { DataTable } from '../../components/DataTable.js';

export const roles: readonly Role[] = [
  'org_admin',
  'facilitator',
  'respondent',
  'auditor',
  'viewer',
  'programme_office',
];

/** Members of the organisation and their roles; administrators add, change and remove them. */
export function MembersSection({
  organisationId,
  canManage,
}: {
  organisationId: string;
  canManage: boolean;
}) {
  const { t } = useTranslation('organisation');
  const lang = useLang();
  const { message } = App.useApp();
  const session = useSession();
  const refreshSession = useRefreshSession();
  const client = useQueryClient();
  const membersPath = `${organisationPath(organisationId)}/members`;
  const query = useQuery({
    queryKey: ['members', organisationId],
    queryFn: () => get<Member[]>(membersPath),
  });
  const myId = session.authenticated ? session.user.id : undefined;

  const afterChange = async (userId: string) => {
    await client.invalidateQueries({ queryKey: ['members', organisationId] });
    // Changing one's own role changes what one may do here.
    if (userId === myId) await refreshSession();
  };

  const changeRole = async (member: Member, role: Role) => {
    try {
      await patch(`${membersPath}/${member.userId}`, { role });
      void message.success(
        t('members.roleChanged', { name: member.displayName, role: t(`roles.${role}`) }),
      );
      await afterChange(member.userId);
    } catch (e) {
      void message.error(errorMessage(e, t('common:errors.unknown')));
    }
  };

  const remove = async (member: Member) => {
    try {
      await del(`${membersPath}/${member.userId}`);
      void message.success(t('members.removed', { name: member.displayName }));
      await afterChange(member.userId);
    } catch (e) {
      void message.error(errorMessage(e, t('common:errors.unknown')));
    }
  };

  return (
    <section className="cm-section" id="members">
      <Typography.Title level={2} id="members-title">
        {t('members.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted">
        {t('members.rolesExplained')}
      </Typography.Paragraph>
      {query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <DataTable<Member>
          labelledBy="members-title"
          rowKey={(m) => m.userId}
          loading={query.isPending}
          rows={query.data}
          empty={t('members.empty')}
          columns={[
            {
              key: 'name',
              rowHeader: true,
              title: t('members.columns.name'),
              render: (m) => (
                <>
                  {m.displayName}
                  {m.userId === myId && <span className="cm-muted"> {t('members.you')}</span>}
                </>
              ),
            },
            { key: 'email', title: t('members.columns.email'), render: (m) => m.email },
            {
              key: 'role',
              title: t('members.columns.role'),
              render: (m) =>
                canManage ? (
                  <NativeSelect<Role>
                    aria-label={t('members.roleOf', { name: m.displayName })}
                    value={m.role}
                    onChange={(role) => void changeRole(m, role)}
                    options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                  />
                ) : (
                  t(`roles.${m.role}`)
                ),
            },
            {
              key: 'since',
              title: t('members.columns.since'),
              render: (m) => formatDate(m.since, lang),
            },
            ...(canManage
              ? [
                  {
                    key: 'remove',
                    title: (
                      <span className="cm-visually-hidden">{t('members.columns.actions')}</span>
                    ),
                    render: (m: Member) => (
                      <Popconfirm
                        title={t('members.removeConfirm', { name: m.displayName })}
                        okText={t('members.remove')}
                        cancelText={t('members.cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => void remove(m)}
                      >
                        <Button danger size="small">
                          {t('members.remove')}
                          <span className="cm-visually-hidden"> {m.displayName}</span>
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {canManage && <AddMemberForm organisationId={organisationId} />}
    </section>
  );
}
