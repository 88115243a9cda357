import type { RiskStatus } from '@citymaturity/core';
import { Checkbox, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  createRisk,
  riskConflictCode,
  risksQueryKey,
  updateRisk,
  type BandCounts,
  type Risk,
  type RiskInput,
} from '../../../api/programme-risks.js';
import { formatDate } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { NativeSelect } from '../../../components/NativeSelect.js';
import { useFactorName } from '../reviews/useItemLabel.js';
import { useProgramme } from '../useProgramme.js';
import { bandOfScore, riskLevels } from './risk-logic.js';
import { RegisterForm } from './RegisterForm.js';

interface RiskValues {
  title: string;
  description?: string;
  likelihood: string;
  impact: string;
  factorIds?: string[];
  owner?: string;
  mitigation?: string;
  status: RiskStatus;
  reviewOn?: string;
}

const statuses: readonly RiskStatus[] = ['open', 'mitigating', 'closed'];
const fields = [
  'title',
  'description',
  'likelihood',
  'impact',
  'factorIds',
  'owner',
  'mitigation',
  'status',
  'reviewOn',
] as const;

const toInput = (v: RiskValues): RiskInput => ({
  title: v.title.trim(),
  description: (v.description ?? '').trim(),
  likelihood: Number(v.likelihood),
  impact: Number(v.impact),
  factorIds: v.factorIds ?? [],
  owner: (v.owner ?? '').trim(),
  mitigation: (v.mitigation ?? '').trim(),
  status: v.status,
  reviewOn: v.reviewOn ? v.reviewOn : null,
});

/**
 * Records a risk or changes one (from the version shown, `If-Match`): title, description,
 * likelihood and impact (with the score and band they give, as the register computes them), the
 * key success factors it threatens, owner, mitigation, status and the date of its next review.
 */
export function RiskForm({
  base,
  bandFloors,
  onClose,
}: {
  base: Risk | undefined;
  bandFloors: BandCounts;
  onClose: (saved: Risk | undefined) => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId, pack } = useProgramme();
  const [form] = Form.useForm<RiskValues>();
  const likelihood = Number(
    (Form.useWatch('likelihood', form) as string | undefined) ?? base?.likelihood ?? 3,
  );
  const impact = Number((Form.useWatch('impact', form) as string | undefined) ?? base?.impact ?? 3);
  const score = likelihood * impact;
  const factors = pack.key_success_factors ?? [];
  const factorName = useFactorName();

  const factorNames = (ids: readonly string[]) =>
    ids.map(factorName).join(lang === 'zh' ? '、' : ', ');
  const level = (kind: 'likelihood' | 'impact', value: number) =>
    t(`riskRegister.${kind}Levels.${String(value)}`);
  const text = (r: RiskInput): Record<(typeof fields)[number], string> => ({
    title: r.title,
    description: r.description,
    likelihood: level('likelihood', r.likelihood),
    impact: level('impact', r.impact),
    factorIds: factorNames(r.factorIds),
    owner: r.owner,
    mitigation: r.mitigation,
    status: t(`riskRegister.status.${r.status}`),
    reviewOn: r.reviewOn ? formatDate(r.reviewOn, lang) : '',
  });

  return (
    <RegisterForm
      id="risk-form-title"
      title={base ? t('riskRegister.editTitle', { title: base.title }) : t('riskRegister.add')}
      name={base?.title ?? ''}
      form={form}
      base={base}
      conflictCode={riskConflictCode}
      queryKey={risksQueryKey(organisationId)}
      fields={fields}
      label={(f) => t(`riskRegister.fields.${f}`)}
      describe={text}
      toInput={toInput}
      initialValues={{
        title: base?.title ?? '',
        description: base?.description ?? '',
        likelihood: String(base?.likelihood ?? 3),
        impact: String(base?.impact ?? 3),
        factorIds: base?.factorIds ?? [],
        owner: base?.owner ?? '',
        mitigation: base?.mitigation ?? '',
        status: base?.status ?? 'open',
        reviewOn: base?.reviewOn ?? '',
      }}
      create={(input) => createRisk(organisationId, input)}
      update={(id, input, version) => updateRisk(organisationId, id, input, version)}
      saved={(row, created) =>
        t(created ? 'riskRegister.added' : 'riskRegister.saved', { title: row.title })
      }
      submit={{ change: t('riskRegister.save'), add: t('riskRegister.addSubmit') }}
      onClose={onClose}
    >
      <Form.Item
        name="title"
        label={t('riskRegister.fields.title')}
        rules={[{ required: true, whitespace: true, message: t('riskRegister.titleRequired') }]}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item name="description" label={t('riskRegister.fields.description')}>
        <Input.TextArea maxLength={4_000} autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <div className="cm-rv-editor-fields">
        <Form.Item name="likelihood" label={t('riskRegister.fields.likelihood')}>
          <NativeSelect<string>
            options={riskLevels.map((v) => ({ value: String(v), label: level('likelihood', v) }))}
          />
        </Form.Item>
        <Form.Item name="impact" label={t('riskRegister.fields.impact')}>
          <NativeSelect<string>
            options={riskLevels.map((v) => ({ value: String(v), label: level('impact', v) }))}
          />
        </Form.Item>
      </div>
      <p className="cm-pg-text" aria-live="polite">
        {t('riskRegister.scorePreview', {
          likelihood,
          impact,
          score,
          band: t(`riskRegister.band.${bandOfScore(score, bandFloors)}`),
        })}
      </p>
      <fieldset className="cm-fieldset">
        <legend>{t('riskRegister.fields.factorIds')}</legend>
        <p className="cm-muted">{t('riskRegister.factorsHint')}</p>
        <Form.Item name="factorIds">
          <Checkbox.Group
            options={factors.map((f) => ({
              value: f.id,
              label: factorName(f.id),
            }))}
          />
        </Form.Item>
      </fieldset>
      <Form.Item name="owner" label={t('riskRegister.fields.owner')}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item name="mitigation" label={t('riskRegister.fields.mitigation')}>
        <Input.TextArea maxLength={4_000} autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <div className="cm-rv-editor-fields">
        <fieldset className="cm-fieldset">
          <legend>{t('riskRegister.fields.status')}</legend>
          <Form.Item name="status">
            <Radio.Group
              options={statuses.map((s) => ({ value: s, label: t(`riskRegister.status.${s}`) }))}
            />
          </Form.Item>
        </fieldset>
        <Form.Item
          name="reviewOn"
          label={t('riskRegister.fields.reviewOn')}
          extra={t('riskRegister.reviewOnHint')}
        >
          <Input type="date" className="cm-date-input" />
        </Form.Item>
      </div>
    </RegisterForm>
  );
}
