import { useQueryClient } from '@tanstack/react-query';
import { Form } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.js';
import { useMaturityModel } from '../../../api/model.js';
import {
  createInitiative,
  initiativeConflictCode,
  updateInitiative,
  type Initiative,
  type Roadmap,
} from '../../../api/programme-roadmap.js';
import { fieldErrors } from '../../../components/form-errors.js';
import { useLang } from '../../../components/lang.js';
import type { InitiativeEditing } from '../RoadmapPage.js';
import { useProgramme } from '../useProgramme.js';
import { conflictRows } from '../workspace-edit/edit-logic.js';
import { EditModal } from '../workspace-edit/EditModal.js';
import { useGuardedSave } from '../workspace-edit/useGuardedSave.js';
import { WorkspaceConflict } from '../workspace-edit/WorkspaceConflict.js';
import { InitiativeFields } from './InitiativeFields.js';
import {
  formatMoney,
  initiativeFieldTexts,
  initiativeFields,
  initiativeFormValues,
  initiativeInputOf,
  phaseLabel,
  type InitiativeFormValues,
} from './roadmap-logic.js';

/** The form's fields the API's refusals may name (the lifts' problems are shown below them). */
const formFields = [...initiativeFields.filter((f) => f !== 'lifts'), 'currency'] as const;

/** The label key of a field whose name differs from its API name. */
const fieldLabel: Partial<Record<string, string>> = {
  phaseId: 'phase',
  componentCodes: 'components',
};

/**
 * Adds an initiative, or changes one from the version shown when editing began (`If-Match`), in a
 * dialog. The API's refusals are shown by their fields; when someone saved the initiative
 * meanwhile, theirs is shown next to yours (keep theirs, or save yours over it knowingly).
 */
export function InitiativeForm({
  roadmap,
  editing,
  onClose,
}: {
  roadmap: Roadmap;
  editing: InitiativeEditing;
  onClose: () => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const client = useQueryClient();
  const { organisationId } = useProgramme();
  const model = useMaturityModel();
  const [form] = Form.useForm<InitiativeFormValues>();
  const guard = useGuardedSave<Initiative>(initiativeConflictCode, { inlineProblem: true });
  const [liftsError, setLiftsError] = useState<string>();
  const existing = editing.initiative;
  const initial = useMemo(
    () => initiativeFormValues(existing, editing.phaseId),
    [existing, editing.phaseId],
  );
  const compared = useMemo(
    () => new Map((roadmap.comparison?.characteristics ?? []).map((c) => [c.characteristicId, c])),
    [roadmap.comparison],
  );
  // The benefit map names initiative nodes after their initiative's title.
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['programme-roadmap', organisationId] }),
      client.invalidateQueries({ queryKey: ['programme-benefit-map', organisationId] }),
    ]);

  const words = {
    phase: (id: string) => phaseLabel(roadmap, id, lang),
    money: (amount: string, currency: string) => formatMoney(amount, currency, lang),
    yes: t('roadmap.yes'),
    no: t('roadmap.no'),
    lift: (id: string, level: number) => `${id} → ${t('roadmap.toLevel', { level })}`,
  };

  const submit = (values: InitiativeFormValues) => {
    const input = initiativeInputOf(values);
    setLiftsError(undefined);
    void guard.run(
      (version) =>
        existing && version
          ? updateInitiative(organisationId, existing.id, input, version)
          : createInitiative(organisationId, input),
      guard.versionFrom(existing?.version ?? 0),
      {
        refresh,
        saved: (saved, created) =>
          t(created ? 'roadmap.added' : 'roadmap.saved', { title: saved.title }),
        onSaved: onClose,
        onError: (error) => {
          form.setFields(fieldErrors(error, formFields));
          const liftIssues =
            error instanceof ApiError
              ? error.issues.filter((i) => /^(body\.)?lifts\b/.test(i.path)).map((i) => i.message)
              : [];
          if (liftIssues.length > 0) setLiftsError(liftIssues.join(' '));
        },
      },
    );
  };
  const yours = () => initiativeInputOf(form.getFieldsValue(true) as InitiativeFormValues);

  return (
    <EditModal<InitiativeFormValues>
      title={existing ? t('roadmap.editTitle', { title: existing.title }) : t('roadmap.addTitle')}
      width={760}
      form={form}
      name={existing ? `initiative-${existing.id}` : 'new-initiative'}
      initialValues={initial}
      guard={guard}
      conflict={
        <WorkspaceConflict
          guard={guard}
          name={existing?.title ?? ''}
          rows={(theirs) =>
            conflictRows(
              initiativeFields,
              (field) => t(`roadmap.fields.${fieldLabel[field] ?? field}`),
              initiativeFieldTexts(yours(), words),
              theirs ? initiativeFieldTexts(theirs, words) : undefined,
            )
          }
          onTakeTheirs={onClose}
          onOverwrite={() => {
            form.submit();
          }}
        />
      }
      onFinish={submit}
      onClose={onClose}
    >
      <InitiativeFields model={model} compared={compared} liftsError={liftsError} />
    </EditModal>
  );
}
