import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskRegister } from '../../../api/programme-risks.js';
import { useLang } from '../../../components/lang.js';
import { TableRegion } from '../../../components/TableRegion.js';
import { HowToRead, LazyChart } from '../reviews/LazyChart.js';
import { useProgramme } from '../useProgramme.js';
import { BandBadge } from './BandBadge.js';
import {
  bandOfScore,
  bandOrder,
  bandsFromFloors,
  riskGridCells,
  riskLevels,
} from './risk-logic.js';

/**
 * The register at a glance: the active risks by band and status, the 5 × 5 heat grid of likelihood
 * × impact (chart, how to read it, and the same as a table), and the risks of each key success
 * factor with their highest band.
 */
export function RiskOverview({ register }: { register: RiskRegister }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { pack } = useProgramme();
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
      <section aria-labelledby="risk-factors-title" className="cm-section">
        <h2 id="risk-factors-title">{t('riskRegister.factorsTitle')}</h2>
        <p className="cm-pg-text">{t('riskRegister.factorsIntro')}</p>
        <TableRegion labelledBy="risk-factors-title">
          <table className="cm-table cm-rv-register">
            <thead>
              <tr>
                <th scope="col">{t('reviewTool.factor')}</th>
                <th scope="col">{t('riskRegister.highest')}</th>
                <th scope="col">{t('riskRegister.activeRisks')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.factors.map((f) => {
                const factor = pack.key_success_factors?.find((k) => k.id === f.factorId);
                return (
                  <tr key={f.factorId}>
                    <th scope="row">
                      {factor ? `${String(factor.number)} ${factor.name[lang]}` : f.factorId}
                    </th>
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
            </tbody>
          </table>
        </TableRegion>
        {summary.unlinked.length > 0 && (
          <p className="cm-pg-text">
            {t('riskRegister.unlinked', { count: summary.unlinked.length })}{' '}
            {summary.unlinked.map(titleOf).join(lang === 'zh' ? '、' : ', ')}
          </p>
        )}
      </section>
    </>
  );
}
