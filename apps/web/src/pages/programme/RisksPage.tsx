import { Button, Skeleton } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRiskRegister, type Risk } from '../../api/programme-risks.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useLang } from '../../components/lang.js';
import { RiskForm } from './registers/RiskForm.js';
import { RiskOverview } from './registers/RiskOverview.js';
import { RiskRegisterTable } from './registers/RiskRegisterTable.js';
import { ReadOnlyForRole, WorkbookLink } from './registers/ToolAccess.js';
import './reviews/reviews.css';
import { PackNotes, SourceLine } from './sections/PackText.js';
import { RecommendationList } from './sections/RecommendationList.js';
import { useProgramme } from './useProgramme.js';

/** The form: closed, a new risk, or a change of one. */
type Editing = { open: false } | { open: true; risk: Risk | undefined };

/**
 * The risk register (ISO 37106 clause 8): the city's risks scored likelihood × impact and banded,
 * linked to the key success factors they threaten; the active risks on a 5 × 5 heat grid and per
 * factor; what the standard asks of risk management beside them. Members who may manage the
 * workspace record, change and delete risks.
 */
export default function RisksPage() {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId, pack, canManage } = useProgramme();
  const register = useRiskRegister(organisationId);
  const [editing, setEditing] = useState<Editing>({ open: false });
  const addButton = useRef<HTMLButtonElement>(null);
  const factors = pack.key_success_factors ?? [];
  const componentD = pack.components.find((c) => c.code === 'D');
  const riskManagement = factors
    .flatMap((f) => f.subfactors)
    .find((s) => s.name.en.toLowerCase() === 'risk management');

  return (
    <div className="cm-pg-content">
      <p className="cm-pg-intro">{t('risks.intro')}</p>
      <ReadOnlyForRole what={t('riskRegister.what')} />
      {!editing.open && (
        <div className="cm-rv-toolbar">
          {canManage && (
            <Button
              type="primary"
              ref={addButton}
              onClick={() => {
                setEditing({ open: true, risk: undefined });
              }}
            >
              {t('riskRegister.add')}
            </Button>
          )}
          <WorkbookLink />
        </div>
      )}
      {register.isError ? (
        <ErrorAlert
          error={register.error}
          title={t('riskRegister.loadFailed')}
          onRetry={() => void register.refetch()}
        />
      ) : !register.data ? (
        <div role="status">
          <Skeleton active paragraph={{ rows: 8 }} />
          <span className="cm-visually-hidden">{t('reviewTool.loading')}</span>
        </div>
      ) : editing.open ? (
        <RiskForm
          base={editing.risk}
          bandFloors={register.data.bandFloors}
          onClose={(saved) => {
            setEditing({ open: false });
            setTimeout(() => {
              const row = saved && document.getElementById(`risk-${saved.id}`);
              if (row) {
                row.scrollIntoView({ block: 'center' });
                row.querySelector('button')?.focus();
              } else addButton.current?.focus();
            }, 50);
          }}
        />
      ) : (
        <>
          <RiskOverview register={register.data} />
          <RiskRegisterTable
            risks={register.data.risks}
            onEdit={(risk) => {
              setEditing({ open: true, risk });
            }}
          />
        </>
      )}
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
