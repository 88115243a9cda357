import { EyeOutlined } from '@ant-design/icons';
import type { ModelIndex } from '@citymaturity/model';
import { Button } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../api/workshop.js';
import type { Lang } from '../../components/lang.js';
import { useAgreedLevelText } from './ConsensusSummary.js';
import { StatusBadge } from './StatusBadge.js';
import { characteristicStatus } from './workshop-logic.js';

/**
 * All characteristics with their status (agreed, divergent groups, open) and agreed levels; the
 * facilitator puts any of them on every screen from here.
 */
export function CharacteristicOverview({
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
  onMove: (characteristicId: string) => void;
}) {
  const { t } = useTranslation('workshop');
  const id = useId();
  const levelText = useAgreedLevelText(model.pack.levels, lang);
  return (
    <section className="cm-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('overview.title')}</h2>
      <p className="cm-muted">{t('overview.intro')}</p>
      <div className="cm-table-scroll" role="region" tabIndex={0} aria-labelledby={`${id}-caption`}>
        <table className="cm-w-table cm-w-overview">
          <caption id={`${id}-caption`} className="cm-visually-hidden">
            {t('overview.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.characteristic')}</th>
              <th scope="col">{t('overview.status')}</th>
              <th scope="col">{t('measure.current')}</th>
              <th scope="col">{t('measure.target')}</th>
              <th scope="col">
                <span className="cm-visually-hidden">{t('overview.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {model.characteristics.map((c) => {
              const data = state.characteristics[c.id];
              const consensus = data?.consensus?.agreed ? data.consensus : null;
              const onScreen = state.focus === c.id;
              return (
                <tr key={c.id} className={onScreen ? 'cm-w-row-focus' : undefined}>
                  <th scope="row">
                    {c.id} {c.characteristic.name[lang]}
                    {onScreen && (
                      <span className="cm-w-block cm-w-strong">{t('overview.onScreen')}</span>
                    )}
                  </th>
                  <td>
                    <StatusBadge status={characteristicStatus(data)} />
                  </td>
                  <td>{consensus ? levelText(consensus.current) : '–'}</td>
                  <td>{consensus ? levelText(consensus.target) : '–'}</td>
                  <td>
                    <Button
                      size="small"
                      icon={<EyeOutlined aria-hidden />}
                      disabled={moving || onScreen || !state.open}
                      aria-label={t('overview.showLabel', { id: c.id })}
                      onClick={() => {
                        onMove(c.id);
                      }}
                    >
                      {t('overview.show')}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
