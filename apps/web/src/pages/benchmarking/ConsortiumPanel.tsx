import { App, Button, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBenchmarkingActions, useConsortium, type Consortium } from '../../api/benchmarking.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { OrganisationName } from '../../components/OrganisationName.js';
import { Panel } from '../../components/Panel.js';
import { ConsortiumFacts } from './ConsortiumFacts.js';
import { EditConsortiumForm } from './EditConsortiumForm.js';
import { JoinCodeNotice } from './JoinCodeNotice.js';
import { MembersTable } from './MembersTable.js';

/**
 * A consortium the organisation runs: its description and threshold, its members (who they are
 * and what they agreed to, never their levels), and its settings: change, new join code, close.
 */
export function ConsortiumPanel({
  organisationId,
  consortium,
}: {
  organisationId: string;
  consortium: Consortium;
}) {
  const { t } = useTranslation('benchmarking');
  const { message } = App.useApp();
  const actions = useBenchmarkingActions(organisationId);
  const detail = useConsortium(organisationId, consortium.id);
  const [editing, setEditing] = useState(false);
  const [joinCode, setJoinCode] = useState<string>();
  const [busy, setBusy] = useState(false);
  const titleId = `consortium-${consortium.id}`;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (e) {
      void message.error(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel className="cm-bm-consortium">
      <article aria-labelledby={titleId}>
        <Typography.Title level={3} id={titleId}>
          <OrganisationName organisation={consortium} />
        </Typography.Title>
        <ConsortiumFacts consortium={consortium} />
        {joinCode && (
          <JoinCodeNotice
            consortium={consortium}
            joinCode={joinCode}
            fresh={false}
            onDismiss={() => {
              setJoinCode(undefined);
            }}
          />
        )}
        <div className="cm-actions cm-bm-actions">
          <Button
            aria-expanded={editing}
            onClick={() => {
              setEditing((open) => !open);
            }}
          >
            {t('consortium.edit')}
          </Button>
          <Popconfirm
            title={t('consortium.newCodeConfirm')}
            okText={t('consortium.newCode')}
            cancelText={t('create.cancel')}
            onConfirm={() =>
              void run(async () => {
                setJoinCode((await actions.newJoinCode(consortium.id)).joinCode);
              })
            }
          >
            <Button disabled={busy}>{t('consortium.newCode')}</Button>
          </Popconfirm>
          <Popconfirm
            title={t('consortium.closeConfirm')}
            description={<p className="cm-bm-confirm">{t('consortium.closeExplained')}</p>}
            okText={t('consortium.close')}
            cancelText={t('create.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              void run(async () => {
                await actions.close(consortium.id);
                void message.success(t('consortium.closed'));
              })
            }
          >
            <Button danger disabled={busy}>
              {t('consortium.close')}
            </Button>
          </Popconfirm>
        </div>
        {editing && (
          <EditConsortiumForm
            organisationId={organisationId}
            consortium={consortium}
            onDone={() => {
              setEditing(false);
            }}
          />
        )}
        <MembersTable
          organisationId={organisationId}
          consortiumId={consortium.id}
          query={detail}
          headingId={`${titleId}-members`}
        />
      </article>
    </Panel>
  );
}
