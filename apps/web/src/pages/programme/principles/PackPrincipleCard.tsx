import type { OperatingModelPack } from '@citymaturity/model';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  conflictCodes,
  deletePrinciple,
  savePackPrinciple,
  type Principle,
} from '../../../api/programme-components.js';
import { useLang, type Lang } from '../../../components/lang.js';
import { Clause, PackNotes, SourceLine } from '../sections/PackText.js';
import { useProgramme } from '../useProgramme.js';
import { ChangedBy } from '../workspace-edit/ChangedBy.js';
import { useConfirmDelete } from '../workspace-edit/useConfirmDelete.js';
import { useGuardedSave } from '../workspace-edit/useGuardedSave.js';
import { WorkspaceConflict } from '../workspace-edit/WorkspaceConflict.js';
import { AgreementsBlock } from './AgreementsBlock.js';
import { principleName, stanceKey } from './principles-logic.js';
import { PrincipleTextForm } from './PrincipleTextForm.js';
import { StanceTag } from './StanceTag.js';
import { usePrincipleCache } from './usePrincipleCache.js';

type PackPrinciple = NonNullable<OperatingModelPack['implementation_principles']>[number];

/** The standard's statements of a principle, as a starting point for the city's own wording. */
function standardWording(principle: PackPrinciple, lang: Lang): string {
  return principle.statements
    .map((s) => [s.lead[lang], ...s.items.map((item) => `- ${item[lang]}`)].join('\n'))
    .join('\n\n');
}

/** The standard's statements of a principle (lead-in and items). */
function Statements({ principle }: { principle: PackPrinciple }) {
  const lang = useLang();
  return principle.statements.map((statement, i) => (
    <div key={i} className="cm-pg-statement">
      <p>{statement.lead[lang]}</p>
      <ul>
        {statement.items.map((item, j) => (
          <li key={j}>{item[lang]}</li>
        ))}
      </ul>
    </div>
  ));
}

/**
 * A principle of the standard (Annex A) with the city's stance: its text, the city's wording
 * when adapted, who agreed it; for those who may manage, adopting it as written, adapting it,
 * undoing the decision (confirmed first) and recording the agreements.
 */
export function PackPrincipleCard({
  principle,
  state,
}: {
  principle: PackPrinciple;
  /** The city's stance; undefined while loading (or when it could not be loaded). */
  state: Principle | undefined;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId, canManage } = useProgramme();
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const cache = usePrincipleCache(organisationId);
  const adopt = useGuardedSave<Principle>(conflictCodes.principle);
  const [adapting, setAdapting] = useState(false);
  const headingId = `principle-${principle.id}`;
  const stance = state ? stanceKey(state) : undefined;
  const name = state ? principleName(state, principle, lang) : principle.name[lang];
  const on = (action: string) =>
    t('workspaceEdit.actionOn', { action, name: principle.name[lang] });
  const rowId = state?.id ?? null;
  const adoptText =
    state?.stance === 'adapted' ? t('principles.adoptInstead') : t('principles.adopt');
  const adaptText =
    state?.stance === 'adapted' ? t('principles.editWording') : t('principles.adapt');

  const runAdopt = (base: number) =>
    adopt.run(
      (version) => savePackPrinciple(organisationId, principle.id, { stance: 'adopted' }, version),
      adopt.versionFrom(base),
      {
        onSaved: (saved) => {
          cache.store(saved);
          void message.success(t('principles.adopted', { name: principle.name[lang] }));
        },
        onConflict: () => void cache.refresh(),
      },
    );

  const undo = (row: Principle & { id: string }) => {
    confirmDelete({
      title: t('principles.undoTitle', { name }),
      content: t('principles.undoText'),
      ok: t('principles.undo'),
      remove: () => deletePrinciple(organisationId, row.id, row.version),
      deleted: t('principles.undone', { name: principle.name[lang] }),
      conflictCode: conflictCodes.principle,
      refresh: cache.refresh,
    });
  };

  return (
    <article aria-labelledby={headingId} className="cm-pg-block" id={headingId + '-card'}>
      <h2 id={headingId}>{principle.name[lang]}</h2>
      <p className="cm-pg-meta">
        <Clause clause={principle.clause} />
      </p>
      {stance && (
        <p className="cm-pgc-status-line">
          <StanceTag stance={stance} />
        </p>
      )}
      {state?.stance === 'adapted' && (
        <section aria-labelledby={`${headingId}-city`} className="cm-pgc-city-text">
          <h3 id={`${headingId}-city`}>{t('principles.cityWording')}</h3>
          {state.title && <p className="cm-pgc-city-title">{state.title}</p>}
          <p className="cm-pre-line">{state.wording}</p>
        </section>
      )}
      {state?.stance === 'adapted' ? (
        <details className="cm-pg-notes">
          <summary>{t('principles.standardText')}</summary>
          <Statements principle={principle} />
        </details>
      ) : (
        <Statements principle={principle} />
      )}
      <PackNotes notes={principle.notes} />
      <SourceLine source={principle.source} />
      {state && <ChangedBy by={state.updatedBy} at={state.updatedAt} />}
      {canManage && state && (
        <WorkspaceConflict
          guard={adopt}
          name={name}
          rows={(theirs) => [
            {
              key: 'stance',
              label: t('principles.fields.stance'),
              theirs: theirs ? t(`principles.stance.${stanceKey(theirs)}`) : '',
              yours: t('principles.stance.adopted'),
            },
            {
              key: 'wording',
              label: t('principles.fields.wording'),
              theirs: theirs?.wording ?? '',
              yours: '',
            },
          ]}
          onTakeTheirs={(theirs) => {
            if (theirs) cache.store(theirs);
            else void cache.refresh();
          }}
          onOverwrite={() => void runAdopt(state.version)}
        />
      )}
      {canManage && state && !adapting && !adopt.conflict && (
        <div className="cm-actions cm-pgc-card-actions">
          {state.stance !== 'adopted' && (
            <Button
              loading={adopt.busy}
              aria-label={on(adoptText)}
              onClick={() => void runAdopt(state.version)}
            >
              {adoptText}
            </Button>
          )}
          <Button
            aria-label={on(adaptText)}
            onClick={() => {
              setAdapting(true);
            }}
          >
            {adaptText}
          </Button>
          {rowId !== null && (
            <Button
              danger
              aria-label={on(t('principles.undo'))}
              onClick={() => {
                undo({ ...state, id: rowId });
              }}
            >
              {t('principles.undo')}
            </Button>
          )}
        </div>
      )}
      {canManage && state && adapting && (
        <PrincipleTextForm
          mode="adapt"
          label={t('principles.adaptForm', { name: principle.name[lang] })}
          name={name}
          initial={{
            title: state.title,
            wording: state.wording || standardWording(principle, lang),
            position: '0',
          }}
          base={state.version}
          save={(values, version) =>
            savePackPrinciple(
              organisationId,
              principle.id,
              { stance: 'adapted', title: values.title.trim(), wording: values.wording.trim() },
              version,
            )
          }
          onSaved={(saved, mine) => {
            if (saved) cache.store(saved);
            else void cache.refresh();
            if (mine) void message.success(t('principles.savedWording', { name }));
            setAdapting(false);
          }}
          onCancel={() => {
            setAdapting(false);
          }}
          onStale={() => void cache.refresh()}
        />
      )}
      {state && <AgreementsBlock principle={state} name={name} headingId={`${headingId}-agreed`} />}
    </article>
  );
}
