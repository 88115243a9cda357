import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The shortest password the server accepts (its schemas say the same). */
export const minPasswordLength = 10;

/**
 * A field for choosing a password (a new account's initial password, or a new one of your own),
 * checked for the server's minimum length before sending. `hint` is shown under the field; use
 * `{{count}}` in its translation for the minimum.
 */
export function NewPasswordField({
  label,
  name,
  hint,
  required = false,
}: {
  label: ReactNode;
  name: string | string[];
  hint: (minimum: number) => ReactNode;
  required?: boolean;
}) {
  const { t } = useTranslation('auth');
  const tooShort = t('validation.passwordShort', { count: minPasswordLength });
  return (
    <Form.Item
      label={label}
      name={name}
      extra={hint(minPasswordLength)}
      rules={[
        ...(required ? [{ required: true, message: t('validation.passwordRequired') }] : []),
        { min: minPasswordLength, message: tooShort },
      ]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}

/**
 * The "repeat the password" field under a {@link NewPasswordField}: required, and it must match the
 * field named `of`.
 */
export function ConfirmPasswordField({ label, of }: { label: ReactNode; of: string }) {
  const { t } = useTranslation('auth');
  return (
    <Form.Item
      label={label}
      name="confirm"
      dependencies={[of]}
      rules={[
        { required: true, message: t('validation.confirmRequired') },
        ({ getFieldValue }) => ({
          validator: (_, value) =>
            value === getFieldValue(of)
              ? Promise.resolve()
              : Promise.reject(new Error(t('validation.confirmMismatch'))),
        }),
      ]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
