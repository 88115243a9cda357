import { useTranslation } from 'react-i18next';
import { useRiskRegister, type Risk } from '../../api/programme-risks.js';
import { useLang } from '../../components/lang.js';
import { RegisterTool } from './registers/RegisterTool.js';
import { RiskForm } from './registers/RiskForm.js';
import { RiskOverview } from './registers/RiskOverview.js';
import { RiskRegisterTable } from './registers/RiskRegisterTable.js';
import { WorkbookLink } from './reviews/WorkbookLink.js';
import { PackNotes, SourceLine } from './sections/PackText.js';
import { RecommendationList } from './sections/RecommendationList.js';
import { useProgramme } from './useProgramme.js';

/**
 * The risk register (ISO 37106 clause 8): the city's risks scored likelihood × impact and banded,
 * linked to the key success factors they threaten; the active risks on a 5 × 5 heat grid and per
 * factor; what the standard asks of risk management beside them. Members who may manage the
 * workspace record, change and delete risks.
 */
export default function RisksPage() {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId, pack } = useProgramme();
  const register = useRiskRegister(organisationId);
  const factors = pack.key_success_factors ?? [];
  const componentD = pack.components.find((c) => c.code === 'D');
  const riskManagement = factors
    .flatMap((f) => f.subfactors)
    .find((s) => s.name.en.toLowerCase() === 'risk management');

  return (
    <div className="cm-pg-content">
      <p className="cm-pg-intro">{t('risks.intro')}</p>
      <RegisterTool
        what={t('riskRegister.what')}
        query={register}
        failed={t('riskRegister.loadFailed')}
        addText={t('riskRegister.add')}
        toolbar={<WorkbookLink />}
        anchor={(risk: Risk) => `risk-${risk.id}`}
        form={(data, risk, onClose) => (
          <RiskForm base={risk} bandFloors={data.bandFloors} onClose={onClose} />
        )}
        view={(data, onEdit) => (
          <>
            <RiskOverview register={data} />
            <RiskRegisterTable risks={data.risks} onEdit={onEdit} />
          </>
        )}
      />
      <section aria-labelledby="risks-standard" className="cm-section cm-pg-block">
        <h2 id="risks-standard">{t('risks.standardTitle')}</h2>
        {componentD && <RecommendationList component={componentD} />}
        {riskManagement && (
          <>
            <h3>{riskManagement.name[lang]}</h3>
            <ul>
              {riskManagement.checklist.map((s) => (
                <li key={s.id}>
                  {s.text[lang]}
                  {s.derived && (
                    <>
                      {' '}
                      <span className="cm-pg-derived">{t('text.derived')}</span>
                    </>
                  )}
                  <PackNotes notes={s.notes} />
                </li>
              ))}
            </ul>
            <SourceLine source={riskManagement.source} />
          </>
        )}
      </section>
    </div>
  );
}
