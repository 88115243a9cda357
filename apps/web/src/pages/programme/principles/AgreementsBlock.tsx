import { TeamOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Principle } from '../../../api/programme-components.js';
import { formatDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { AgreementsForm } from './AgreementsForm.js';
import { usePrincipleCache } from './usePrincipleCache.js';

/**
 * The registered stakeholders who agreed a principle, with the date; for those who may manage
 * the workspace, recording them (once the principle is decided: it needs a row).
 */
export function AgreementsBlock({
  principle,
  name,
  headingId,
  level = 3,
}: {
  principle: Principle;
  name: string;
  headingId: string;
  /** The level of its heading (under the principle's). */
  level?: 3 | 4;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId, pack, canManage } = useProgramme();
  const cache = usePrincipleCache(organisationId);
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const typeName = (typeId: string) =>
    pack.stakeholder_types?.find((s) => s.id === typeId)?.name[lang] ?? typeId;
  const id = principle.id;
  const Heading = level === 3 ? 'h3' : 'h4';

  return (
    <section aria-labelledby={headingId} className="cm-pgc-agreements">
      <Heading id={headingId}>
        <TeamOutlined aria-hidden /> {t('principles.agreements.title')}
      </Heading>
      {principle.agreements.length === 0 ? (
        <p className="cm-muted">{t('principles.agreements.none')}</p>
      ) : (
        <ul>
          {principle.agreements.map((a) => (
            <li key={a.stakeholderId}>
              {t('principles.agreements.item', {
                name: a.name,
                type: typeName(a.typeId),
                date: formatDate(a.agreedOn, lang),
              })}
            </li>
          ))}
        </ul>
      )}
      {canManage &&
        (id === null ? (
          <p className="cm-muted">{t('principles.agreements.decideFirst')}</p>
        ) : editing ? (
          <AgreementsForm
            principle={{ ...principle, id }}
            name={name}
            onSaved={(saved, mine) => {
              if (saved) cache.store(saved);
              else void cache.refresh();
              if (mine) void message.success(t('principles.agreements.saved', { name }));
              setEditing(false);
            }}
            onCancel={() => {
              setEditing(false);
            }}
            onStale={() => void cache.refresh()}
          />
        ) : (
          <Button
            aria-label={t('workspaceEdit.actionOn', {
              action: t('principles.agreements.record'),
              name,
            })}
            onClick={() => {
              setEditing(true);
            }}
          >
            {t('principles.agreements.record')}
          </Button>
        ))}
    </section>
  );
}
