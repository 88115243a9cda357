import type { ModelIndex } from '@citymaturity/model';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../api/workshop.js';
import type { Lang } from '../../components/lang.js';
import { ProgressLine } from '../../components/ProgressLine.js';
import { FocusCharacteristic } from './FocusCharacteristic.js';
import { LiveIndicator } from './LiveIndicator.js';
import type { LiveStatus } from './useWorkshop.js';

/**
 * What every participant's screen shows: whether it is live, the consensus progress, why the
 * workshop is not running (not revealed yet, or submitted), and the characteristic it is on.
 */
export function WorkshopBoard({
  state,
  live,
  model,
  lang,
  groupName,
}: {
  state: WorkshopState;
  live: LiveStatus;
  model: ModelIndex;
  lang: Lang;
  groupName: (key: string) => string;
}) {
  const { t } = useTranslation('workshop');
  const { progress } = state;
  const focusEntry = state.focus ? model.characteristicById.get(state.focus) : undefined;
  const focusName = focusEntry
    ? `${focusEntry.id} ${focusEntry.characteristic.name[lang]}`
    : undefined;
  return (
    <div className="cm-w-board">
      <div className="cm-w-status">
        <LiveIndicator status={live} />
        <div className="cm-w-progress">
          <ProgressLine
            progress={{ answered: progress.agreed, total: progress.total }}
            label={t('progress', { agreed: progress.agreed, total: progress.total })}
          />
        </div>
      </div>
      {state.assessment.status === 'submitted' ? (
        <Alert type="success" showIcon role="note" title={t('closed.submitted')} />
      ) : (
        state.assessment.revealedAt === null && (
          <Alert
            type="info"
            showIcon
            role="note"
            title={t('closed.notRevealed')}
            description={state.facilitator ? t('closed.notRevealedFacilitator') : undefined}
          />
        )
      )}
      {/* Screen readers hear where the workshop moved (the region exists before it changes). */}
      <p className="cm-visually-hidden" role="status">
        {focusName ? t('focus.announce', { name: focusName }) : ''}
      </p>
      {state.focus ? (
        <FocusCharacteristic
          state={state}
          characteristicId={state.focus}
          model={model}
          lang={lang}
          groupName={groupName}
        />
      ) : (
        // A workshop not running (not revealed, or submitted) has nothing to show here.
        state.open && (
          <div className="cm-w-nofocus" role="note">
            <p className="cm-w-strong">{t('focus.none')}</p>
            <p>{state.facilitator ? t('focus.noneFacilitator') : t('focus.noneFollower')}</p>
          </div>
        )
      )}
    </div>
  );
}
