import { Alert, Button, Checkbox, Input, Skeleton } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client.js';
import {
  conflictCodes,
  savePrincipleAgreements,
  useRegisteredStakeholders,
  type Principle,
} from '../../../api/programme-components.js';
import { ErrorAlert } from '../../../components/ErrorAlert.js';
import { formatDate, todayIsoDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { programmePath } from '../tools.js';
import { useProgramme } from '../useProgramme.js';
import { FormActions } from '../workspace-edit/FormActions.js';
import { useGuardedSave } from '../workspace-edit/useGuardedSave.js';
import { WorkspaceConflict } from '../workspace-edit/WorkspaceConflict.js';
import {
  agreementIssues,
  agreementRows,
  agreementsInput,
  agreementsText,
  type AgreementRow,
} from './principles-logic.js';

/**
 * Which registered stakeholders agreed a principle, and when: one row per stakeholder of the
 * register (a tick and a date). The whole list replaces the recorded one, from the principle's
 * version (If-Match); a refusal names the stakeholder at fault, a conflict shows theirs and yours.
 */
export function AgreementsForm({
  principle,
  name,
  onSaved,
  onCancel,
  onStale,
}: {
  principle: Principle & { id: string };
  name: string;
  /** Saved (`mine`), or theirs kept after a conflict (null: the principle was deleted). */
  onSaved: (saved: Principle | null, mine: boolean) => void;
  onCancel: () => void;
  /** Someone else saved it meanwhile: refresh what the page shows behind the form. */
  onStale?: () => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId, pack } = useProgramme();
  const register = useRegisteredStakeholders(organisationId);
  const [edited, setEdited] = useState<AgreementRow[]>();
  const [issues, setIssues] = useState<Map<string, string[]>>(new Map());
  const guard = useGuardedSave<Principle>(conflictCodes.principle);
  const [base] = useState(principle.version);
  const formId = useId();
  const typeName = (typeId: string) =>
    pack.stakeholder_types?.find((s) => s.id === typeId)?.name[lang] ?? typeId;

  if (register.isPending) return <Skeleton active paragraph={{ rows: 3 }} title={false} />;
  if (register.isError)
    return (
      <ErrorAlert
        error={register.error}
        title={t('principles.agreements.registerFailed')}
        onRetry={() => void register.refetch()}
      />
    );
  const rows = edited ?? agreementRows(register.data, principle.agreements, todayIsoDate());
  const change = (id: string, patch: Partial<AgreementRow>) => {
    setEdited(rows.map((r) => (r.stakeholderId === id ? { ...r, ...patch } : r)));
  };

  if (register.data.length === 0)
    return (
      <Alert
        type="info"
        showIcon
        title={t('principles.agreements.emptyRegister')}
        description={
          <Link to={programmePath(organisationId, 'stakeholders')}>
            {t('principles.agreements.registerLink')}
          </Link>
        }
        action={<Button onClick={onCancel}>{t('workspaceEdit.cancel')}</Button>}
      />
    );

  const submit = () => {
    const sent = agreementsInput(rows);
    setIssues(new Map());
    void guard.run(
      (version) => savePrincipleAgreements(organisationId, principle.id, sent, version),
      guard.versionFrom(base),
      {
        onSaved: (saved) => {
          onSaved(saved, true);
        },
        onError: (error) => {
          if (error instanceof ApiError) setIssues(agreementIssues(error.issues, sent));
        },
        onConflict: onStale,
      },
    );
  };
  const named = (id: string) => rows.find((r) => r.stakeholderId === id)?.name ?? id;
  const date = (iso: string) => formatDate(iso, lang);

  return (
    <form
      className="cm-pgc-form"
      aria-label={t('principles.agreements.formLabel', { name })}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <WorkspaceConflict
        guard={guard}
        name={name}
        rows={(theirs) => [
          {
            key: 'agreements',
            label: t('principles.fields.agreements'),
            theirs: agreementsText(theirs?.agreements ?? [], date),
            yours: agreementsText(
              agreementsInput(rows).map((a) => ({ ...a, name: named(a.stakeholderId) })),
              date,
            ),
          },
        ]}
        onTakeTheirs={(theirs) => {
          onSaved(theirs, false);
        }}
        onOverwrite={submit}
      />
      <p className="cm-pgc-help">{t('principles.agreements.intro')}</p>
      <ul className="cm-plain-list cm-pgc-agreement-rows">
        {rows.map((row) => {
          const rowIssues = issues.get(row.stakeholderId);
          const errorId = `${formId}-${row.stakeholderId}-error`;
          return (
            <li key={row.stakeholderId}>
              <Checkbox
                checked={row.agreed}
                disabled={guard.busy}
                onChange={(event) => {
                  change(row.stakeholderId, { agreed: event.target.checked });
                }}
                aria-describedby={rowIssues ? errorId : undefined}
              >
                <span className="cm-pgc-agreement-name">{row.name}</span>{' '}
                <span className="cm-muted">
                  {typeName(row.typeId)}
                  {row.affiliation && ` · ${row.affiliation}`}
                </span>
              </Checkbox>
              {row.agreed && (
                <Input
                  type="date"
                  required
                  className="cm-pgc-date"
                  aria-label={t('principles.agreements.dateLabel', { name: row.name })}
                  value={row.agreedOn}
                  disabled={guard.busy}
                  aria-invalid={rowIssues ? true : undefined}
                  aria-describedby={rowIssues ? errorId : undefined}
                  onChange={(event) => {
                    change(row.stakeholderId, { agreedOn: event.target.value });
                  }}
                />
              )}
              {rowIssues && (
                <p id={errorId} className="cm-pgc-field-error" role="alert">
                  {rowIssues.join(' ')}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <FormActions guard={guard} onCancel={onCancel} />
    </form>
  );
}
