import { realisationStyles } from '@citymaturity/charts';
import { useTranslation } from 'react-i18next';
import { statusOrder } from '../realisation-logic.js';
import { StatusLabel } from './CycleBits.js';

/** The statuses in words: the colour and pattern of each in the chart, its symbol, and the rule. */
export function StatusLegend() {
  const { t } = useTranslation('cycles');
  return (
    <dl className="cm-cy-status-legend">
      {statusOrder.map((status) => (
        <div key={status}>
          <dt>
            <span
              aria-hidden="true"
              className={`cm-cy-swatch cm-cy-swatch-${status}`}
              style={{ backgroundColor: realisationStyles[status].color }}
            />
            <StatusLabel status={status} />
          </dt>
          <dd>{t(`realisation.rule.${status}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
