import { Flex } from 'antd';
import { useT } from '@/lib/i18n';

/** The product mark: a seal-like square with 通, the name and the subtitle. */
export function Brand({ inverted = false, size = 'medium' }: { inverted?: boolean; size?: 'medium' | 'large' }) {
  const t = useT();
  const large = size === 'large';
  const mark = large ? 48 : 34;
  return (
    <Flex align="center" gap={large ? 14 : 10} style={{ lineHeight: 'normal' }}>
      <div
        aria-hidden
        style={{
          width: mark,
          height: mark,
          borderRadius: large ? 12 : 8,
          background: inverted ? '#ffffff' : '#1a4fa0',
          color: inverted ? '#1a4fa0' : '#ffffff',
          display: 'grid',
          lineHeight: 1,
          placeItems: 'center',
          fontWeight: 700,
          fontSize: large ? 28 : 20,
          flex: 'none',
        }}
      >
        通
      </div>
      <div style={{ lineHeight: 1.25 }}>
        <div style={{ fontSize: large ? 26 : 19, fontWeight: 700, letterSpacing: 2, color: inverted ? '#fff' : '#0f3470' }}>
          {t('app.name')}
        </div>
        <div className="brand-subtitle" style={{ fontSize: large ? 14 : 12, color: inverted ? 'rgba(255,255,255,0.78)' : '#5b6b82' }}>{t('app.subtitle')}</div>
      </div>
    </Flex>
  );
}
