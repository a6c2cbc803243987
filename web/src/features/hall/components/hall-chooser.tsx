import { BankOutlined } from '@ant-design/icons';
import { Card, Empty, List, Spin } from 'antd';
import { Link } from 'react-router-dom';
import { PublicPage } from '@/components/public-page';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { publicHalls } from '../api/hall';

/** The halls set up for queueing, for a public page opened without one (`/hall/kiosk`, `/hall/screen`). */
export function HallChooser({ to }: { to: (hallId: string) => string }) {
  const t = useT();
  const halls = useQuery((signal) => publicHalls(signal), []);
  return (
    <PublicPage maxWidth={640}>
      <Card variant="borderless" title={t('hall.choose')} data-testid="hall-chooser">
        {halls.loading ? <Spin /> : (
          <List
            dataSource={halls.data?.halls ?? []}
            locale={{ emptyText: <Empty description={t('hall.noHalls')} /> }}
            renderItem={(hall) => (
              <List.Item>
                <Link to={to(hall.id)} style={{ fontSize: 18 }}><BankOutlined /> {hall.name}</Link>
              </List.Item>
            )}
          />
        )}
      </Card>
    </PublicPage>
  );
}
