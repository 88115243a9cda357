import { invitationValidity } from '@citymaturity/core';
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { WholeNumberInput } from './WholeNumberInput.js';

/** How many days a new link stays valid (1–365, 30 unless changed), in an antd form. */
export function ValidDaysField({ name = 'validDays' }: { name?: string }) {
  const { t } = useTranslation('stakeholders');
  const { minDays, maxDays } = invitationValidity;
  return (
    <Form.Item
      label={t('invite.validDays')}
      name={name}
      extra={t('invite.validDaysHint', { min: minDays, max: maxDays })}
      rules={[
        {
          required: true,
          type: 'integer',
          min: minDays,
          max: maxDays,
          message: t('extend.range', { min: minDays, max: maxDays }),
        },
      ]}
    >
      <WholeNumberInput min={minDays} max={maxDays} />
    </Form.Item>
  );
}
