import { Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  conflictCodes,
  recommendationStatuses,
  saveRecommendation,
  type RecommendationProgress,
} from '../../../api/programme-components.js';
import { formatDate } from '../../../components/format.js';
import { fieldErrors } from '../../../components/form-errors.js';
import { useLang } from '../../../components/lang.js';
import { NativeSelect } from '../../../components/NativeSelect.js';
import { useProgramme } from '../useProgramme.js';
import { conflictRows, httpUrlRule } from '../workspace-edit/edit-logic.js';
import { FormActions } from '../workspace-edit/FormActions.js';
import { useGuardedSave } from '../workspace-edit/useGuardedSave.js';
import { WorkspaceConflict } from '../workspace-edit/WorkspaceConflict.js';
import {
  recommendationInput,
  recommendationValues,
  type RecommendationValues,
} from './tracker-logic.js';

const fields = ['status', 'owner', 'dueOn', 'evidence', 'evidenceUrl'] as const;

/** The label of each field. */
const labels = {
  status: 'components.recommendation.statusLabel',
  owner: 'components.recommendation.ownerLabel',
  dueOn: 'components.recommendation.dueLabel',
  evidence: 'components.recommendation.evidenceLabel',
  evidenceUrl: 'components.recommendation.evidenceUrlLabel',
} as const satisfies Record<(typeof fields)[number], string>;

/**
 * A recommendation's progress: status, owner, due date, evidence (a note and a link). Saves every
 * field from the version editing began with (none for one never recorded); when someone saved it
 * meanwhile, theirs is shown next to yours, to keep theirs or save yours over it.
 */
export function RecommendationForm({
  progress,
  onSaved,
  onCancel,
  onStale,
}: {
  progress: RecommendationProgress;
  /** Saved (`mine`), or theirs kept after a conflict. */
  onSaved: (saved: RecommendationProgress | null, mine: boolean) => void;
  onCancel: () => void;
  /** Someone else saved it meanwhile: refresh what the page shows behind the form. */
  onStale?: () => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId } = useProgramme();
  const [form] = Form.useForm<RecommendationValues>();
  const guard = useGuardedSave<RecommendationProgress>(conflictCodes.recommendation);
  const [base] = useState(progress.version);
  const id = progress.recommendationId;

  const submit = (values: RecommendationValues) =>
    guard.run(
      (version) => saveRecommendation(organisationId, id, recommendationInput(values), version),
      guard.versionFrom(base),
      {
        onSaved: (saved) => {
          onSaved(saved, true);
        },
        onError: (error) => {
          form.setFields(fieldErrors(error, fields));
        },
        onConflict: onStale,
      },
    );

  const describe = (v: RecommendationValues): Record<(typeof fields)[number], string> => ({
    status: t(`components.status.${v.status}`),
    owner: v.owner.trim(),
    dueOn: v.dueOn ? formatDate(v.dueOn, lang) : '',
    evidence: v.evidence.trim(),
    evidenceUrl: v.evidenceUrl.trim(),
  });
  return (
    <Form<RecommendationValues>
      form={form}
      layout="vertical"
      className="cm-pgc-form"
      aria-label={t('components.recommendation.formLabel', { id })}
      initialValues={recommendationValues(progress)}
      onFinish={(values) => void submit(values)}
      disabled={guard.busy}
    >
      <WorkspaceConflict
        guard={guard}
        name={id}
        rows={(theirs) =>
          conflictRows(
            fields,
            (field) => t(labels[field]),
            describe(form.getFieldsValue(true) as RecommendationValues),
            theirs ? describe(recommendationValues(theirs)) : undefined,
          )
        }
        onTakeTheirs={(theirs) => {
          onSaved(theirs, false);
        }}
        onOverwrite={() => {
          form.submit();
        }}
      />
      <div className="cm-pgc-form-row">
        <Form.Item name="status" label={t(labels.status)}>
          <NativeSelect
            options={recommendationStatuses.map((s) => ({
              value: s,
              label: t(`components.status.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="dueOn" label={t(labels.dueOn)}>
          <Input type="date" className="cm-pgc-date" />
        </Form.Item>
      </div>
      <Form.Item
        name="owner"
        label={t(labels.owner)}
        extra={t('components.recommendation.ownerHelp')}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="evidence"
        label={t(labels.evidence)}
        extra={t('components.recommendation.evidenceHelp')}
      >
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 10 }} />
      </Form.Item>
      <Form.Item
        name="evidenceUrl"
        label={t(labels.evidenceUrl)}
        rules={[httpUrlRule(t('workspaceEdit.urlInvalid'))]}
      >
        <Input type="url" inputMode="url" maxLength={2000} autoComplete="off" />
      </Form.Item>
      <FormActions guard={guard} onCancel={onCancel} />
    </Form>
  );
}
