import { PlusOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addPrinciple,
  conflictCodes,
  deletePrinciple,
  updatePrinciple,
  type Principle,
} from '../../../api/programme-components.js';
import { useProgramme } from '../useProgramme.js';
import { ChangedBy } from '../workspace-edit/ChangedBy.js';
import { useConfirmDelete } from '../workspace-edit/useConfirmDelete.js';
import { AgreementsBlock } from './AgreementsBlock.js';
import { PrincipleTextForm, type PrincipleTextValues } from './PrincipleTextForm.js';
import { StanceTag } from './StanceTag.js';
import { usePrincipleCache } from './usePrincipleCache.js';

const textOf = (values: PrincipleTextValues) => ({
  title: values.title.trim(),
  wording: values.wording.trim(),
  position: Number(values.position),
});

/** A principle the city added: its title, wording, position and agreements; edit and delete. */
function OwnPrincipleCard({ principle }: { principle: Principle & { id: string } }) {
  const { t } = useTranslation('programme');
  const { organisationId, canManage } = useProgramme();
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const cache = usePrincipleCache(organisationId);
  const [editing, setEditing] = useState(false);
  const headingId = `own-principle-${principle.id}`;
  const name = principle.title;
  const on = (action: string) => t('workspaceEdit.actionOn', { action, name });

  const remove = () => {
    confirmDelete({
      title: t('principles.own.deleteTitle', { name }),
      content: t('principles.own.deleteText'),
      remove: () => deletePrinciple(organisationId, principle.id, principle.version),
      deleted: t('principles.own.deleted', { name }),
      conflictCode: conflictCodes.principle,
      refresh: cache.refresh,
    });
  };

  return (
    <article aria-labelledby={headingId} className="cm-pg-block">
      <h3 id={headingId}>{name}</h3>
      <p className="cm-pgc-status-line">
        <StanceTag stance="added" />{' '}
        <span className="cm-pg-meta">
          {t('principles.own.position', { position: principle.position })}
        </span>
      </p>
      {editing ? (
        <PrincipleTextForm
          mode="own"
          label={t('principles.own.editForm', { name })}
          name={name}
          initial={{
            title: principle.title,
            wording: principle.wording,
            position: String(principle.position),
          }}
          base={principle.version}
          save={(values, version) =>
            updatePrinciple(organisationId, principle.id, textOf(values), version)
          }
          onSaved={(saved, mine) => {
            if (saved) cache.store(saved);
            else void cache.refresh();
            if (mine) void message.success(t('principles.own.saved', { name: saved?.title }));
            setEditing(false);
          }}
          onCancel={() => {
            setEditing(false);
          }}
          onStale={() => void cache.refresh()}
        />
      ) : (
        <p className="cm-pre-line">{principle.wording}</p>
      )}
      <ChangedBy by={principle.updatedBy} at={principle.updatedAt} />
      {canManage && !editing && (
        <div className="cm-actions cm-pgc-card-actions">
          <Button
            aria-label={on(t('principles.own.edit'))}
            onClick={() => {
              setEditing(true);
            }}
          >
            {t('principles.own.edit')}
          </Button>
          <Button danger aria-label={on(t('workspaceEdit.delete'))} onClick={remove}>
            {t('workspaceEdit.delete')}
          </Button>
        </div>
      )}
      <AgreementsBlock
        principle={principle}
        name={name}
        headingId={`${headingId}-agreed`}
        level={4}
      />
    </article>
  );
}

/** The principles the city added, and (for those who may manage) adding one. */
export function OwnPrinciples({ principles }: { principles: readonly Principle[] }) {
  const { t } = useTranslation('programme');
  const { organisationId, canManage } = useProgramme();
  const { message } = App.useApp();
  const cache = usePrincipleCache(organisationId);
  const [adding, setAdding] = useState(false);
  const own = principles.filter(
    (p): p is Principle & { id: string } => p.packPrincipleId === null && p.id !== null,
  );
  const next = own.reduce((max, p) => Math.max(max, p.position + 1), 0);

  return (
    <section aria-labelledby="own-principles" className="cm-section cm-pg-stack">
      <h2 id="own-principles">{t('principles.own.title')}</h2>
      {own.length === 0 && <p className="cm-muted">{t('principles.own.none')}</p>}
      {own.map((p) => (
        <OwnPrincipleCard key={p.id} principle={p} />
      ))}
      {canManage &&
        (adding ? (
          <div className="cm-pg-block">
            <PrincipleTextForm
              mode="own"
              label={t('principles.own.addForm')}
              name={t('principles.own.addForm')}
              initial={{ title: '', wording: '', position: String(Math.min(next, 999)) }}
              base={0}
              save={(values) => addPrinciple(organisationId, textOf(values))}
              onSaved={(saved) => {
                if (saved) {
                  cache.store(saved);
                  void message.success(t('principles.own.added', { name: saved.title }));
                }
                setAdding(false);
              }}
              onCancel={() => {
                setAdding(false);
              }}
            />
          </div>
        ) : (
          <div>
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => {
                setAdding(true);
              }}
            >
              {t('principles.own.add')}
            </Button>
          </div>
        ))}
    </section>
  );
}
