import { useTranslation } from 'react-i18next';
import {
  deleteRisk,
  riskConflictCode,
  risksQueryKey,
  type Risk,
} from '../../../api/programme-risks.js';
import { formatDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { useFactorName } from '../reviews/useItemLabel.js';
import { useProgramme } from '../useProgramme.js';
import { ChangedBy } from '../workspace-edit/ChangedBy.js';
import { BandBadge } from './BandBadge.js';
import { RegisterTable } from './RegisterTable.js';
import { sortRisks } from './risk-logic.js';

/**
 * The register: every risk (active ones first, highest score first) with its score and band, status,
 * the key success factors it threatens, owner, mitigation and next review; members who may manage
 * the workspace change or delete a risk (after confirming).
 */
export function RiskRegisterTable({
  risks,
  onEdit,
}: {
  risks: readonly Risk[];
  onEdit: (risk: Risk) => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId, canManage } = useProgramme();
  const factorName = useFactorName();

  return (
    <RegisterTable
      id="risk-register-title"
      title={t('riskRegister.registerTitle', { count: risks.length })}
      empty={t(canManage ? 'riskRegister.emptyManage' : 'riskRegister.emptyView')}
      columns={[
        t('riskRegister.fields.title'),
        t('riskRegister.scoreColumn'),
        t('riskRegister.fields.status'),
        t('riskRegister.fields.factorIds'),
        t('riskRegister.fields.owner'),
        t('riskRegister.fields.mitigation'),
        t('riskRegister.fields.reviewOn'),
      ]}
      rows={sortRisks(risks)}
      anchor={(risk) => `risk-${risk.id}`}
      name={(risk) => risk.title}
      removeText={t('reviewTool.delete')}
      deletion={(risk) => ({
        title: t('riskRegister.deleteTitle', { title: risk.title }),
        content: t('riskRegister.deleteConfirm'),
        ok: t('riskRegister.deleteOk'),
        deleted: t('riskRegister.deleted', { title: risk.title }),
        remove: () => deleteRisk(organisationId, risk.id, risk.version),
      })}
      conflictCode={riskConflictCode}
      queryKey={risksQueryKey(organisationId)}
      onEdit={onEdit}
      cells={(risk) => (
        <>
          <th scope="row" className="cm-rv-wide">
            <strong>{risk.title}</strong>
            {risk.description && <div className="cm-muted cm-pre-line">{risk.description}</div>}
            <ChangedBy by={risk.updatedBy} at={risk.updatedAt} />
          </th>
          <td>
            <BandBadge band={risk.band} score={risk.score} />
            <div className="cm-muted">
              {t('riskRegister.scoreOf', { likelihood: risk.likelihood, impact: risk.impact })}
            </div>
          </td>
          <td>{t(`riskRegister.status.${risk.status}`)}</td>
          <td>
            {risk.factorIds.length === 0 ? (
              <span className="cm-muted">{t('riskRegister.none')}</span>
            ) : (
              <ul className="cm-plain-list">
                {risk.factorIds.map((id) => (
                  <li key={id}>{factorName(id)}</li>
                ))}
              </ul>
            )}
          </td>
          <td>{risk.owner}</td>
          <td className="cm-rv-wide cm-pre-line">{risk.mitigation}</td>
          <td>{risk.reviewOn ? formatDate(risk.reviewOn, lang) : ''}</td>
        </>
      )}
    />
  );
}
