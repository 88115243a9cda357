import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../i18n/index.js';

/** The language switch shown on every page: 中文 / English, each labelled in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  return (
    <Segmented<Language>
      aria-label={t('language.switch')}
      size="small"
      value={i18n.language === 'en' ? 'en' : 'zh'}
      onChange={(value) => void setLanguage(value)}
      options={[
        { label: <span lang="zh-CN">中文</span>, value: 'zh' },
        { label: <span lang="en">English</span>, value: 'en' },
      ]}
    />
  );
}
