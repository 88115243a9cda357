import {
  engagementLevels,
  gridStrategy,
  isUnderEngaged,
  minimumEngagement,
  type EngagementLevel,
} from '@citymaturity/core';
import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  createStakeholder,
  stakeholderConflictCode,
  stakeholdersQueryKey,
  updateStakeholder,
  type Stakeholder,
  type StakeholderInput,
} from '../../../api/programme-register.js';
import { useLang } from '../../../components/lang.js';
import { NativeSelect } from '../../../components/NativeSelect.js';
import { useProgramme } from '../useProgramme.js';
import { RegisterForm } from './RegisterForm.js';

interface StakeholderValues {
  name: string;
  typeId: string;
  affiliation?: string;
  influence: number;
  interest: number;
  engagementLevel: EngagementLevel;
  engagementPlan?: string;
  contact?: string;
}

const fields = [
  'name',
  'typeId',
  'affiliation',
  'influence',
  'interest',
  'engagementLevel',
  'engagementPlan',
  'contact',
] as const;

const toInput = (v: StakeholderValues): StakeholderInput => ({
  name: v.name.trim(),
  typeId: v.typeId,
  affiliation: (v.affiliation ?? '').trim(),
  influence: v.influence,
  interest: v.interest,
  engagementLevel: v.engagementLevel,
  engagementPlan: (v.engagementPlan ?? '').trim(),
  contact: (v.contact ?? '').trim(),
});

/**
 * Registers a stakeholder or changes one (from the version shown, `If-Match`): name, type (the
 * pack's five), affiliation, influence and interest (with the approach their grid cell suggests),
 * how closely they are engaged (IAP2) and the engagement plan, contact.
 */
export function StakeholderForm({
  base,
  onClose,
}: {
  base: Stakeholder | undefined;
  onClose: (saved: Stakeholder | undefined) => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId, pack } = useProgramme();
  const [form] = Form.useForm<StakeholderValues>();
  const types = pack.stakeholder_types ?? [];
  const influence =
    (Form.useWatch('influence', form) as number | undefined) ?? base?.influence ?? 2;
  const interest = (Form.useWatch('interest', form) as number | undefined) ?? base?.interest ?? 2;
  const engagement =
    (Form.useWatch('engagementLevel', form) as EngagementLevel | undefined) ??
    base?.engagementLevel ??
    'consult';
  const strategy = gridStrategy(influence, interest);
  const under = isUnderEngaged(influence, interest, engagement);

  const typeName = (id: string) => types.find((x) => x.id === id)?.name[lang] ?? id;
  const level = (v: number) => t(`stakeholderRegister.levels.${String(v)}`);
  const text = (s: StakeholderInput): Record<(typeof fields)[number], string> => ({
    name: s.name,
    typeId: typeName(s.typeId),
    affiliation: s.affiliation,
    influence: level(s.influence),
    interest: level(s.interest),
    engagementLevel: t(`stakeholderRegister.engagement.${s.engagementLevel}`),
    engagementPlan: s.engagementPlan,
    contact: s.contact,
  });
  const levelChoices = [1, 2, 3].map((v) => ({ value: v, label: level(v) }));

  return (
    <RegisterForm
      id="stakeholder-form-title"
      title={
        base
          ? t('stakeholderRegister.editTitle', { name: base.name })
          : t('stakeholderRegister.add')
      }
      name={base?.name ?? ''}
      form={form}
      base={base}
      conflictCode={stakeholderConflictCode}
      queryKey={stakeholdersQueryKey(organisationId)}
      fields={fields}
      label={(f) => t(`stakeholderRegister.fields.${f}`)}
      describe={text}
      toInput={toInput}
      initialValues={{
        name: base?.name ?? '',
        typeId: base?.typeId ?? '',
        affiliation: base?.affiliation ?? '',
        influence: base?.influence ?? 2,
        interest: base?.interest ?? 2,
        engagementLevel: base?.engagementLevel ?? 'consult',
        engagementPlan: base?.engagementPlan ?? '',
        contact: base?.contact ?? '',
      }}
      create={(input) => createStakeholder(organisationId, input)}
      update={(id, input, version) => updateStakeholder(organisationId, id, input, version)}
      saved={(row, created) =>
        t(created ? 'stakeholderRegister.added' : 'stakeholderRegister.saved', { name: row.name })
      }
      submit={{ change: t('stakeholderRegister.save'), add: t('stakeholderRegister.addSubmit') }}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('stakeholderRegister.fields.name')}
        rules={[
          { required: true, whitespace: true, message: t('stakeholderRegister.nameRequired') },
        ]}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <div className="cm-rv-editor-fields">
        <Form.Item
          name="typeId"
          label={t('stakeholderRegister.fields.typeId')}
          rules={[{ required: true, message: t('stakeholderRegister.typeRequired') }]}
        >
          <NativeSelect<string>
            options={[
              { value: '', label: t('stakeholderRegister.chooseType') },
              ...types.map((x) => ({ value: x.id, label: x.name[lang] })),
            ]}
          />
        </Form.Item>
        <Form.Item name="affiliation" label={t('stakeholderRegister.fields.affiliation')}>
          <Input maxLength={200} autoComplete="organization" />
        </Form.Item>
      </div>
      <div className="cm-rv-editor-fields">
        {(['influence', 'interest'] as const).map((name) => (
          <fieldset key={name} className="cm-fieldset">
            <legend>{t(`stakeholderRegister.fields.${name}`)}</legend>
            <p className="cm-muted">{t(`stakeholderRegister.${name}Hint`)}</p>
            <Form.Item name={name}>
              <Radio.Group options={levelChoices} />
            </Form.Item>
          </fieldset>
        ))}
      </div>
      <Form.Item
        name="engagementLevel"
        label={t('stakeholderRegister.fields.engagementLevel')}
        extra={t('stakeholderRegister.engagementHint')}
      >
        <NativeSelect<EngagementLevel>
          options={engagementLevels.map((e) => ({
            value: e,
            label: t(`stakeholderRegister.engagement.${e}`),
          }))}
        />
      </Form.Item>
      <p className="cm-pg-text" aria-live="polite">
        {t('stakeholderRegister.suggestion', {
          strategy: t(`stakeholderRegister.strategy.${strategy}`),
          minimum: t(`stakeholderRegister.engagement.${minimumEngagement[strategy]}`),
        })}{' '}
        {under && (
          <strong className="cm-rv-flag">{t('stakeholderRegister.underEngagedWarning')}</strong>
        )}
      </p>
      <Form.Item name="engagementPlan" label={t('stakeholderRegister.fields.engagementPlan')}>
        <Input.TextArea maxLength={4_000} autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <Form.Item name="contact" label={t('stakeholderRegister.fields.contact')}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
    </RegisterForm>
  );
}
