import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { del } from '../../api/client.js';
import {
  stakeholderGroupsPath,
  useStakeholderGroups,
  type StakeholderGroup,
} from '../../api/stakeholders.js';
import { DataTable } from '../../components/DataTable.js';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.js';
import { formatNumber } from '../../components/format.js';
import { otherLang, useLang } from '../../components/lang.js';
import { GroupForm } from './GroupForm.js';
import './stakeholders.css';

/**
 * The organisation's stakeholder groups: the standard ones (read-only) and its own, which the
 * organiser adds, renames, and deletes while nobody is in them.
 */
export default function StakeholderGroupsSection({
  organisationId,
  canManage,
}: {
  organisationId: string;
  canManage: boolean;
}) {
  const { t } = useTranslation('stakeholders');
  const lang = useLang();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const query = useStakeholderGroups(organisationId);
  const [renaming, setRenaming] = useState<StakeholderGroup>();
  const heading = useRef<HTMLHeadingElement>(null);
  const { hash } = useLocation();
  // Reached from the stakeholders page ("add your own groups"): go to the section.
  useEffect(() => {
    if (hash !== '#stakeholder-groups') return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [hash]);
  const refresh = () =>
    client.invalidateQueries({ queryKey: ['stakeholder-groups', organisationId] });

  const remove = (group: StakeholderGroup) => {
    modal.confirm({
      title: t('groups.deleteTitle', { name: group.name[lang] }),
      content: t('groups.deleteConfirm'),
      okText: t('groups.delete'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          await del(`${stakeholderGroupsPath(organisationId)}/${encodeURIComponent(group.key)}`);
          void message.success(t('groups.deleted', { name: group.name[lang] }));
          await refresh();
        } catch (e) {
          void message.error(errorMessage(e, t('common:errors.unknown')));
        }
      },
    });
  };

  return (
    <section className="cm-section" id="stakeholder-groups" aria-labelledby="groups-title">
      <Typography.Title level={2} id="groups-title" ref={heading} tabIndex={-1}>
        {t('groups.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted cm-sh-prose">
        {t('groups.intro')}
      </Typography.Paragraph>
      {query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <DataTable<StakeholderGroup>
          labelledBy="groups-title"
          rowKey={(g) => g.key}
          loading={query.isPending}
          rows={query.data}
          empty={t('groups.empty')}
          columns={[
            {
              key: 'name',
              rowHeader: true,
              title: t('groups.columns.name'),
              render: (g) => (
                <>
                  <span className="cm-sh-name">{g.name[lang]}</span>{' '}
                  <span className="cm-muted" lang={otherLang(lang) === 'zh' ? 'zh-CN' : 'en'}>
                    {g.name[otherLang(lang)]}
                  </span>
                </>
              ),
            },
            { key: 'key', title: t('groups.columns.key'), render: (g) => <code>{g.key}</code> },
            {
              key: 'kind',
              title: t('groups.columns.kind'),
              render: (g) =>
                g.standard ? (
                  <Tag>{t('groups.standard')}</Tag>
                ) : (
                  <Tag color="blue">{t('groups.own')}</Tag>
                ),
            },
            {
              key: 'respondents',
              align: 'right',
              title: t('groups.columns.respondents'),
              render: (g) => formatNumber(g.respondents, lang),
            },
            ...(canManage
              ? [
                  {
                    key: 'actions',
                    title: t('groups.columns.actions'),
                    render: (g: StakeholderGroup) =>
                      g.standard ? (
                        <span className="cm-muted">{t('groups.fixed')}</span>
                      ) : (
                        <div className="cm-sh-row-actions">
                          <Button
                            size="small"
                            icon={<EditOutlined aria-hidden />}
                            onClick={() => {
                              setRenaming(g);
                            }}
                          >
                            {t('groups.rename')}
                            <span className="cm-visually-hidden">: {g.name[lang]}</span>
                          </Button>
                          {g.respondents === 0 ? (
                            <Button
                              size="small"
                              danger
                              icon={<DeleteOutlined aria-hidden />}
                              onClick={() => {
                                remove(g);
                              }}
                            >
                              {t('groups.delete')}
                              <span className="cm-visually-hidden">: {g.name[lang]}</span>
                            </Button>
                          ) : (
                            <span className="cm-muted">{t('groups.inUse')}</span>
                          )}
                        </div>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {canManage && <GroupForm organisationId={organisationId} onSaved={refresh} />}
      {renaming && (
        <GroupForm
          organisationId={organisationId}
          group={renaming}
          onSaved={refresh}
          onClose={() => {
            setRenaming(undefined);
          }}
        />
      )}
    </section>
  );
}
