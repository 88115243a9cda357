import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The values of a consortium's form (create and change). */
export interface ConsortiumValues {
  nameZh: string;
  nameEn: string;
  description: string;
  minPeerCities: string;
}

export const consortiumFieldNames = ['nameZh', 'nameEn', 'description', 'minPeerCities'] as const;

/** The form values as the API takes them. */
export function consortiumInput(values: ConsortiumValues) {
  return {
    nameZh: values.nameZh.trim(),
    nameEn: values.nameEn.trim(),
    description: values.description.trim(),
    minPeerCities: Number(values.minPeerCities),
  };
}

/**
 * The fields of a consortium: its names in both languages, a description for the cities, and the
 * privacy threshold with its meaning.
 */
export function ConsortiumFields() {
  const { t } = useTranslation('benchmarking');
  return (
    <>
      <Form.Item
        label={t('create.nameZh')}
        name="nameZh"
        rules={[{ required: true, whitespace: true, message: t('create.nameRequired') }]}
      >
        <Input maxLength={200} lang="zh-CN" autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('create.nameEn')}
        name="nameEn"
        rules={[{ required: true, whitespace: true, message: t('create.nameRequired') }]}
      >
        <Input maxLength={200} lang="en" autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('create.description')}
        name="description"
        extra={t('create.descriptionHint')}
      >
        <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Form.Item
        label={t('create.minPeerCities')}
        name="minPeerCities"
        extra={t('create.minPeerCitiesHint')}
        rules={[
          { required: true, message: t('create.minPeerCitiesRange') },
          {
            validator: (_, value: string) => {
              const n = Number(value);
              return Number.isInteger(n) && n >= 2 && n <= 100
                ? Promise.resolve()
                : Promise.reject(new Error(t('create.minPeerCitiesRange')));
            },
          },
        ]}
      >
        <Input
          type="number"
          min={2}
          max={100}
          step={1}
          inputMode="numeric"
          className="cm-bm-number"
        />
      </Form.Item>
    </>
  );
}
