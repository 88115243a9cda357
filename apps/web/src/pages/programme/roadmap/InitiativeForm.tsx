import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.js';
import { useMaturityModel } from '../../../api/model.js';
import {
  createInitiative,
  conflictingInitiative,
  updateInitiative,
  type Initiative,
  type InitiativeInput,
  type Roadmap,
} from '../../../api/programme-roadmap.js';
import { errorMessage } from '../../../components/ErrorAlert.js';
import { fieldErrors } from '../../../components/form-errors.js';
import { useLang } from '../../../components/lang.js';
import type { InitiativeEditing } from '../RoadmapPage.js';
import { useProgramme } from '../useProgramme.js';
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

const formFields = [
  'phaseId',
  'title',
  'description',
  'startsOn',
  'endsOn',
  'owner',
  'budget',
  'currency',
  'quickWin',
  'componentCodes',
] as const;

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
  const { message } = App.useApp();
  const client = useQueryClient();
  const { organisationId } = useProgramme();
  const model = useMaturityModel();
  const [form] = Form.useForm<InitiativeFormValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [liftsError, setLiftsError] = useState<string>();
  // The stored initiative of a refused save (null: deleted meanwhile); undefined: no conflict.
  const [theirs, setTheirs] = useState<Initiative | null>();
  const [yours, setYours] = useState<InitiativeInput>();
  const existing = editing.initiative;
  const initial = useMemo(
    () => initiativeFormValues(existing, editing.phaseId),
    [existing, editing.phaseId],
  );
  const compared = useMemo(
    () => new Map((roadmap.comparison?.characteristics ?? []).map((c) => [c.characteristicId, c])),
    [roadmap.comparison],
  );

  const words = {
    phase: (id: string) => phaseLabel(roadmap, id, lang),
    money: (amount: string, currency: string) => formatMoney(amount, currency, lang),
    yes: t('roadmap.yes'),
    no: t('roadmap.no'),
    lift: (id: string, level: number) => `${id} → ${t('roadmap.toLevel', { level })}`,
  };

  const save = async (input: InitiativeInput, version: number | undefined) => {
    setBusy(true);
    setProblem(undefined);
    setLiftsError(undefined);
    try {
      const saved =
        existing && version !== undefined
          ? await updateInitiative(organisationId, existing.id, input, version)
          : await createInitiative(organisationId, input);
      void message.success(t(existing ? 'roadmap.saved' : 'roadmap.added', { title: saved.title }));
      await client.invalidateQueries({ queryKey: ['programme-roadmap', organisationId] });
      onClose();
    } catch (error) {
      const stored = conflictingInitiative(error);
      if (stored !== undefined) {
        setTheirs(stored);
        setYours(input);
        void client.invalidateQueries({ queryKey: ['programme-roadmap', organisationId] });
        return;
      }
      form.setFields(fieldErrors(error, formFields));
      const liftIssues =
        error instanceof ApiError
          ? error.issues.filter((i) => /^(body\.)?lifts\b/.test(i.path)).map((i) => i.message)
          : [];
      if (liftIssues.length > 0) setLiftsError(liftIssues.join(' '));
      setProblem(errorMessage(error, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  const title = existing
    ? t('roadmap.editTitle', { title: existing.title })
    : t('roadmap.addTitle');

  return (
    <Modal
      open
      title={title}
      width={760}
      okText={t('workspaceEdit.save')}
      cancelText={t('workspaceEdit.cancel')}
      okButtonProps={{ loading: busy }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      {theirs !== undefined && yours && (
        <WorkspaceConflict
          name={existing?.title ?? yours.title}
          stored={theirs}
          busy={busy}
          rows={(() => {
            const mine = initiativeFieldTexts(yours, words);
            const stored = theirs ? initiativeFieldTexts(theirs, words) : undefined;
            return initiativeFields.map((field) => ({
              key: field,
              label: t(`roadmap.fields.${fieldLabel[field] ?? field}`),
              theirs: stored?.[field] ?? '',
              yours: mine[field],
            }));
          })()}
          onTakeTheirs={onClose}
          onOverwrite={() => {
            void save(yours, theirs?.version);
          }}
        />
      )}
      {problem && theirs === undefined && (
        <Alert type="error" showIcon role="alert" title={problem} className="cm-rm-problem" />
      )}
      <Form<InitiativeFormValues>
        form={form}
        name={existing ? `initiative-${existing.id}` : 'new-initiative'}
        layout="vertical"
        className="cm-rm-form"
        initialValues={initial}
        disabled={busy}
        onFinish={(values) => {
          void save(initiativeInputOf(values), existing?.version);
        }}
      >
        <InitiativeFields model={model} compared={compared} liftsError={liftsError} />
      </Form>
    </Modal>
  );
}
