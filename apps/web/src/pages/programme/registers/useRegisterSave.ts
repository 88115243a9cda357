import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../components/ErrorAlert.js';

/**
 * Saving a row of a register (a risk, a stakeholder) from a form: a new row, or a change from the
 * version the form started from (`If-Match`). The API's field problems go to the form's fields (`showFieldErrors`);
 * a row changed meanwhile becomes `theirs` (null when it was deleted), to be shown against the
 * form's values — saving again then saves over theirs knowingly.
 */
export function useRegisterSave<Row extends { version: number }, Input>({
  showFieldErrors,
  conflictOf,
  queryKey,
  base,
  create,
  update,
  onSaved,
}: {
  /** Puts the API's field problems of an error on the form's fields. */
  showFieldErrors: (error: unknown) => void;
  /** The stored row of a refused write (null: deleted meanwhile), undefined for other errors. */
  conflictOf: (error: unknown) => Row | null | undefined;
  queryKey: QueryKey;
  /** The row edited; undefined for a new one. */
  base: Row | undefined;
  create: (input: Input) => Promise<Row>;
  update: (input: Input, version: number) => Promise<Row>;
  onSaved: (row: Row, created: boolean) => void;
}) {
  const { t } = useTranslation('programme');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [theirs, setTheirs] = useState<Row | null>();
  const [busy, setBusy] = useState(false);

  const save = async (input: Input) => {
    setBusy(true);
    // A row deleted meanwhile is recorded anew; a conflict shown is saved over from theirs.
    const version = theirs === null ? undefined : (theirs?.version ?? base?.version);
    try {
      const row = version === undefined ? await create(input) : await update(input, version);
      setTheirs(undefined);
      await client.invalidateQueries({ queryKey });
      onSaved(row, version === undefined);
    } catch (error) {
      const current = conflictOf(error);
      if (current !== undefined) {
        setTheirs(current);
        void client.invalidateQueries({ queryKey });
      } else {
        showFieldErrors(error);
        void message.error(errorMessage(error, t('common:errors.unknown')));
      }
    } finally {
      setBusy(false);
    }
  };

  return { save, theirs, busy };
}
