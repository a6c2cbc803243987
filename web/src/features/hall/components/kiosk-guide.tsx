import { PrinterOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, List } from 'antd';
import { useRef, useState } from 'react';
import { guidePath } from '@core/catalog/guide-url';
import { searchItems } from '@/features/cases/shared/guide-api';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';

/**
 * Print an item's guide: find the item, show its public guide page (the one the QR codes open) and print it
 * with the page's own print layout.
 */
export function KioskGuide() {
  const t = useT();
  const [q, setQ] = useState<string>();
  const [code, setCode] = useState<string | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const items = useQuery((signal) => searchItems(q, signal), [q]);

  if (code) {
    return (
      <Flex vertical gap={16}>
        <Flex gap={16}>
          <Button size="large" onClick={() => setCode(null)}>{t('hall.kiosk.back')}</Button>
          <Button type="primary" size="large" icon={<PrinterOutlined />} onClick={() => frame.current?.contentWindow?.print()} data-testid="kiosk-print">
            {t('guide.print')}
          </Button>
        </Flex>
        <iframe ref={frame} src={guidePath(code)} title={t('hall.kiosk.guide')} style={{ width: '100%', height: '70vh', border: 0, borderRadius: 12, background: '#fff' }} data-testid="kiosk-guide-frame" />
      </Flex>
    );
  }
  return (
    <Flex vertical gap={16}>
      <Input.Search size="large" enterButton={<SearchOutlined />} placeholder={t('hall.kiosk.searchItems')} onSearch={(value) => setQ(value.trim() || undefined)} allowClear />
      <List
        loading={items.loading}
        dataSource={items.data?.items ?? []}
        renderItem={(item) => (
          <List.Item onClick={() => setCode(item.code)} style={{ cursor: 'pointer', fontSize: 22, padding: '18px 12px', background: '#fff', marginBottom: 8, borderRadius: 12 }} data-testid="kiosk-guide-item">
            <span>{item.name}</span>
            <span className="hall-kiosk-hint">{item.department.name}</span>
          </List.Item>
        )}
      />
    </Flex>
  );
}
