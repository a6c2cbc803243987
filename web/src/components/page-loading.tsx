import { Flex, Spin } from 'antd';
import { useT } from '@/lib/i18n';

/** A centred spinner while a page or the session loads. */
export function PageLoading({ fullscreen = false }: { fullscreen?: boolean }) {
  const t = useT();
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullscreen ? '100vh' : 320 }}>
      <Spin size="large" description={t('common.loading')}>
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </Flex>
  );
}
