import type { ThemeConfig } from 'antd';

/** Colours chosen for WCAG AA contrast (4.5:1 for text) on white. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b5cab',
    colorLink: '#0b5cab',
    colorTextSecondary: '#595959',
    colorTextDescription: '#595959',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
  },
};
