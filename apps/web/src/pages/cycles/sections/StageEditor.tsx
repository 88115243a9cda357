import { improvementStageStatuses, type ImprovementStageStatus } from '@citymaturity/core';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Radio } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  conflictingStage,
  saveStage,
  type ImprovementCycle,
  type ImprovementStage,
} from '../../../api/cycles.js';
import { ConflictAlert } from '../../../components/ConflictAlert.js';
import { errorMessage } from '../../../components/ErrorAlert.js';
import { formatDateTime } from '../../../components/format.js';
import type { Lang } from '../../../components/lang.js';

/** The longest notes the API accepts. */
const maxNotes = 10_000;

/**
 * Edits a stage's status and notes from the version shown when editing began (`If-Match`). When
 * someone saved the stage meanwhile, the API refuses: theirs is shown next to yours, to take
 * theirs or to save yours over it knowingly (from their version).
 */
export function StageEditor({
  stage,
  organisationId,
  assessmentId,
  lang,
  onClose,
}: {
  stage: ImprovementStage;
  organisationId: string;
  assessmentId: string;
  lang: Lang;
  onClose: () => void;
}) {
  const { t } = useTranslation('cycles');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [status, setStatus] = useState<ImprovementStageStatus>(stage.status);
  const [notes, setNotes] = useState(stage.notes);
  const [theirs, setTheirs] = useState<ImprovementStage>();
  // The version editing started from: the page may show a newer one after a refused save.
  const [base] = useState(stage.version);
  const [busy, setBusy] = useState(false);
  const ids = { status: useId(), notes: useId() };
  const stageName = stage.name[lang];

  /**
   * Shows a stored stage (saved, or someone else's) everywhere the page shows it: the API answers
   * with the whole stage as the cycle's GET gives it, the features' summaries included, so nothing
   * needs fetching again.
   */
  const store = (saved: ImprovementStage) => {
    client.setQueryData<ImprovementCycle>(
      ['improvement-cycle', organisationId, assessmentId],
      (old) => old && { ...old, stages: old.stages.map((s) => (s.id === saved.id ? saved : s)) },
    );
  };

  const save = async (version: number) => {
    setBusy(true);
    try {
      const saved = await saveStage(
        organisationId,
        assessmentId,
        stage.id,
        { status, notes: notes.trim() },
        version,
      );
      store(saved);
      void message.success(t('stages.saved', { name: stageName }));
      onClose();
    } catch (error) {
      const stored = conflictingStage(error);
      if (stored) {
        setTheirs(stored);
        store(stored);
      } else void message.error(errorMessage(error, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="cm-cy-editor"
      aria-label={t('stages.editorLabel', { name: stageName })}
      onSubmit={(event) => {
        event.preventDefault();
        // Once the conflict is shown, saving again is saving over theirs knowingly.
        void save(theirs?.version ?? base);
      }}
    >
      {theirs && (
        <ConflictAlert
          text={{
            title: t('conflict.title'),
            intro: t('conflict.intro'),
            caption: t('conflict.caption', { name: stageName }),
            field: t('conflict.field'),
            theirs: t('conflict.theirs'),
            yours: t('conflict.yours'),
            differs: t('conflict.differs'),
            empty: t('conflict.empty'),
            takeTheirs: t('conflict.takeTheirs'),
            overwrite: t('conflict.overwrite'),
          }}
          rows={[
            {
              key: 'status',
              label: t('stages.statusLabel'),
              theirs: t(`stages.status.${theirs.status}`),
              yours: t(`stages.status.${status}`),
            },
            { key: 'notes', label: t('stages.notes'), theirs: theirs.notes, yours: notes.trim() },
          ]}
          theirsNote={
            theirs.updatedBy && theirs.updatedAt
              ? t('conflict.theirsBy', {
                  name: theirs.updatedBy.displayName,
                  at: formatDateTime(theirs.updatedAt, lang),
                })
              : undefined
          }
          tableClassName="cm-r-table"
          busy={busy}
          onTakeTheirs={onClose}
          onOverwrite={() => {
            void save(theirs.version);
          }}
        />
      )}
      <fieldset className="cm-cy-fieldset">
        <legend id={ids.status}>{t('stages.statusLabel')}</legend>
        <Radio.Group
          value={status}
          aria-labelledby={ids.status}
          onChange={(event) => {
            setStatus(event.target.value as ImprovementStageStatus);
          }}
          options={improvementStageStatuses.map((s) => ({
            value: s,
            label: t(`stages.status.${s}`),
          }))}
        />
      </fieldset>
      <label htmlFor={ids.notes} className="cm-cy-label">
        {t('stages.notes')}
      </label>
      <p className="cm-r-note" id={`${ids.notes}-help`}>
        {t('stages.notesHelp')}
      </p>
      <Input.TextArea
        id={ids.notes}
        aria-describedby={`${ids.notes}-help`}
        value={notes}
        maxLength={maxNotes}
        autoSize={{ minRows: 3, maxRows: 12 }}
        onChange={(event) => {
          setNotes(event.target.value);
        }}
      />
      <div className="cm-actions cm-cy-editor-actions">
        <Button type="primary" htmlType="submit" loading={busy && !theirs}>
          {t('stages.save')}
        </Button>
        <Button onClick={onClose} disabled={busy}>
          {t('stages.cancel')}
        </Button>
      </div>
    </form>
  );
}
