import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import type { Level } from '@citymaturity/model';
import { Alert, App, Button, Input } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  conflictOf,
  reopenConsensus,
  saveConsensus,
  type ConsensusItem,
  type WorkshopCharacteristic,
} from '../../api/workshop.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import type { Lang } from '../../components/lang.js';
import { AgreedLevelChoice } from './AgreedLevelChoice.js';
import { ConflictPanel } from './ConflictPanel.js';
import { draftChanged, draftOf, inputOf, type ConsensusDraft } from './workshop-logic.js';

/**
 * The facilitator's record of the consensus of one characteristic: the agreed current and target
 * levels, the rationale and any dissent. Saves with the version the edit started from (If-Match);
 * when someone else saved meanwhile, nothing is overwritten: the conflict is shown side by side.
 * While nothing is edited the form follows the stored item; an edit in progress is kept, with a
 * warning when the stored item changes under it. Give it a `key` per characteristic.
 */
export function ConsensusEditor({
  organisationId,
  assessmentId,
  characteristicId,
  data,
  levels,
  lang,
  disabled,
  onChanged,
}: {
  organisationId: string;
  assessmentId: string;
  characteristicId: string;
  data: WorkshopCharacteristic;
  levels: readonly Level[];
  lang: Lang;
  /** The workshop is not running (not revealed, or submitted). */
  disabled: boolean;
  /** Called after a save or a reopen (to read the workshop again). */
  onChanged: () => void;
}) {
  const { t } = useTranslation('workshop');
  const { message, modal } = App.useApp();
  const id = useId();
  const item = data.consensus;
  /** The stored item the edit starts from (its version goes into If-Match). */
  const [base, setBase] = useState<ConsensusItem | null>(item);
  const [draft, setDraft] = useState<ConsensusDraft>(() => draftOf(item));
  const [seenVersion, setSeenVersion] = useState(item?.version);
  const [conflict, setConflict] = useState<{ theirs: ConsensusItem | null }>();
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const edited = draftChanged(draft, base);

  // A newer stored item (someone saved, or this page after a save): follow it unless editing.
  if (item?.version !== seenVersion) {
    setSeenVersion(item?.version);
    if (!edited) {
      setBase(item);
      setDraft(draftOf(item));
    }
  }
  const changedUnder = edited && (item?.version ?? null) !== (base?.version ?? null);

  const adopt = (stored: ConsensusItem | null) => {
    setBase(stored);
    setDraft(draftOf(stored));
    setConflict(undefined);
  };

  const save = async (fromVersion: number | null) => {
    const input = inputOf(draft);
    if (!input) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    try {
      const saved = await saveConsensus(
        organisationId,
        assessmentId,
        characteristicId,
        input,
        fromVersion,
      );
      adopt(saved);
      void message.success(t('editor.saved'));
      onChanged();
    } catch (error) {
      const refused = conflictOf(error);
      if (refused) setConflict({ theirs: refused.current });
      else void message.error(errorMessage(error, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  const reopen = () => {
    if (!base) return;
    modal.confirm({
      title: t('editor.reopenTitle'),
      content: t('editor.reopenConfirm'),
      okText: t('editor.reopen'),
      cancelText: t('editor.cancel'),
      onOk: async () => {
        try {
          adopt(
            await reopenConsensus(organisationId, assessmentId, characteristicId, base.version),
          );
          void message.success(t('editor.reopened'));
          onChanged();
        } catch (error) {
          const refused = conflictOf(error);
          if (refused) setConflict({ theirs: refused.current });
          else void message.error(errorMessage(error, t('common:errors.unknown')));
        }
      },
    });
  };

  const set = (patch: Partial<ConsensusDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
  };

  return (
    <form
      className="cm-w-editor"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save(base?.version ?? null);
      }}
    >
      <h2 id={`${id}-title`}>{t('editor.title', { id: characteristicId })}</h2>
      <p className="cm-muted">{t('editor.intro')}</p>
      {changedUnder && !conflict && (
        <Alert type="warning" showIcon role="status" title={t('editor.changedUnder')} />
      )}
      {conflict && (
        <ConflictPanel
          theirs={conflict.theirs}
          yours={draft}
          levels={levels}
          lang={lang}
          busy={busy}
          onTakeTheirs={() => {
            adopt(conflict.theirs);
          }}
          onOverwrite={() => void save(conflict.theirs?.version ?? null)}
        />
      )}
      <div className="cm-w-editor-levels">
        {(['current', 'target'] as const).map((measure) => (
          <div key={measure} className="cm-w-editor-measure">
            <h3 id={`${id}-${measure}`} className="cm-w-part-title">
              {t(`editor.${measure}`)}
            </h3>
            <AgreedLevelChoice
              name={`${id}-${measure}`}
              labelId={`${id}-${measure}`}
              levels={levels}
              lang={lang}
              median={data[measure].median}
              value={draft[measure]}
              disabled={disabled || busy}
              onChange={(value) => {
                set({ [measure]: value });
                setMissing(false);
              }}
            />
          </div>
        ))}
      </div>
      {missing && <Alert type="error" showIcon role="alert" title={t('editor.missingLevels')} />}
      <div className="cm-w-field">
        <label htmlFor={`${id}-rationale`} className="cm-w-label">
          {t('consensus.rationale')}
        </label>
        <p id={`${id}-rationale-hint`} className="cm-muted">
          {t('editor.rationaleHint')}
        </p>
        <Input.TextArea
          id={`${id}-rationale`}
          aria-describedby={`${id}-rationale-hint`}
          value={draft.rationale}
          maxLength={10_000}
          autoSize={{ minRows: 3, maxRows: 10 }}
          disabled={disabled}
          onChange={(e) => {
            set({ rationale: e.target.value });
          }}
        />
      </div>
      <div className="cm-w-field">
        <label htmlFor={`${id}-dissent`} className="cm-w-label">
          {t('consensus.dissent')}
        </label>
        <p id={`${id}-dissent-hint`} className="cm-muted">
          {t('editor.dissentHint')}
        </p>
        <Input.TextArea
          id={`${id}-dissent`}
          aria-describedby={`${id}-dissent-hint`}
          value={draft.dissent}
          maxLength={10_000}
          autoSize={{ minRows: 2, maxRows: 8 }}
          disabled={disabled}
          onChange={(e) => {
            set({ dissent: e.target.value });
          }}
        />
      </div>
      <div className="cm-actions">
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined aria-hidden />}
          loading={busy}
          disabled={disabled || (!edited && base?.agreed === true)}
        >
          {base?.agreed ? t('editor.saveChange') : t('editor.save')}
        </Button>
        {edited && (
          <Button
            onClick={() => {
              adopt(item);
            }}
            disabled={busy}
          >
            {t('editor.discard')}
          </Button>
        )}
        {base?.agreed && (
          <Button icon={<UndoOutlined aria-hidden />} onClick={reopen} disabled={disabled || busy}>
            {t('editor.reopen')}
          </Button>
        )}
        <span className="cm-muted" role="status">
          {edited ? t('editor.unsaved') : base?.agreed ? t('editor.upToDate') : ''}
        </span>
      </div>
    </form>
  );
}
