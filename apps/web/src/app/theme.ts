import type { ThemeConfig } from 'antd';

const latinFonts =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans'";
const chineseFonts =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC'";

/**
 * The theme for an interface language. Colours are chosen for WCAG AA contrast (4.5:1 for text)
 * on white. The font order follows the language: in Chinese a CJK font sets the punctuation
 * (full-width “，”), in English a Latin font does (a CJK font would draw English quotes
 * full-width); either way the other script falls through to the fonts that have it.
 */
export function themeFor(lang: 'zh' | 'en'): ThemeConfig {
  return {
    token: {
      colorPrimary: '#0b5cab',
      colorLink: '#0b5cab',
      colorTextSecondary: '#595959',
      colorTextDescription: '#595959',
      fontFamily:
        lang === 'en'
          ? `${latinFonts}, ${chineseFonts}, sans-serif`
          : `${chineseFonts}, ${latinFonts}, sans-serif`,
    },
  };
}
