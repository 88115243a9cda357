import { Checkbox, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addOwnProduct,
  conflictCodes,
  policyProductStatuses,
  saveStandardProduct,
  updateOwnProduct,
  type OwnPolicyProduct,
  type StandardPolicyProduct,
} from '../../../api/programme-components.js';
import { fieldErrors } from '../../../components/form-errors.js';
import { useLang } from '../../../components/lang.js';
import { NativeSelect } from '../../../components/NativeSelect.js';
import { useProgramme } from '../useProgramme.js';
import { conflictRows, httpUrlRule } from '../workspace-edit/edit-logic.js';
import { FormActions } from '../workspace-edit/FormActions.js';
import { useGuardedSave } from '../workspace-edit/useGuardedSave.js';
import { WorkspaceConflict } from '../workspace-edit/WorkspaceConflict.js';
import {
  areaName,
  componentCodeOptions,
  dimensionName,
  ownProductInput,
  productStateInput,
  productValues,
  type ProductValues,
} from './matrix-logic.js';

/** What the form edits: a product of the standard, one of the city's own, or a new one of its own. */
export type ProductTarget =
  | { kind: 'standard'; product: StandardPolicyProduct }
  | { kind: 'own'; product: OwnPolicyProduct }
  | { kind: 'add'; areaId: string; dimensionId: string };

type Product = StandardPolicyProduct | OwnPolicyProduct;

const fields = [
  'name',
  'areaId',
  'dimensionId',
  'componentCodes',
  'status',
  'documentUrl',
  'notes',
] as const;

/** The fields a conflict compares (the first three only for a product of the city's own). */
const compared = ['name', 'place', 'components', 'status', 'documentUrl', 'notes'] as const;

/**
 * A policy product's status, document link and notes (and for one of the city's own: its name,
 * cell and components). Saves from the version editing began with; when someone saved it
 * meanwhile, theirs is shown next to yours.
 */
export function ProductForm({
  target,
  name,
  onSaved,
  onCancel,
  onStale,
}: {
  target: ProductTarget;
  /** The product's name, for the conflict's caption. */
  name: string;
  /** Saved (`mine`; the product as stored), or theirs kept after a conflict. */
  onSaved: (saved: Product | null, mine: boolean) => void;
  onCancel: () => void;
  /** Someone else saved it meanwhile: refresh what the page shows behind the form. */
  onStale?: () => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { pack, organisationId } = useProgramme();
  const [form] = Form.useForm<ProductValues>();
  const guard = useGuardedSave<Product>(conflictCodes.product);
  const [base] = useState(target.kind === 'add' ? 0 : target.product.version);
  const own = target.kind !== 'standard';
  const required = { required: true, whitespace: true, message: t('workspaceEdit.required') };

  const save = (values: ProductValues, version: number): Promise<Product> => {
    switch (target.kind) {
      case 'standard':
        return saveStandardProduct(
          organisationId,
          target.product,
          productStateInput(values),
          version,
        );
      case 'own':
        return updateOwnProduct(
          organisationId,
          target.product.id,
          ownProductInput(values),
          version,
        );
      case 'add':
        return addOwnProduct(organisationId, ownProductInput(values));
    }
  };
  const submit = (values: ProductValues) =>
    guard.run((version) => save(values, version), guard.versionFrom(base), {
      onSaved: (saved) => {
        onSaved(saved, true);
      },
      onError: (error) => {
        form.setFields(fieldErrors(error, fields));
      },
      onConflict: onStale,
    });

  const initial: ProductValues =
    target.kind === 'add'
      ? {
          name: '',
          areaId: target.areaId,
          dimensionId: target.dimensionId,
          componentCodes: [],
          status: 'none',
          documentUrl: '',
          notes: '',
        }
      : productValues(target.product);
  const describe = (v: ProductValues): Record<(typeof compared)[number], string> => ({
    name: v.name.trim(),
    place: `${areaName(pack, v.areaId, lang)} × ${dimensionName(pack, v.dimensionId, lang)}`,
    components: v.componentCodes.join(', '),
    status: t(`interoperability.status.${v.status}`),
    documentUrl: v.documentUrl.trim(),
    notes: v.notes.trim(),
  });

  return (
    <Form<ProductValues>
      form={form}
      layout="vertical"
      className="cm-pgc-form"
      aria-label={target.kind === 'add' ? t('interoperability.addTitle') : name}
      initialValues={initial}
      onFinish={(values) => void submit(values)}
      disabled={guard.busy}
    >
      <WorkspaceConflict
        guard={guard}
        name={name}
        rows={(theirs) =>
          conflictRows(
            own ? compared : compared.slice(3),
            (field) => t(`interoperability.fields.${field}`),
            describe(form.getFieldsValue(true) as ProductValues),
            theirs ? describe(productValues(theirs)) : undefined,
          )
        }
        onTakeTheirs={(theirs) => {
          onSaved(theirs, false);
        }}
        onOverwrite={() => {
          form.submit();
        }}
      />
      {own && (
        <>
          <Form.Item name="name" label={t('interoperability.nameLabel')} rules={[required]}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
          <div className="cm-pgc-form-row">
            <Form.Item name="areaId" label={t('interoperability.areaLabel')}>
              <NativeSelect
                options={pack.areas.map((a) => ({ value: a.id, label: a.name[lang] }))}
              />
            </Form.Item>
            <Form.Item name="dimensionId" label={t('interoperability.dimensionLabel')}>
              <NativeSelect
                options={(pack.interoperability_matrix?.dimensions ?? []).map((d) => ({
                  value: d.id,
                  label: d.name[lang],
                }))}
              />
            </Form.Item>
          </div>
        </>
      )}
      <Form.Item name="status" label={t('interoperability.statusLabel')}>
        <NativeSelect
          options={policyProductStatuses.map((s) => ({
            value: s,
            label: t(`interoperability.status.${s}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="documentUrl"
        label={t('interoperability.documentUrlLabel')}
        rules={[httpUrlRule(t('workspaceEdit.urlInvalid'))]}
      >
        <Input type="url" inputMode="url" maxLength={2000} autoComplete="off" />
      </Form.Item>
      <Form.Item name="notes" label={t('interoperability.notesLabel')}>
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      {own && (
        <fieldset className="cm-pgc-fieldset">
          <legend>{t('interoperability.componentsLabel')}</legend>
          <p className="cm-pgc-help">{t('interoperability.componentsHelp')}</p>
          <Form.Item name="componentCodes" noStyle>
            <Checkbox.Group
              className="cm-pgc-code-options"
              options={componentCodeOptions(pack, lang)}
            />
          </Form.Item>
        </fieldset>
      )}
      <FormActions guard={guard} onCancel={onCancel} />
    </Form>
  );
}
