import { CheckCircleFilled } from '@ant-design/icons';
import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Brand } from '@/components/brand';
import { LangSwitch } from '@/components/lang-switch';
import { useLang, useT } from '@/lib/i18n';

const POINTS = {
  zh: ['政务服务事项统一受理，一次性告知', '法定时限与承诺时限自动计时、预警', '申请人随时查询办件进度与结果'],
  en: ['One window for every service, one complete notice', 'Statutory and promised time limits tracked and warned', 'Applicants follow progress and results any time'],
};

/** The frame of the public pages: a blue panel with the product's promise, and the form on white. */
export function AuthShell({ children, width = 420 }: { children: ReactNode; width?: number }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Flex style={{ minHeight: '100vh', background: '#f3f5f9' }}>
      <Flex
        vertical
        justify="space-between"
        className="auth-hero"
        style={{
          width: 'clamp(380px, 44%, 640px)',
          flex: 'none',
          padding: '40px 48px',
          position: 'sticky',
          top: 0,
          height: '100vh',
          boxSizing: 'border-box',
          color: '#fff',
          background: 'linear-gradient(160deg, #0f3470 0%, #1a4fa0 55%, #2d6cc9 100%)',
        }}
      >
        <Brand inverted size="large" />
        <div>
          <div style={{ fontSize: lang === 'zh' ? 26 : 24, fontWeight: 600, letterSpacing: lang === 'zh' ? 4 : 0, marginBottom: 28 }}>
            {t('app.slogan')
              .split(' · ')
              .map((part, index) => (
                <span key={part} style={{ whiteSpace: 'nowrap' }}>
                  {index > 0 && ' · '}
                  {part}
                </span>
              ))}
          </div>
          <Flex vertical gap={14}>
            {POINTS[lang].map((point) => (
              <Flex key={point} gap={10} align="center" style={{ fontSize: 15, color: 'rgba(255,255,255,0.9)' }}>
                <CheckCircleFilled style={{ color: '#8fc1ff' }} />
                {point}
              </Flex>
            ))}
          </Flex>
        </div>
        <div style={{ fontSize: 12, color: 'rgba(255,255,255,0.6)' }}>{t('app.footer')}</div>
      </Flex>
      <Flex vertical style={{ flex: 1, padding: '20px 32px' }}>
        <Flex justify="flex-end">
          <Link to="/guide" style={{ marginInlineEnd: 16, alignSelf: 'center', fontWeight: 500 }} data-testid="guide-link">{t('guide.title')}</Link>
          <LangSwitch />
        </Flex>
        <Flex flex={1} align="center" justify="center">
          <div style={{ width: '100%', maxWidth: width }}>{children}</div>
        </Flex>
      </Flex>
    </Flex>
  );
}
