import { Form, Input } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent, ConsortiumSharing } from '../../api/benchmarking.js';

/** The consent as the form holds it. */
export interface ConsentValues {
  sharing: ConsortiumSharing;
  named: boolean;
  contactable: boolean;
  contactName?: string;
  contactEmail?: string;
}

export const consentFieldNames = [
  'sharing',
  'named',
  'contactable',
  'contactName',
  'contactEmail',
] as const;

/** The consent as the API takes it: no contact details unless the city may be contacted. */
export function consentInput(values: ConsentValues): Consent {
  return {
    sharing: values.sharing,
    named: values.named,
    contactable: values.contactable,
    contactName: values.contactable ? (values.contactName ?? '').trim() : null,
    contactEmail: values.contactable ? (values.contactEmail ?? '').trim() : null,
  };
}

/** The form's values of a stored consent. */
export function consentValues(consent: Consent): ConsentValues {
  return {
    sharing: consent.sharing,
    named: consent.named,
    contactable: consent.contactable,
    contactName: consent.contactName ?? '',
    contactEmail: consent.contactEmail ?? '',
  };
}

const sharingChoices: readonly ConsortiumSharing[] = ['consensus', 'audited'];

/** What the city shares, as native radio buttons in a fieldset, each choice explained. */
function SharingChoice({
  value,
  onChange,
}: {
  value?: ConsortiumSharing;
  onChange?: (value: ConsortiumSharing) => void;
}) {
  const { t } = useTranslation('benchmarking');
  const name = useId();
  return (
    <fieldset className="cm-bm-fieldset">
      <legend>{t('consent.sharing.legend')}</legend>
      <p className="cm-muted cm-bm-text">{t('consent.sharing.intro')}</p>
      {sharingChoices.map((choice) => (
        <label key={choice} className="cm-bm-option">
          <input
            type="radio"
            name={name}
            value={choice}
            checked={value === choice}
            onChange={() => onChange?.(choice)}
          />
          <span>
            <span className="cm-bm-option-label">{t(`consent.sharing.${choice}.label`)}</span>
            <span className="cm-bm-option-help">{t(`consent.sharing.${choice}.help`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** A native checkbox with its label and a plain-words explanation under it. */
function CheckOption({
  checked,
  onChange,
  label,
  help,
}: {
  checked?: boolean;
  onChange?: (checked: boolean) => void;
  label: string;
  help: string;
}) {
  return (
    <label className="cm-bm-option">
      <input
        type="checkbox"
        checked={checked ?? false}
        onChange={(event) => onChange?.(event.target.checked)}
      />
      <span>
        <span className="cm-bm-option-label">{label}</span>
        <span className="cm-bm-option-help">{help}</span>
      </span>
    </label>
  );
}

/**
 * The consent of a city in a consortium, each choice in plain words: what it shares (workshop
 * consensus or audited results, or audited results only), whether it may be named to its peers,
 * and whether peers may contact it (then who, and at which address: shown when `contactable`, the
 * form's current choice).
 */
export function ConsentFields({ contactable }: { contactable: boolean }) {
  const { t } = useTranslation('benchmarking');
  return (
    <>
      <Form.Item name="sharing" className="cm-bm-check">
        <SharingChoice />
      </Form.Item>
      <Form.Item name="named" valuePropName="checked" className="cm-bm-check">
        <CheckOption label={t('consent.named.label')} help={t('consent.named.help')} />
      </Form.Item>
      <Form.Item name="contactable" valuePropName="checked" className="cm-bm-check">
        <CheckOption label={t('consent.contactable.label')} help={t('consent.contactable.help')} />
      </Form.Item>
      {contactable && (
        <div className="cm-bm-contact">
          <Form.Item
            label={t('consent.contactName')}
            name="contactName"
            rules={[
              { required: true, whitespace: true, message: t('consent.contactNameRequired') },
            ]}
          >
            <Input maxLength={200} autoComplete="name" />
          </Form.Item>
          <Form.Item
            label={t('consent.contactEmail')}
            name="contactEmail"
            extra={t('consent.contactEmailHint')}
            rules={[
              { required: true, message: t('auth:validation.emailRequired') },
              { type: 'email', message: t('auth:validation.emailInvalid') },
            ]}
          >
            <Input type="email" maxLength={320} autoComplete="email" spellCheck={false} />
          </Form.Item>
        </div>
      )}
    </>
  );
}
