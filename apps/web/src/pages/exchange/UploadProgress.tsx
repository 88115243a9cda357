import { Button, Progress } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadState } from '../../api/exchange.js';

/**
 * How far an upload is: the share sent (a bar with its percentage in words), then "checking" while
 * the server reads the files; a button stops it. Nothing while no upload runs.
 */
export function UploadProgress<T>({
  state,
  count,
  onCancel,
}: {
  state: UploadState<T>;
  /** How many files are being sent. */
  count: number;
  onCancel: () => void;
}) {
  const { t } = useTranslation('exchange');
  const id = useId();
  if (state.phase !== 'sending' && state.phase !== 'checking') return null;
  const sending = state.phase === 'sending';
  return (
    <div className="cm-ex-progress">
      {/* Announced once per phase, not at every percent. */}
      <span role="status" className="cm-visually-hidden">
        {sending ? t('progress.sendingPhase', { count }) : t('progress.checking', { count })}
      </span>
      <span id={id} aria-hidden>
        {sending
          ? t('progress.sending', { count, percent: state.percent })
          : t('progress.checking', { count })}
      </span>
      <div className="cm-ex-progress-bar">
        <Progress
          percent={sending ? state.percent : 100}
          status="active"
          size="small"
          showInfo={false}
          aria-labelledby={id}
        />
        <Button size="small" onClick={onCancel}>
          {t('progress.cancel')}
        </Button>
      </div>
    </div>
  );
}
