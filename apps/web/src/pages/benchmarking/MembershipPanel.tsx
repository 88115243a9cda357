import { BarChartOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBenchmarkingActions, type ConsortiumMembership } from '../../api/benchmarking.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { useLang } from '../../components/lang.js';
import { OrganisationName, organisationName } from '../../components/OrganisationName.js';
import { Panel } from '../../components/Panel.js';
import { ConsentForm } from './ConsentForm.js';
import { ConsortiumFacts } from './ConsortiumFacts.js';
import { ConsentSummary } from './ConsentSummary.js';

/**
 * A consortium the city has joined: who runs it, its threshold, the city's consent, the way to its
 * membership page (share, compare) and, for administrators, changing the consent and leaving.
 */
export function MembershipPanel({
  organisationId,
  membership,
  canManage,
}: {
  organisationId: string;
  membership: ConsortiumMembership;
  canManage: boolean;
}) {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const { message } = App.useApp();
  const actions = useBenchmarkingActions(organisationId);
  const [editing, setEditing] = useState(false);
  const { consortium } = membership;
  const titleId = `membership-${consortium.id}`;
  const name = organisationName(consortium, lang);

  const leave = async () => {
    try {
      await actions.leave(consortium.id);
      void message.success(t('leave.done', { name }));
    } catch (e) {
      void message.error(errorMessage(e, t('common:errors.unknown')));
    }
  };

  return (
    <Panel className="cm-bm-consortium">
      <article aria-labelledby={titleId}>
        <Typography.Title level={3} id={titleId}>
          <OrganisationName organisation={consortium} />
        </Typography.Title>
        <ConsortiumFacts consortium={consortium} />
        <ConsentSummary consent={membership.consent} joinedAt={membership.joinedAt} />
        <div className="cm-actions cm-bm-actions">
          <Link
            to={`/organisations/${organisationId}/benchmarking/${consortium.id}`}
            className="cm-link-button cm-link-button-primary"
          >
            <BarChartOutlined aria-hidden /> {t('joined.open')}
            <span className="cm-visually-hidden"> {name}</span>
          </Link>
          {canManage && (
            <>
              <Button
                aria-expanded={editing}
                onClick={() => {
                  setEditing((open) => !open);
                }}
              >
                {t('consent.change')}
              </Button>
              <Popconfirm
                title={t('leave.confirm', { name })}
                description={<p className="cm-bm-confirm">{t('leave.explained')}</p>}
                okText={t('leave.submit')}
                cancelText={t('create.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => void leave()}
              >
                <Button danger>{t('leave.submit')}</Button>
              </Popconfirm>
            </>
          )}
        </div>
        {editing && (
          <ConsentForm
            organisationId={organisationId}
            membership={membership}
            onDone={() => {
              setEditing(false);
            }}
          />
        )}
      </article>
    </Panel>
  );
}
