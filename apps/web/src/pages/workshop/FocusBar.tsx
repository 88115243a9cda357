import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { ModelIndex } from '@citymaturity/model';
import { Button } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../api/workshop.js';
import type { Lang } from '../../components/lang.js';
import { NativeSelect } from '../../components/NativeSelect.js';
import { characteristicStatus, neighbours } from './workshop-logic.js';

/**
 * The facilitator's remote control: previous / next characteristic and a list of all of them with
 * their status; every participant's screen follows the choice.
 */
export function FocusBar({
  state,
  model,
  lang,
  moving,
  onMove,
}: {
  state: WorkshopState;
  model: ModelIndex;
  lang: Lang;
  moving: boolean;
  onMove: (characteristicId: string | null) => void;
}) {
  const { t } = useTranslation('workshop');
  const id = useId();
  const ids = model.characteristics.map((c) => c.id);
  const { previous, next } = neighbours(ids, state.focus);
  const disabled = moving || !state.open;
  const options = [
    { value: '', label: t('focusBar.none') },
    ...model.characteristics.map((c) => ({
      value: c.id,
      label: `${c.id} ${c.characteristic.name[lang]} · ${t(`status.${characteristicStatus(state.characteristics[c.id])}`)}`,
    })),
  ];
  return (
    <div role="group" aria-labelledby={`${id}-title`} className="cm-w-focusbar cm-no-print">
      <h2 id={`${id}-title`} className="cm-visually-hidden">
        {t('focusBar.title')}
      </h2>
      <Button
        icon={<LeftOutlined aria-hidden />}
        disabled={disabled || previous === null}
        onClick={() => {
          onMove(previous);
        }}
      >
        {previous ? t('focusBar.previousTo', { id: previous }) : t('focusBar.previous')}
      </Button>
      <div className="cm-w-focusbar-select">
        <label htmlFor={`${id}-select`} className="cm-w-label">
          {t('focusBar.label')}
        </label>
        <NativeSelect
          id={`${id}-select`}
          options={options}
          value={state.focus ?? ''}
          disabled={disabled}
          onChange={(value) => {
            onMove(value === '' ? null : value);
          }}
        />
      </div>
      <Button
        icon={<RightOutlined aria-hidden />}
        iconPlacement="end"
        disabled={disabled || next === null}
        onClick={() => {
          onMove(next);
        }}
      >
        {next ? t('focusBar.nextTo', { id: next }) : t('focusBar.next')}
      </Button>
    </div>
  );
}
