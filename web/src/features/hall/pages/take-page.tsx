import { Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { LangSwitch } from '@/components/lang-switch';
import { useT } from '@/lib/i18n';
import { screenStream, type Screen } from '../api/hall';
import { useLive } from '../api/use-live';
import { TakeNumber } from '../components/kiosk-take';
import '../hall.css';

/**
 * `/hall/take/:hallId` (public): taking a number on a phone, from the QR code at the hall's entrance. The new
 * ticket's own page follows at once, and tells the visitor when and where to go.
 */
export default function TakePage() {
  const t = useT();
  const { hallId = '' } = useParams();
  const navigate = useNavigate();
  const live = useLive<Screen>(hallId ? screenStream(hallId) : null);
  useEffect(() => {
    document.title = `${t('hall.take.title')} · ${t('app.name')}`;
  }, [t]);
  return (
    <div className="hall-phone">
      <div style={{ width: '100%', maxWidth: 440, display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12 }}>
        <Typography.Text strong>{live.data?.hall.name ?? t('hall.take.title')}</Typography.Text>
        <LangSwitch />
      </div>
      <div style={{ width: '100%', maxWidth: 440 }} data-testid="take-page">
        {live.gone && <div className="hall-phone-card">{t('hall.notFound')}</div>}
        {live.data && <TakeNumber hall={live.data} channel="phone" onTaken={(ticket) => navigate(ticket.path, { replace: true })} />}
      </div>
    </div>
  );
}
