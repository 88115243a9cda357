import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUploadTask, type UploadOptions } from '../../api/exchange.js';
import { checkChosenForms } from './exchange-logic.js';
import { FormFilesPicker } from './FormFilesPicker.js';

/**
 * The upload of filled forms that both imports share (into a draft, or as a new assessment): the
 * files chosen and their check, the refusal to send them while the check fails, the names sent,
 * the upload's state, and the focus moved to the outcome once it is known (so that keyboard and
 * screen-reader users land on it).
 */
export function useFormsUpload<T>(oneOnly: boolean) {
  const [files, setFiles] = useState<File[]>([]);
  const [sent, setSent] = useState<string[]>([]);
  const [blocked, setBlocked] = useState(false);
  const task = useUploadTask<T>();
  const outcome = useRef<HTMLDivElement>(null);
  const check = checkChosenForms(files, { oneOnly });
  const state = task.state;
  const busy = state.phase === 'sending' || state.phase === 'checking';

  useEffect(() => {
    if (state.phase === 'done' || state.phase === 'failed') outcome.current?.focus();
  }, [state.phase]);

  /** Other files chosen: the refusal and the last outcome no longer apply. */
  const choose = (next: File[]) => {
    setFiles(next);
    setBlocked(false);
    if (state.phase === 'done' || state.phase === 'failed') task.reset();
  };

  /** Sends the chosen files (none while their check fails); the result, or undefined. */
  const send = async (
    upload: (files: File[], options: UploadOptions) => Promise<T>,
  ): Promise<T | undefined> => {
    if (!check.ok) {
      setBlocked(true);
      return undefined;
    }
    setBlocked(false);
    setSent(files.map((f) => f.name));
    const result = await task.run((options) => upload(files, options));
    if (result) setFiles([]);
    return result;
  };

  return { files, choose, check, blocked, sent, state, busy, outcome, send, cancel: task.cancel };
}

/** The picker of filled forms, and why nothing was sent when the files chosen cannot be. */
export function ChosenForms({
  upload,
  oneOnly,
  label,
}: {
  upload: Pick<
    ReturnType<typeof useFormsUpload>,
    'files' | 'choose' | 'check' | 'blocked' | 'busy'
  >;
  oneOnly: boolean;
  label: string;
}) {
  const { t } = useTranslation('exchange');
  return (
    <>
      <FormFilesPicker
        files={upload.files}
        onChange={upload.choose}
        check={upload.check}
        disabled={upload.busy}
        oneOnly={oneOnly}
        label={label}
      />
      {upload.blocked && (
        <p role="alert" className="cm-ex-chosen-problem">
          {upload.files.length === 0 ? t('import.chooseFirst') : t('import.fixFirst')}
        </p>
      )}
    </>
  );
}
