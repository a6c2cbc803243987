import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, type ReactNode } from 'react';
import { LangProvider, useLang } from '@/lib/i18n';
import { AuthProvider } from './auth-provider';
import { theme } from './theme';

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { lang } = useLang();
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = lang === 'zh' ? '通办 · 政务服务与行政审批平台' : 'Tongban · Government Services & Administrative Approval';
  }, [lang]);
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Everything the pages rely on: language, antd locale and theme, dayjs locale, the session. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <LangProvider>
      <LocalizedAntd>
        <AuthProvider>{children}</AuthProvider>
      </LocalizedAntd>
    </LangProvider>
  );
}
