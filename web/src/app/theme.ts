import type { ThemeConfig } from 'antd';

/** The brand blue of the header and primary actions: calm, official, high-contrast on white. */
export const BRAND_BLUE = '#1a4fa0';
/** The header's darker band. */
export const HEADER_BLUE = '#0f3470';

/** The antd theme: one place for colours, radii and the Chinese-first font stack. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_BLUE,
    colorLink: BRAND_BLUE,
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    colorBgLayout: '#f3f5f9',
  },
  components: {
    Layout: { headerBg: HEADER_BLUE, headerHeight: 56, headerPadding: '0 24px', siderBg: '#ffffff' },
    Menu: { itemSelectedBg: '#e8eef8', itemSelectedColor: BRAND_BLUE },
    Table: { headerBg: '#f5f7fb' },
  },
};
