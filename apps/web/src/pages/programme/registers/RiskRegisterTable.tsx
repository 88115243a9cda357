import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  deleteRisk,
  riskConflict,
  risksQueryKey,
  type Risk,
} from '../../../api/programme-risks.js';
import { errorMessage } from '../../../components/ErrorAlert.js';
import { formatDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { TableRegion } from '../../../components/TableRegion.js';
import { useProgramme } from '../useProgramme.js';
import { BandBadge } from './BandBadge.js';
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
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const { organisationId, pack, canManage } = useProgramme();
  const factorName = (id: string) => {
    const f = pack.key_success_factors?.find((k) => k.id === id);
    return f ? `${String(f.number)} ${f.name[lang]}` : id;
  };

  const remove = (risk: Risk) => {
    modal.confirm({
      title: t('riskRegister.deleteTitle', { title: risk.title }),
      content: t('riskRegister.deleteConfirm'),
      okText: t('riskRegister.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('reviewTool.cancel'),
      onOk: async () => {
        try {
          await deleteRisk(organisationId, risk.id, risk.version);
          void message.success(t('riskRegister.deleted', { title: risk.title }));
        } catch (error) {
          void message.error(
            riskConflict(error) !== undefined
              ? t('riskRegister.deleteConflict')
              : errorMessage(error, t('common:errors.unknown')),
          );
        } finally {
          await client.invalidateQueries({ queryKey: risksQueryKey(organisationId) });
        }
      },
    });
  };

  return (
    <section aria-labelledby="risk-register-title" className="cm-section">
      <h2 id="risk-register-title">{t('riskRegister.registerTitle', { count: risks.length })}</h2>
      {risks.length === 0 ? (
        <p className="cm-pg-text">
          {t(canManage ? 'riskRegister.emptyManage' : 'riskRegister.emptyView')}
        </p>
      ) : (
        <TableRegion labelledBy="risk-register-title">
          <table className="cm-table cm-rv-register">
            <thead>
              <tr>
                <th scope="col">{t('riskRegister.fields.title')}</th>
                <th scope="col">{t('riskRegister.scoreColumn')}</th>
                <th scope="col">{t('riskRegister.fields.status')}</th>
                <th scope="col">{t('riskRegister.fields.factorIds')}</th>
                <th scope="col">{t('riskRegister.fields.owner')}</th>
                <th scope="col">{t('riskRegister.fields.mitigation')}</th>
                <th scope="col">{t('riskRegister.fields.reviewOn')}</th>
                {canManage && (
                  <th scope="col">
                    <span className="cm-visually-hidden">{t('reviewTool.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {sortRisks(risks).map((risk) => (
                <tr key={risk.id} id={`risk-${risk.id}`}>
                  <th scope="row" className="cm-rv-wide">
                    <strong>{risk.title}</strong>
                    {risk.description && (
                      <div className="cm-muted cm-pre-line">{risk.description}</div>
                    )}
                  </th>
                  <td>
                    <BandBadge band={risk.band} score={risk.score} />
                    <div className="cm-muted">
                      {t('riskRegister.scoreOf', {
                        likelihood: risk.likelihood,
                        impact: risk.impact,
                      })}
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
                  {canManage && (
                    <td>
                      <div className="cm-actions">
                        <Button
                          size="small"
                          onClick={() => {
                            onEdit(risk);
                          }}
                        >
                          {t('reviewTool.edit')}
                          <span className="cm-visually-hidden">: {risk.title}</span>
                        </Button>
                        <Button
                          size="small"
                          danger
                          onClick={() => {
                            remove(risk);
                          }}
                        >
                          {t('reviewTool.delete')}
                          <span className="cm-visually-hidden">: {risk.title}</span>
                        </Button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
