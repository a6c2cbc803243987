import { DesktopOutlined, FundProjectionScreenOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Image, Spin, Tabs, Typography } from 'antd';
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/page-header';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { getHallSetup, hallQrUrl, listHalls, type HallSetup } from '../api/hall';
import { CategoriesTable } from '../components/categories-table';
import { HallSelect } from '../components/hall-select';
import { SettingsForm } from '../components/settings-form';
import { SlotsForm } from '../components/slots-form';
import { WindowsTable } from '../components/windows-table';

/**
 * `/admin/hall` (admin): the hall's queue setup — opening hours per weekday under the workday calendar, notices and
 * rules; business categories mapped to items; windows and the categories they serve; appointment slots.
 */
export default function HallSetupPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const hallId = params.get('hall');
  const setHall = useCallback((id: string) => setParams({ hall: id }, { replace: true }), [setParams]);
  const halls = useQuery((signal) => listHalls(signal), []);
  const setup = useQuery((signal) => (hallId ? getHallSetup(hallId, signal) : Promise.resolve(null)), [hallId]);
  const data: HallSetup | null | undefined = setup.data;

  return (
    <div data-testid="hall-setup">
      <PageHeader
        title={t('hall.setup.title')}
        description={t('hall.setup.description')}
        extra={<HallSelect halls={halls.data?.halls ?? []} value={hallId} onChange={setHall} />}
      />
      {halls.data && halls.data.halls.length === 0 && <Empty description={t('hall.setup.noHalls')} />}
      {setup.loading && !data && hallId && <Spin />}
      {data && (
        <>
          {!data.setUp && <Alert type="info" showIcon title={t('hall.setup.notSetUp')} style={{ marginBottom: 16 }} />}
          {data.setUp && (
            <Card size="small" style={{ marginBottom: 16 }}>
              <Flex gap={16} align="center" wrap>
                <Image src={hallQrUrl(data.hall.id)} width={96} alt={t('hall.screen.scan')} />
                <Typography.Text type="secondary" style={{ maxWidth: 320 }}>{t('hall.setup.qrHint')}</Typography.Text>
                <Link to={`/hall/kiosk/${data.hall.id}`} target="_blank"><Button icon={<DesktopOutlined />}>{t('hall.kiosk.title')}</Button></Link>
                <Link to={`/hall/screen/${data.hall.id}`} target="_blank"><Button icon={<FundProjectionScreenOutlined />}>{t('hall.screen.title')}</Button></Link>
              </Flex>
            </Card>
          )}
          <Card variant="borderless">
            <Tabs
              items={[
                { key: 'settings', label: t('hall.setup.tabSettings'), children: <SettingsForm setup={data} onSaved={() => setup.reload()} /> },
                { key: 'categories', label: t('hall.setup.tabCategories'), disabled: !data.setUp, children: <CategoriesTable setup={data} onChanged={setup.reload} /> },
                { key: 'windows', label: t('hall.setup.tabWindows'), disabled: !data.setUp, children: <WindowsTable setup={data} onSaved={() => setup.reload()} /> },
                { key: 'slots', label: t('hall.setup.tabSlots'), disabled: !data.setUp, children: <SlotsForm setup={data} /> },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
