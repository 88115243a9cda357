import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { conflictCodes, type Principle } from '../../../api/programme-components.js';
import { fieldErrors } from '../../../components/form-errors.js';
import { FormActions } from '../workspace-edit/FormActions.js';
import { useGuardedSave } from '../workspace-edit/useGuardedSave.js';
import { WorkspaceConflict } from '../workspace-edit/WorkspaceConflict.js';
import { stanceKey } from './principles-logic.js';

/** The fields of a principle's text (position only for one the city added). */
export interface PrincipleTextValues {
  title: string;
  wording: string;
  position: string;
}

const fields = ['title', 'wording', 'position'] as const;

/**
 * The city's words for a principle: adapting one of the standard (optional title, wording
 * required) or writing one of its own (title, wording and position). Saves from the version
 * editing began with (`base`); when someone saved the principle meanwhile, theirs is shown next to
 * yours, to keep theirs or save yours over it.
 */
export function PrincipleTextForm({
  mode,
  label,
  name,
  initial,
  base,
  save,
  onSaved,
  onCancel,
  onStale,
}: {
  mode: 'adapt' | 'own';
  /** The form's accessible name. */
  label: string;
  /** The principle's name, for the conflict's caption. */
  name: string;
  initial: PrincipleTextValues;
  /** The version editing began from (0: none recorded yet). */
  base: number;
  save: (values: PrincipleTextValues, version: number) => Promise<Principle>;
  /** Saved (the principle as stored), or theirs kept after a conflict (null: it was deleted). */
  onSaved: (saved: Principle | null, mine: boolean) => void;
  onCancel: () => void;
  /** Someone else saved it meanwhile: refresh what the page shows behind the form. */
  onStale?: () => void;
}) {
  const { t } = useTranslation('programme');
  const [form] = Form.useForm<PrincipleTextValues>();
  const guard = useGuardedSave<Principle>(conflictCodes.principle);
  const required = { required: true, whitespace: true, message: t('workspaceEdit.required') };
  const own = mode === 'own';

  const submit = (values: PrincipleTextValues) =>
    guard.run((version) => save(values, version), guard.versionFrom(base), {
      onSaved: (saved) => {
        onSaved(saved, true);
      },
      onError: (error) => {
        form.setFields(fieldErrors(error, fields));
      },
      onConflict: onStale,
    });

  return (
    <Form<PrincipleTextValues>
      form={form}
      layout="vertical"
      className="cm-pgc-form"
      aria-label={label}
      initialValues={initial}
      onFinish={(values) => void submit(values)}
      disabled={guard.busy}
    >
      <WorkspaceConflict
        guard={guard}
        name={name}
        rows={(theirs) => {
          const yours = form.getFieldsValue(true) as PrincipleTextValues;
          return [
            {
              key: 'stance',
              label: t('principles.fields.stance'),
              theirs: theirs ? t(`principles.stance.${stanceKey(theirs)}`) : '',
              yours: t(`principles.stance.${own ? 'added' : 'adapted'}`),
            },
            {
              key: 'title',
              label: t('principles.fields.title'),
              theirs: theirs?.title ?? '',
              yours: yours.title.trim(),
            },
            {
              key: 'wording',
              label: t('principles.fields.wording'),
              theirs: theirs?.wording ?? '',
              yours: yours.wording.trim(),
            },
            ...(own
              ? [
                  {
                    key: 'position',
                    label: t('principles.fields.position'),
                    theirs: theirs ? String(theirs.position) : '',
                    yours: yours.position,
                  },
                ]
              : []),
          ];
        }}
        onTakeTheirs={(theirs) => {
          onSaved(theirs, false);
        }}
        onOverwrite={() => {
          form.submit();
        }}
      />
      <Form.Item
        name="title"
        label={own ? t('principles.own.titleLabel') : t('principles.titleLabel')}
        extra={own ? undefined : t('principles.titleHelp')}
        rules={own ? [required] : []}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="wording"
        label={own ? t('principles.own.wordingLabel') : t('principles.wordingLabel')}
        extra={t('principles.wordingHelp')}
        rules={[required]}
      >
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 3, maxRows: 12 }} />
      </Form.Item>
      {own && (
        <Form.Item
          name="position"
          label={t('principles.own.positionLabel')}
          extra={t('principles.own.positionHelp')}
          rules={[required]}
        >
          <Input type="number" min={0} max={999} step={1} inputMode="numeric" />
        </Form.Item>
      )}
      <FormActions guard={guard} onCancel={onCancel} />
    </Form>
  );
}
