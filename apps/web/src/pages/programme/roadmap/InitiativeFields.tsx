import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MaturityModel } from '../../../api/model.js';
import type { CharacteristicComparison } from '../../../api/programme-roadmap.js';
import { NativeSelect } from '../../../components/NativeSelect.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { budgetOf, formatLevel, type InitiativeFormValues } from './roadmap-logic.js';

const levels = [1, 2, 3, 4, 5] as const;

/**
 * The fields of an initiative: phase, title, description, dates, owner, budget and currency,
 * quick win, the components it applies (checkboxes) and the characteristics it lifts (rows of
 * characteristic and level, with the assessment's levels as a hint).
 */
export function InitiativeFields({
  model,
  compared,
  liftsError,
}: {
  model: MaturityModel | undefined;
  compared: ReadonlyMap<string, CharacteristicComparison>;
  /** A problem the API found in the lifts, in words. */
  liftsError?: string;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { pack } = useProgramme();
  const form = Form.useFormInstance<InitiativeFormValues>();
  const lifts = Form.useWatch('lifts', form) as InitiativeFormValues['lifts'] | undefined;
  const required = { required: true, whitespace: true, message: t('workspaceEdit.required') };
  const characteristics = model?.index.characteristics ?? [];

  return (
    <>
      <Form.Item label={t('roadmap.fields.phase')} name="phaseId" rules={[required]}>
        <NativeSelect
          options={(pack.roadmap_phases ?? []).map((p) => ({
            value: p.id,
            label: `${String(p.number)} · ${p.name[lang]}`,
          }))}
        />
      </Form.Item>
      <Form.Item label={t('roadmap.fields.title')} name="title" rules={[required]}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('roadmap.fields.description')} name="description">
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <div className="cm-rm-pair">
        <Form.Item label={t('roadmap.fields.startsOn')} name="startsOn" rules={[required]}>
          <Input type="date" min="1900-01-01" max="2200-12-31" />
        </Form.Item>
        <Form.Item
          label={t('roadmap.fields.endsOn')}
          name="endsOn"
          dependencies={['startsOn']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_, value: string) => {
                const start = getFieldValue('startsOn') as string;
                return !value || !start || value >= start
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('roadmap.endBeforeStart')));
              },
            }),
          ]}
        >
          <Input type="date" min="1900-01-01" max="2200-12-31" />
        </Form.Item>
      </div>
      <Form.Item label={t('roadmap.fields.owner')} name="owner">
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <div className="cm-rm-pair">
        <Form.Item
          label={t('roadmap.fields.budget')}
          name="budget"
          extra={t('roadmap.budgetHelp')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                budgetOf(value ?? '') === undefined
                  ? Promise.reject(new Error(t('roadmap.budgetInvalid')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input inputMode="decimal" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('roadmap.fields.currency')}
          name="currency"
          extra={t('roadmap.currencyHelp')}
          normalize={(value: string) => value.toUpperCase()}
          rules={[{ pattern: /^[A-Z]{3}$/, message: t('roadmap.currencyInvalid') }]}
        >
          <Input maxLength={3} autoComplete="off" className="cm-rm-currency" />
        </Form.Item>
      </div>
      <Form.Item name="quickWin" valuePropName="checked" extra={t('roadmap.quickWinHelp')}>
        <Checkbox>{t('roadmap.fields.quickWin')}</Checkbox>
      </Form.Item>
      <fieldset className="cm-rm-fieldset">
        <legend>{t('roadmap.fields.components')}</legend>
        <p className="cm-muted">{t('roadmap.componentsHelp')}</p>
        <Form.Item name="componentCodes" noStyle>
          <Checkbox.Group className="cm-rm-checks">
            {pack.components.map((c) => (
              <Checkbox key={c.code} value={c.code}>
                <span className="cm-pg-code">{c.code}</span> {c.name[lang]}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
      </fieldset>
      <fieldset className="cm-rm-fieldset">
        <legend>{t('roadmap.fields.lifts')}</legend>
        <p className="cm-muted">{t('roadmap.liftsHelp')}</p>
        <Form.List name="lifts">
          {(rows, { add, remove }) => (
            <>
              <ol className="cm-plain-list cm-rm-lift-rows">
                {rows.map((row, index) => {
                  const id = lifts?.[row.name]?.characteristicId;
                  const c = id ? compared.get(id) : undefined;
                  return (
                    <li key={row.key} className="cm-rm-lift-row">
                      <Form.Item
                        label={t('roadmap.liftCharacteristic', { n: index + 1 })}
                        name={[row.name, 'characteristicId']}
                        rules={[{ required: true, message: t('workspaceEdit.required') }]}
                      >
                        <NativeSelect
                          options={[
                            { value: '', label: t('roadmap.chooseCharacteristic') },
                            ...characteristics.map((ch) => ({
                              value: ch.id,
                              label: `${ch.id} ${ch.characteristic.name[lang]}`,
                            })),
                          ]}
                        />
                      </Form.Item>
                      <Form.Item
                        label={t('roadmap.liftLevel', { n: index + 1 })}
                        name={[row.name, 'targetLevel']}
                        getValueProps={(value: number) => ({ value: String(value) })}
                        normalize={(value: string) => Number(value)}
                      >
                        <NativeSelect
                          options={levels.map((l) => ({
                            value: String(l),
                            label: t('roadmap.toLevel', { level: l }),
                          }))}
                        />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined aria-hidden />}
                        onClick={() => {
                          remove(row.name);
                        }}
                      >
                        {t('roadmap.removeLift', { n: index + 1 })}
                      </Button>
                      {c && (
                        <p className="cm-muted cm-rm-hint">
                          {t('roadmap.assessedLevels', {
                            current: formatLevel(c.current, lang),
                            target: formatLevel(c.target, lang),
                          })}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ol>
              {liftsError && (
                <p className="cm-rm-error" role="alert">
                  {liftsError}
                </p>
              )}
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => {
                  add({ characteristicId: '', targetLevel: 3 });
                }}
              >
                {t('roadmap.addLift')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>
    </>
  );
}
