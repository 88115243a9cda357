import { Button, Skeleton } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStakeholderRegister, type Stakeholder } from '../../api/programme-register.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { StakeholderForm } from './registers/StakeholderForm.js';
import { StakeholderOverview } from './registers/StakeholderOverview.js';
import { StakeholderTable } from './registers/StakeholderTable.js';
import { ReadOnlyForRole } from './registers/ToolAccess.js';
import './reviews/reviews.css';
import { useProgramme } from './useProgramme.js';

/** The form: closed, a new stakeholder, or a change of one. */
type Editing = { open: false } | { open: true; stakeholder: Stakeholder | undefined };

/**
 * The stakeholder register (ISO 37106 6.5.2): the city's stakeholders by the five types, placed on
 * the influence × interest grid with the approach each cell suggests, and how each is engaged (the
 * engagement plan). Members who may manage the workspace register, change and remove stakeholders.
 */
export default function StakeholderRegisterPage() {
  const { t } = useTranslation('programme');
  const { organisationId, canManage } = useProgramme();
  const register = useStakeholderRegister(organisationId);
  const [editing, setEditing] = useState<Editing>({ open: false });
  const addButton = useRef<HTMLButtonElement>(null);

  return (
    <div className="cm-pg-content">
      <p className="cm-pg-intro">{t('stakeholders.intro')}</p>
      <ReadOnlyForRole what={t('stakeholderRegister.what')} />
      {canManage && !editing.open && (
        <div className="cm-rv-toolbar">
          <Button
            type="primary"
            ref={addButton}
            onClick={() => {
              setEditing({ open: true, stakeholder: undefined });
            }}
          >
            {t('stakeholderRegister.add')}
          </Button>
        </div>
      )}
      {register.isError ? (
        <ErrorAlert
          error={register.error}
          title={t('stakeholderRegister.loadFailed')}
          onRetry={() => void register.refetch()}
        />
      ) : !register.data ? (
        <div role="status">
          <Skeleton active paragraph={{ rows: 8 }} />
          <span className="cm-visually-hidden">{t('reviewTool.loading')}</span>
        </div>
      ) : editing.open ? (
        <StakeholderForm
          base={editing.stakeholder}
          onClose={(saved) => {
            setEditing({ open: false });
            setTimeout(() => {
              const row = saved && document.getElementById(`stakeholder-${saved.id}`);
              if (row) {
                row.scrollIntoView({ block: 'center' });
                row.querySelector('button')?.focus();
              } else addButton.current?.focus();
            }, 50);
          }}
        />
      ) : (
        <>
          <StakeholderOverview register={register.data} />
          <StakeholderTable
            stakeholders={register.data.stakeholders}
            onEdit={(stakeholder) => {
              setEditing({ open: true, stakeholder });
            }}
          />
        </>
      )}
    </div>
  );
}
