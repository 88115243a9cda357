import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskRegister } from '../../../api/programme-risks.js';
import { useLang } from '../../../components/lang.js';
import { TableRegion } from '../../../components/TableRegion.js';
import { HowToRead, LazyChart } from '../reviews/LazyChart.js';
import { TableSection } from '../sections/TableSection.js';
import { BandBadge } from './BandBadge.js';
import {
  bandOfScore,
  bandOrder,
  bandsFromFloors,
  riskGridCells,
  riskLevels,
} from './risk-logic.js';
import { useFactorName } from '../reviews/useItemLabel.js';

/**
 * The register at a glance: the active risks by band and status, the 5 × 5 heat grid of likelihood
 * × impact (chart, how to read it, and the same as a table), and the risks of each key success
 * factor with their highest band.
 */
export function RiskOverview({ register }: { register: RiskRegister }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const factorName = useFactorName();
  const tableId = useId();
  const { summary, bandFloors } = register;
  const bands = useMemo(
    () => bandsFromFloors(bandFloors, (b) => t(`riskRegister.band.${b}`)),
    [bandFloors, t],
  );
  const chart = useMemo(
    () => ({ kind: 'risk-grid' as const, input: { cells: riskGridCells(summary.grid), bands } }),
    [summary.grid, bands],
  );
  const titleOf = (id: string) => register.risks.find((r) => r.id === id)?.title ?? id;
  const active = summary.byStatus.open + summary.byStatus.mitigating;

  return (
    <>
      <section aria-labelledby="risk-grid-title" className="cm-section">
        <h2 id="risk-grid-title">{t('riskRegister.gridTitle')}</h2>
        <ul className="cm-rv-figures" aria-label={t('riskRegister.figures')}>
          {[...bandOrder].reverse().map((band) => (
            <li key={band}>
              <strong>{summary.byBand[band]}</strong>
              <span>
                <BandBadge band={band} />
              </span>
            </li>
          ))}
          {(['open', 'mitigating', 'closed'] as const).map((s) => (
            <li key={s}>
              <strong>{summary.byStatus[s]}</strong>
              <span>{t(`riskRegister.status.${s}`)}</span>
            </li>
          ))}
        </ul>
        <p className="cm-pg-text">{t('riskRegister.gridIntro', { count: active })}</p>
        <LazyChart chart={chart} loading={t('reviewTool.chartLoading')} />
        <HowToRead
          title={t('reviewTool.howToRead')}
          paragraphs={[
            t('riskRegister.how.score'),
            t('riskRegister.how.bands', {
              bands: bands
                .map((b) => `${b.label ?? b.id} ${String(b.min)}–${String(b.max)}`)
                .join(lang === 'zh' ? '，' : ', '),
            }),
            t('riskRegister.how.active'),
            t('riskRegister.how.factors'),
          ]}
        />
        <details className="cm-rv-table-toggle">
          <summary id={tableId}>{t('riskRegister.gridTable')}</summary>
          <TableRegion labelledBy={tableId}>
            <table className="cm-table">
              <thead>
                <tr>
                  <th scope="col">{t('riskRegister.likelihoodImpact')}</th>
                  {riskLevels.map((i) => (
                    <th key={i} scope="col">
                      {t(`riskRegister.impactLevels.${String(i)}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...riskLevels].reverse().map((l) => (
                  <tr key={l}>
                    <th scope="row">{t(`riskRegister.likelihoodLevels.${String(l)}`)}</th>
                    {riskLevels.map((i) => (
                      <td key={i}>
                        {summary.grid[l - 1]?.[i - 1] ?? 0}{' '}
                        <BandBadge band={bandOfScore(l * i, bandFloors)} score={l * i} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </details>
      </section>
      <TableSection
        id="risk-factors-title"
        title={t('riskRegister.factorsTitle')}
        before={<p className="cm-pg-text">{t('riskRegister.factorsIntro')}</p>}
        columns={[t('reviewTool.factor'), t('riskRegister.highest'), t('riskRegister.activeRisks')]}
        tableClassName="cm-rv-register"
        after={
          summary.unlinked.length > 0 && (
            <p className="cm-pg-text">
              {t('riskRegister.unlinked', { count: summary.unlinked.length })}{' '}
              {summary.unlinked.map(titleOf).join(lang === 'zh' ? '、' : ', ')}
            </p>
          )
        }
      >
        {summary.factors.map((f) => {
          return (
            <tr key={f.factorId}>
              <th scope="row">{factorName(f.factorId)}</th>
              <td>
                {f.highestBand ? (
                  <BandBadge band={f.highestBand} score={f.highestScore ?? undefined} />
                ) : (
                  <span className="cm-muted">{t('riskRegister.none')}</span>
                )}
              </td>
              <td className="cm-rv-wide">
                {f.riskIds.length === 0 ? (
                  <span className="cm-muted">{t('riskRegister.none')}</span>
                ) : (
                  <ul className="cm-plain-list">
                    {f.riskIds.map((id) => (
                      <li key={id}>
                        <a href={`#risk-${id}`}>{titleOf(id)}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </TableSection>
    </>
  );
}
