import type { DimensionLinkRows } from '@citymaturity/core';
import type { OperatingModelPack, TextLanguage } from '@citymaturity/model';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatGap, formatMedian } from '../../results/format.js';
import { ScrollTable } from '../../results/sections/ResultSection.js';
import { ComponentRef } from './ComponentRef.js';

/**
 * Annex B by characteristic: per dimension, each characteristic with its levels, gap and the
 * ISO 37106 components linked to it (a link the pack's editors added is marked in words).
 */
export function ByCharacteristic({
  dimensions,
  scom,
  lang,
}: {
  dimensions: readonly DimensionLinkRows[];
  scom: OperatingModelPack;
  lang: TextLanguage;
}) {
  const { t } = useTranslation(['otherModels', 'results']);
  return (
    <>
      {dimensions.map((dimension) => {
        const caption = t('components.byCharacteristic.caption', {
          id: dimension.dimension,
          name: dimension.name[lang],
        });
        return (
          <div key={dimension.dimension} className="cm-om-dimension">
            <h4 id={`links-dimension-${dimension.dimension}`}>
              {dimension.dimension} {dimension.name[lang]}
            </h4>
            <ScrollTable label={caption}>
              <table className="cm-r-table cm-om-table">
                <caption className="cm-r-sr-only">{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('components.byCharacteristic.characteristic')}</th>
                    <th scope="col" className="cm-r-num">
                      {t('results:measure.current')}
                    </th>
                    <th scope="col" className="cm-r-num">
                      {t('results:measure.target')}
                    </th>
                    <th scope="col" className="cm-r-num">
                      {t('results:measure.gap')}
                    </th>
                    <th scope="col">{t('components.byCharacteristic.components')}</th>
                  </tr>
                </thead>
                <tbody>
                  {dimension.rows.map((row) => (
                    <tr key={row.characteristic}>
                      <th scope="row">
                        {row.characteristic} {row.name[lang]}
                      </th>
                      <td className="cm-r-num">{formatMedian(row.current, lang)}</td>
                      <td className="cm-r-num">{formatMedian(row.target, lang)}</td>
                      <td className="cm-r-num">{formatGap(row.gap, lang)}</td>
                      <td className="cm-om-linked">
                        {row.components.length === 0 ? (
                          t('components.byCharacteristic.none')
                        ) : (
                          <ul className="cm-r-plain-list cm-om-component-list">
                            {row.components.map((c) => (
                              <li key={c.code}>
                                <ComponentRef code={c.code} scom={scom} lang={lang} />
                                {c.kind === 'pack-link' && (
                                  <Tag className="cm-om-pack-tag">{t('components.packLink')}</Tag>
                                )}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </div>
        );
      })}
    </>
  );
}
