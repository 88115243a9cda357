import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { kpiIndicatorSchemes } from '@citymaturity/core';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BenefitMap } from '../../../api/programme-benefits.js';
import { NativeSelect } from '../../../components/NativeSelect.js';
import { numberOf } from './benefit-logic.js';

/** A number field's rule: empty, or a number. */
function useNumberRule() {
  const { t } = useTranslation('programme');
  return {
    validator: (_: unknown, typed: string | undefined) =>
      !typed?.trim() || numberOf(typed) !== undefined
        ? Promise.resolve()
        : Promise.reject(new Error(t('benefits.numberInvalid'))),
  };
}

/**
 * The fields of a KPI: name, unit, indicator (scheme and code), direction, baseline (date and
 * value), success criterion, trajectory (milestones: date and value, in date order), owner and
 * the outcome of the benefit map it measures.
 */
export function KpiFields({
  map,
  names,
  trajectoryError,
}: {
  map: BenefitMap;
  names: ReadonlyMap<string, string>;
  trajectoryError?: string;
}) {
  const { t } = useTranslation('programme');
  const numberRule = useNumberRule();
  const outcomes = map.nodes.filter((n) => n.kind === 'outcome');
  return (
    <>
      <Form.Item
        label={t('benefits.fields.name')}
        name="name"
        rules={[{ required: true, whitespace: true, message: t('workspaceEdit.required') }]}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <div className="cm-rm-pair">
        <Form.Item label={t('benefits.fields.unit')} name="unit" extra={t('benefits.unitHelp')}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('benefits.fields.direction')} name="direction">
          <NativeSelect
            options={(['increase', 'decrease'] as const).map((d) => ({
              value: d,
              label: t(`benefits.directions.${d}`),
            }))}
          />
        </Form.Item>
      </div>
      <div className="cm-rm-pair">
        <Form.Item label={t('benefits.fields.scheme')} name="scheme">
          <NativeSelect
            options={[
              { value: '', label: t('benefits.noIndicator') },
              ...kpiIndicatorSchemes.map((s) => ({ value: s, label: t(`benefits.schemes.${s}`) })),
            ]}
          />
        </Form.Item>
        <Form.Item
          label={t('benefits.fields.code')}
          name="code"
          extra={t('benefits.codeHelp')}
          dependencies={['scheme']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, code: string | undefined) =>
                getFieldValue('scheme') && !code?.trim()
                  ? Promise.reject(new Error(t('benefits.codeRequired')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
      </div>
      <fieldset className="cm-rm-fieldset">
        <legend>{t('benefits.fields.baseline')}</legend>
        <div className="cm-rm-pair">
          <Form.Item label={t('benefits.fields.baselineOn')} name="baselineOn">
            <Input type="date" min="1900-01-01" max="2200-12-31" />
          </Form.Item>
          <Form.Item
            label={t('benefits.fields.baselineValue')}
            name="baselineValue"
            dependencies={['baselineOn']}
            rules={[
              numberRule,
              ({ getFieldValue }) => ({
                validator: (_, typed: string | undefined) =>
                  Boolean(getFieldValue('baselineOn')) === Boolean(typed?.trim())
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('benefits.baselineBoth'))),
              }),
            ]}
          >
            <Input inputMode="decimal" autoComplete="off" />
          </Form.Item>
        </div>
      </fieldset>
      <Form.Item label={t('benefits.fields.successCriterion')} name="successCriterion">
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <fieldset className="cm-rm-fieldset">
        <legend>{t('benefits.fields.trajectory')}</legend>
        <p className="cm-muted">{t('benefits.trajectoryHelp')}</p>
        <Form.List name="trajectory">
          {(rows, { add, remove }) => (
            <>
              <ol className="cm-plain-list cm-rm-lift-rows cm-bn-milestones">
                {rows.map((row, index) => (
                  <li key={row.key}>
                    <Form.Item
                      label={t('benefits.milestoneOn', { n: index + 1 })}
                      name={[row.name, 'on']}
                    >
                      <Input type="date" min="1900-01-01" max="2200-12-31" />
                    </Form.Item>
                    <Form.Item
                      label={t('benefits.milestoneValue', { n: index + 1 })}
                      name={[row.name, 'value']}
                      rules={[numberRule]}
                    >
                      <Input inputMode="decimal" autoComplete="off" />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => {
                        remove(row.name);
                      }}
                    >
                      {t('benefits.removeMilestone', { n: index + 1 })}
                    </Button>
                  </li>
                ))}
              </ol>
              {trajectoryError && (
                <p className="cm-rm-error" role="alert">
                  {trajectoryError}
                </p>
              )}
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => {
                  add({ on: '', value: '' });
                }}
              >
                {t('benefits.addMilestone')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>
      <div className="cm-rm-pair">
        <Form.Item label={t('benefits.fields.owner')} name="owner">
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('benefits.fields.measures')}
          name="benefitNodeId"
          extra={outcomes.length === 0 ? t('benefits.noOutcomes') : undefined}
        >
          <NativeSelect
            options={[
              { value: '', label: t('benefits.noOutcome') },
              ...outcomes.map((n) => ({ value: n.id, label: names.get(n.id) ?? n.id })),
            ]}
          />
        </Form.Item>
      </div>
    </>
  );
}
