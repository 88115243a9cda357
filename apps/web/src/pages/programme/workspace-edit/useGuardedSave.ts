import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictingRow } from '../../../api/programme-components.js';
import { errorMessage } from '../../../components/ErrorAlert.js';

/** A refused save: the row as stored now (null when it was deleted meanwhile). */
export interface SaveConflict<Stored> {
  stored: Stored | null;
}

/**
 * Saves a row of the workspace from a known version (If-Match) and keeps what a refusal says:
 * on 412 the stored row (`conflict`, to show theirs next to yours), any other error as a message
 * (and to `onError`, e.g. for the form's field problems). Once a conflict is shown, saving again
 * is saving over theirs knowingly: use {@link GuardedSave.versionFrom}.
 */
export interface GuardedSave<Stored> {
  busy: boolean;
  conflict: SaveConflict<Stored> | undefined;
  run: (
    save: (version: number) => Promise<Stored>,
    version: number,
    handlers: {
      onSaved: (saved: Stored) => void;
      onError?: (error: unknown) => void;
      /** Refused as stale: e.g. refetch, so that the page shows theirs behind the form. */
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
): GuardedSave<Stored> {
  const { t } = useTranslation('programme');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<SaveConflict<Stored>>();

  const run: GuardedSave<Stored>['run'] = async (
    save,
    version,
    { onSaved, onError, onConflict },
  ) => {
    setBusy(true);
    try {
      const saved = await save(version);
      setConflict(undefined);
      onSaved(saved);
    } catch (error) {
      // The API answers a 412 with the row in the shape it gives on success.
      const stored = conflictingRow(error, conflictCode) as Stored | null | undefined;
      if (stored !== undefined) {
        setConflict({ stored });
        onConflict?.();
      } else {
        onError?.(error);
        void message.error(errorMessage(error, t('common:errors.unknown')));
      }
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    conflict,
    run,
    versionFrom: (base) => (conflict ? (conflict.stored?.version ?? 0) : base),
    clear: () => {
      setConflict(undefined);
    },
  };
}
