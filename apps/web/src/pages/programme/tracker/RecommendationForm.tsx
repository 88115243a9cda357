import { Button, Form, Input } from 'antd';
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
import { httpUrlRule } from '../workspace-edit/edit-logic.js';
import { useGuardedSave } from '../workspace-edit/useGuardedSave.js';
import { WorkspaceConflict } from '../workspace-edit/WorkspaceConflict.js';
import {
  recommendationInput,
  recommendationValues,
  type RecommendationValues,
} from './tracker-logic.js';

const fields = ['status', 'owner', 'dueOn', 'evidence', 'evidenceUrl'] as const;

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

  const conflict = guard.conflict;
  const theirs = conflict?.stored ? recommendationValues(conflict.stored) : undefined;
  const yours = conflict ? (form.getFieldsValue(true) as RecommendationValues) : undefined;
  const statusText = (s: string | undefined) => (s ? t(`components.status.${s}`) : '');
  const dateText = (d: string | undefined) => (d ? formatDate(d, lang) : '');
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
      {conflict && yours && (
        <WorkspaceConflict
          name={id}
          stored={conflict.stored}
          busy={guard.busy}
          rows={[
            {
              key: 'status',
              label: t('components.recommendation.statusLabel'),
              theirs: statusText(theirs?.status),
              yours: statusText(yours.status),
            },
            {
              key: 'owner',
              label: t('components.recommendation.ownerLabel'),
              theirs: theirs?.owner ?? '',
              yours: yours.owner.trim(),
            },
            {
              key: 'dueOn',
              label: t('components.recommendation.dueLabel'),
              theirs: dateText(theirs?.dueOn),
              yours: dateText(yours.dueOn),
            },
            {
              key: 'evidence',
              label: t('components.recommendation.evidenceLabel'),
              theirs: theirs?.evidence ?? '',
              yours: yours.evidence.trim(),
            },
            {
              key: 'evidenceUrl',
              label: t('components.recommendation.evidenceUrlLabel'),
              theirs: theirs?.evidenceUrl ?? '',
              yours: yours.evidenceUrl.trim(),
            },
          ]}
          onTakeTheirs={() => {
            guard.clear();
            onSaved(conflict.stored, false);
          }}
          onOverwrite={() => {
            form.submit();
          }}
        />
      )}
      <div className="cm-pgc-form-row">
        <Form.Item name="status" label={t('components.recommendation.statusLabel')}>
          <NativeSelect
            options={recommendationStatuses.map((s) => ({
              value: s,
              label: t(`components.status.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="dueOn" label={t('components.recommendation.dueLabel')}>
          <Input type="date" className="cm-pgc-date" />
        </Form.Item>
      </div>
      <Form.Item
        name="owner"
        label={t('components.recommendation.ownerLabel')}
        extra={t('components.recommendation.ownerHelp')}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="evidence"
        label={t('components.recommendation.evidenceLabel')}
        extra={t('components.recommendation.evidenceHelp')}
      >
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 10 }} />
      </Form.Item>
      <Form.Item
        name="evidenceUrl"
        label={t('components.recommendation.evidenceUrlLabel')}
        rules={[httpUrlRule(t('workspaceEdit.urlInvalid'))]}
      >
        <Input type="url" inputMode="url" maxLength={2000} autoComplete="off" />
      </Form.Item>
      <div className="cm-actions">
        <Button type="primary" htmlType="submit" loading={guard.busy && !conflict}>
          {t('workspaceEdit.save')}
        </Button>
        <Button onClick={onCancel} disabled={guard.busy}>
          {t('workspaceEdit.cancel')}
        </Button>
      </div>
    </Form>
  );
}
