import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { Radio } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycles } from '../../../api/cycles.js';
import { ResultSection } from '../../results/sections/ResultSection.js';
import { directionSymbols, trendRows, type Measure } from '../trend-logic.js';
import { TrendTable } from './TrendTable.js';

/** How to read the trend tables: the change symbols, the shading, the dash. */
export function TrendLegend() {
  const { t } = useTranslation('cycles');
  return (
    <ul className="cm-cy-legend">
      <li>
        <span aria-hidden="true">{directionSymbols.up}</span> {t('legend.up')}
      </li>
      <li>
        <span aria-hidden="true">{directionSymbols.down}</span> {t('legend.down')}
      </li>
      <li>
        <span aria-hidden="true">{directionSymbols.same}</span> {t('legend.same')}
      </li>
      <li>{t('legend.shading')}</li>
      <li>{t('legend.dash')}</li>
    </ul>
  );
}

/**
 * Every characteristic and roll-up by cycle (a heat table: the level written and shading its
 * cell, the change since the previous cycle in a symbol and figures), the current level or the
 * level planned in 2 years.
 */
export function TrendTableSection({
  data,
  model,
  labels,
  lang,
}: {
  data: Cycles;
  model: ModelIndex;
  labels: readonly string[];
  lang: TextLanguage;
}) {
  const { t } = useTranslation('cycles');
  const [measure, setMeasure] = useState<Measure>('current');
  const rows = useMemo(() => trendRows(data, model, lang), [data, model, lang]);
  return (
    <ResultSection id="every-characteristic" title={t('table.heading')} intro={t('table.intro')}>
      <fieldset className="cm-cy-measure">
        <legend>{t('table.show')}</legend>
        <Radio.Group
          optionType="button"
          value={measure}
          onChange={(event) => {
            setMeasure(event.target.value as Measure);
          }}
          options={[
            { value: 'current', label: t('measure.current') },
            { value: 'target', label: t('measure.target') },
          ]}
        />
      </fieldset>
      <TrendLegend />
      <TrendTable
        rows={rows}
        cycles={data.cycles}
        labels={labels}
        measure={measure}
        caption={t(measure === 'current' ? 'table.captionCurrent' : 'table.captionTarget')}
        lang={lang}
      />
    </ResultSection>
  );
}
