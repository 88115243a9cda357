import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictOf } from '../../../api/programme-writes.js';
import { errorMessage } from '../../../components/ErrorAlert.js';

/** A refused save: the row as stored now (null when it was deleted meanwhile). */
export interface SaveConflict<Stored> {
  stored: Stored | null;
}

/**
 * Saves a row of the workspace from a known version (If-Match; version 0: none stored yet, so the
 * row is recorded anew) and keeps what a refusal says: on 412 the stored row (`conflict`, to show
 * theirs next to yours), any other error as a message (a toast, or `problem` to show in the form)
 * and to `onError` (e.g. for the form's field problems). Once a conflict is shown, saving again is
 * saving over theirs knowingly (or anew, if it was deleted): use {@link GuardedSave.versionFrom}.
 */
export interface GuardedSave<Stored> {
  busy: boolean;
  conflict: SaveConflict<Stored> | undefined;
  /** The last refusal's message, when the form shows it itself (`inlineProblem`). */
  problem: string | undefined;
  run: (
    save: (version: number) => Promise<Stored>,
    version: number,
    handlers: {
      /** Refetches what the page shows: once saved (awaited), and on a conflict (theirs behind the form). */
      refresh?: () => Promise<unknown>;
      /** Said once saved (`created`: recorded anew). */
      saved?: (saved: Stored, created: boolean) => string;
      /** Saved from `version` (0: recorded anew), refreshed and said: e.g. close the form. */
      onSaved?: (saved: Stored, version: number) => unknown;
      onError?: (error: unknown) => void;
      /** Refused as stale (after `refresh` started). */
      onConflict?: () => void;
    },
  ) => Promise<void>;
  /** The version to save from: theirs once a conflict is shown, else the one editing began from. */
  versionFrom: (base: number) => number;
  clear: () => void;
}

/** See {@link GuardedSave}; `conflictCode` is the API's 412 code for the row. */
export function useGuardedSave<Stored extends { version: number }>(
  conflictCode: string,
  { inlineProblem = false } = {},
): GuardedSave<Stored> {
  const { t } = useTranslation('programme');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<SaveConflict<Stored>>();
  const [problem, setProblem] = useState<string>();

  const run: GuardedSave<Stored>['run'] = async (
    save,
    version,
    { refresh, saved: said, onSaved, onError, onConflict },
  ) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const saved = await save(version);
      setConflict(undefined);
      await refresh?.();
      if (said) void message.success(said(saved, version === 0));
      await onSaved?.(saved, version);
    } catch (error) {
      // The API answers a 412 with the row in the shape it gives on success.
      const stored = conflictOf(error, conflictCode) as Stored | null | undefined;
      if (stored !== undefined) {
        setConflict({ stored });
        void refresh?.();
        onConflict?.();
      } else {
        onError?.(error);
        const text = errorMessage(error, t('common:errors.unknown'));
        if (inlineProblem) setProblem(text);
        else void message.error(text);
      }
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    conflict,
    problem,
    run,
    versionFrom: (base) => (conflict ? (conflict.stored?.version ?? 0) : base),
    clear: () => {
      setConflict(undefined);
    },
  };
}
