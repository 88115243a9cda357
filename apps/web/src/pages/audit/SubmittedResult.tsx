import { officialLevels, type CharacteristicResult } from '@citymaturity/core';
import type { ModelIndex } from '@citymaturity/model';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../components/lang.js';
import { formatMedian } from '../results/format.js';
import { useLevelText } from './useLevelText.js';

const measures = ['current', 'target'] as const;

/**
 * What was submitted for a characteristic: the official levels (the workshop's consensus when
 * there is one, else the median of the ratings), how the respondents rated it (counts per level,
 * "don't know", median) and, for a workshop, the agreed rationale and the dissent.
 */
export function SubmittedResult({
  result,
  model,
  lang,
}: {
  result: CharacteristicResult | undefined;
  model: ModelIndex;
  lang: Lang;
}) {
  const { t } = useTranslation('audit');
  const levelText = useLevelText(model, lang);
  const official = officialLevels(result);
  const levels = model.levels;

  return (
    <div className="cm-au-block">
      <Typography.Title level={3}>{t('result.title')}</Typography.Title>
      <dl className="cm-au-levels">
        {measures.map((m) => (
          <div key={m}>
            <dt>{t(`measure.${m}`)}</dt>
            <dd>{levelText(official[m])}</dd>
          </div>
        ))}
      </dl>
      <p className="cm-muted">
        {official.basis === 'consensus'
          ? t('result.basisConsensus')
          : t('result.basisMedian', { count: result?.current.n ?? 0 })}
      </p>
      {result && (
        <div
          className="cm-table-scroll"
          role="region"
          tabIndex={0}
          aria-labelledby="audit-distribution-caption"
        >
          <table className="cm-table cm-au-distribution">
            <caption id="audit-distribution-caption" className="cm-au-caption">
              {t('result.distribution')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('result.measure')}</th>
                {levels.map((level) => (
                  <th scope="col" key={level} className="cm-right">
                    {t('result.levelColumn', { level })}
                  </th>
                ))}
                <th scope="col" className="cm-right">
                  {t('result.unknown')}
                </th>
                <th scope="col" className="cm-right">
                  {t('result.median')}
                </th>
              </tr>
            </thead>
            <tbody>
              {measures.map((m) => (
                <tr key={m}>
                  <th scope="row">{t(`measure.${m}`)}</th>
                  {levels.map((level) => (
                    <td key={level} className="cm-right">
                      {result[m].distribution[String(level)] ?? 0}
                    </td>
                  ))}
                  <td className="cm-right">{result[m].unknown}</td>
                  <td className="cm-right">{formatMedian(result[m].median, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result?.consensus && (
        <dl className="cm-au-consensus">
          <div>
            <dt>{t('result.rationale')}</dt>
            <dd className="cm-pre-line">{result.consensus.rationale || t('result.none')}</dd>
          </div>
          <div>
            <dt>{t('result.dissent')}</dt>
            <dd className="cm-pre-line">{result.consensus.dissent || t('result.none')}</dd>
          </div>
        </dl>
      )}
    </div>
  );
}
