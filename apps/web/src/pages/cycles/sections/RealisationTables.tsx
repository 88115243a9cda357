import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import type { CharacteristicRealisation, PlanRealisation } from '../../../api/cycles.js';
import { formatGap, formatMedian } from '../../results/format.js';
import { CaptionedTable, type TableColumn } from '../../results/sections/CaptionedTable.js';
import { byDimension, countTotal, statusOrder } from '../realisation-logic.js';
import { StatusLabel } from './CycleBits.js';

/** What every table of the plan realisation shows from: the plan, the model, the language. */
interface RealisationTableProps {
  plan: PlanRealisation;
  model: ModelIndex;
  lang: TextLanguage;
}

/** The first columns of a characteristic's plan: which, its status, then, planned, now. */
function planColumns(t: ReturnType<typeof useTranslation>['t']): TableColumn[] {
  return [
    { key: 'characteristic', label: t('realisation.columns.characteristic') },
    { key: 'status', label: t('realisation.columns.status') },
    { key: 'then', label: t('realisation.columns.then'), align: 'num' },
    { key: 'planned', label: t('realisation.columns.planned'), align: 'num' },
    { key: 'now', label: t('realisation.columns.now'), align: 'num' },
  ];
}

/**
 * The cells of {@link planColumns} for one characteristic: its id and name, its status (and why
 * it is unknown when it is), the level then, the level planned then and the level now.
 */
function PlanCells({
  row,
  model,
  lang,
}: {
  row: CharacteristicRealisation;
  model: ModelIndex;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('cycles');
  const name = model.characteristicById.get(row.characteristicId)?.characteristic.name[lang] ?? '';
  return (
    <>
      <th scope="row">
        {row.characteristicId} {name}
      </th>
      <td>
        <StatusLabel status={row.status} />
        {row.reason && (
          <span className="cm-r-block cm-r-note">{t(`realisation.reason.${row.reason}`)}</span>
        )}
      </td>
      <td className="cm-r-num">{formatMedian(row.previous.current, lang)}</td>
      <td className="cm-r-num">{formatMedian(row.previous.target, lang)}</td>
      <td className="cm-r-num">{formatMedian(row.now.current, lang)}</td>
    </>
  );
}

/** The chart's numbers: how many characteristics in each status, overall and per dimension. */
export function CountsTable({ plan, model, lang }: RealisationTableProps) {
  const { t } = useTranslation('cycles');
  const dimensions = model.pack.dimensions.filter((d) => plan.byDimension[d.id]);
  return (
    <CaptionedTable
      caption={t('realisation.counts.caption')}
      columns={[
        { key: 'status', label: t('realisation.columns.status') },
        { key: 'all', label: t('realisation.all'), align: 'num' },
        ...dimensions.map((d) => ({
          key: d.id,
          label: `${t('table.dimension', { id: d.id })} ${d.name[lang]}`,
          align: 'num' as const,
        })),
      ]}
    >
      <tbody>
        {statusOrder.map((status) => (
          <tr key={status}>
            <th scope="row">
              <StatusLabel status={status} />
            </th>
            <td className="cm-r-num">{plan.counts[status]}</td>
            {dimensions.map((d) => (
              <td key={d.id} className="cm-r-num">
                {plan.byDimension[d.id]?.[status] ?? 0}
              </td>
            ))}
          </tr>
        ))}
        <tr className="cm-r-row-dimension">
          <th scope="row">{t('realisation.counts.total')}</th>
          <td className="cm-r-num">{countTotal(plan.counts)}</td>
          {dimensions.map((d) => {
            const counts = plan.byDimension[d.id];
            return (
              <td key={d.id} className="cm-r-num">
                {counts ? countTotal(counts) : 0}
              </td>
            );
          })}
        </tr>
      </tbody>
    </CaptionedTable>
  );
}

/** The improvements planned at the previous cycle and not reached, the largest shortfall first. */
export function NotReachedTable({ plan, model, lang }: RealisationTableProps) {
  const { t } = useTranslation('cycles');
  return (
    <CaptionedTable
      caption={t('realisation.notReached.caption', { count: plan.notReached.length })}
      columns={[
        ...planColumns(t),
        { key: 'shortfall', label: t('realisation.columns.shortfall'), align: 'num' },
      ]}
    >
      <tbody>
        {plan.notReached.map((row) => (
          <tr key={row.characteristicId}>
            <PlanCells row={row} model={model} lang={lang} />
            <td className="cm-r-num cm-r-strong">{formatMedian(row.shortfall, lang)}</td>
          </tr>
        ))}
      </tbody>
    </CaptionedTable>
  );
}

/** Every characteristic, by dimension: its status, the plan, what was reached and the next plan. */
export function AllCharacteristicsTable({ plan, model, lang }: RealisationTableProps) {
  const { t } = useTranslation('cycles');
  const columns = [
    ...planColumns(t),
    { key: 'achieved', label: t('realisation.columns.achieved'), align: 'num' as const },
    { key: 'nextPlan', label: t('realisation.columns.nextPlan'), align: 'num' as const },
  ];
  return (
    <CaptionedTable caption={t('realisation.every.caption')} columns={columns}>
      {byDimension(plan, model).map((group) => {
        const dimension = model.pack.dimensions.find((d) => d.id === group.dimensionId);
        return (
          <tbody key={group.dimensionId}>
            <tr className="cm-r-row-dimension">
              <th scope="colgroup" colSpan={columns.length}>
                {t('table.dimension', { id: group.dimensionId })} {dimension?.name[lang]}
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.characteristicId}>
                <PlanCells row={row} model={model} lang={lang} />
                <td className="cm-r-num">{formatGap(row.achievedRise, lang)}</td>
                <td className="cm-r-num">{formatMedian(row.now.target, lang)}</td>
              </tr>
            ))}
          </tbody>
        );
      })}
    </CaptionedTable>
  );
}
