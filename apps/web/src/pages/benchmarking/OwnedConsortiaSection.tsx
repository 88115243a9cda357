import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consortium } from '../../api/benchmarking.js';
import { ConsortiumPanel } from './ConsortiumPanel.js';
import { CreateConsortiumForm } from './CreateConsortiumForm.js';
import { JoinCodeNotice } from './JoinCodeNotice.js';

/**
 * The consortia the organisation runs (its administrators): each with its members and settings,
 * and a form to create one. The join code of a new consortium is shown once, right here.
 */
export function OwnedConsortiaSection({
  organisationId,
  owned,
}: {
  organisationId: string;
  owned: readonly Consortium[];
}) {
  const { t } = useTranslation('benchmarking');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ consortium: Consortium; joinCode: string }>();
  const showForm = creating || owned.length === 0;

  return (
    <section className="cm-section" id="consortia-run" aria-labelledby="consortia-run-title">
      <Typography.Title level={2} id="consortia-run-title">
        {t('owned.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted cm-bm-text">
        {t('owned.intro')}
      </Typography.Paragraph>
      {created && (
        <JoinCodeNotice
          consortium={created.consortium}
          joinCode={created.joinCode}
          fresh
          onDismiss={() => {
            setCreated(undefined);
          }}
        />
      )}
      <div className="cm-bm-stack">
        {owned.map((consortium) => (
          <ConsortiumPanel
            key={consortium.id}
            organisationId={organisationId}
            consortium={consortium}
          />
        ))}
      </div>
      {showForm ? (
        <CreateConsortiumForm
          organisationId={organisationId}
          onCreated={(result) => {
            setCreated(result);
            setCreating(false);
          }}
          {...(owned.length > 0
            ? {
                onCancel: () => {
                  setCreating(false);
                },
              }
            : {})}
        />
      ) : (
        <Button
          onClick={() => {
            setCreating(true);
          }}
        >
          {t('create.open')}
        </Button>
      )}
    </section>
  );
}
