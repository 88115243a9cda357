import { CheckOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/ErrorAlert.js';
import type { SaveState } from './useAutosave.js';

/** "Saved / saving / not saved, try again", announced politely to screen readers. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation('questionnaire');
  return (
    <div className="cm-save-status">
      <span role="status" aria-live="polite" className={`cm-save-${state.kind}`}>
        {state.kind === 'saved' && (
          <>
            <CheckOutlined aria-hidden /> {t('save.saved')}
          </>
        )}
        {(state.kind === 'saving' || state.kind === 'pending') && (
          <>
            <LoadingOutlined aria-hidden /> {t('save.saving')}
          </>
        )}
        {state.kind === 'error' && (
          <>
            <ExclamationCircleOutlined aria-hidden />{' '}
            {t('save.error', { message: errorMessage(state.error, t('common:errors.unknown')) })}
          </>
        )}
        {state.kind === 'idle' && t('save.idle')}
      </span>
      {state.kind === 'error' && (
        <Button size="small" onClick={onRetry}>
          {t('save.retry')}
        </Button>
      )}
    </div>
  );
}
