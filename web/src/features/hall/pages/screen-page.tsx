import { SoundOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useT } from '@/lib/i18n';
import { hallQrUrl, screenStream, type Screen } from '../api/hall';
import { useLive } from '../api/use-live';
import { HallChooser } from '../components/hall-chooser';
import { clockOf } from '../components/labels';
import '../hall.css';

// Notices take turns at the foot of the screen.
const NOTICE_MS = 8_000;

function useTicking(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

function ScreenBoard({ screen }: { screen: Screen }) {
  const t = useT();
  const now = useTicking(1000);
  const notice = screen.notices.length > 0 ? screen.notices[Math.floor(now / NOTICE_MS) % screen.notices.length] : null;
  return (
    <div className="hall-screen" data-testid="hall-screen">
      <div className="hall-screen-head">
        <span className="hall-screen-title">{screen.hall.name}</span>
        <span className="hall-screen-clock">{clockOf(now)}</span>
      </div>
      <div className="hall-screen-body">
        <section className="hall-screen-panel" aria-live="polite">
          <h2>{t('hall.screen.calls')}</h2>
          {screen.calls.length === 0 && <div className="hall-screen-closed">{screen.open ? t('hall.screen.noCalls') : t('hall.closedNow')}</div>}
          {screen.calls.map((call, i) => (
            <div key={`${call.number}-${call.calledAt}`} className={`hall-call${i === 0 && call.status === 'called' ? ' is-latest' : ''}${call.status === 'called' ? '' : ' is-done'}`} data-testid="screen-call">
              <span className="hall-call-number">{call.number}</span>
              <span className="hall-call-window">{t('hall.goToWindow', { window: call.windowNumber })}</span>
            </div>
          ))}
        </section>
        <section className="hall-screen-panel">
          <h2>{t('hall.screen.waiting')}</h2>
          {screen.categories.map((category) => (
            <div key={category.id} className="hall-waiting" data-testid="screen-waiting">
              <span>{category.prefix} · {category.name}</span>
              <span><strong>{category.waiting}</strong> {t('hall.screen.people')}</span>
            </div>
          ))}
          <div style={{ display: 'flex', alignItems: 'center', gap: '1.5vw', marginTop: '3vh', fontSize: '1.6vw' }}>
            <img src={hallQrUrl(screen.hall.id)} alt={t('hall.screen.scan')} style={{ width: '10vw', background: '#fff', borderRadius: 8 }} />
            <span>{t('hall.screen.scan')}</span>
          </div>
        </section>
      </div>
      {notice && <div className="hall-screen-notices"><SoundOutlined /> {notice}</div>}
    </div>
  );
}

/**
 * `/hall/screen/:hallId` (public, full screen): the waiting-room screen. No login and no personal data — numbers,
 * windows, how many wait per category, the hall's notices — pushed live by the server (server-sent events).
 */
export default function ScreenPage() {
  const t = useT();
  const { hallId } = useParams();
  const live = useLive<Screen>(hallId ? screenStream(hallId) : null);
  useEffect(() => {
    document.title = `${t('hall.screen.title')} · ${t('app.name')}`;
  }, [t]);
  if (!hallId) return <HallChooser to={(id) => `/hall/screen/${id}`} />;
  if (live.gone) return <div className="hall-screen"><div className="hall-screen-closed">{t('hall.notFound')}</div></div>;
  if (!live.data) return <div className="hall-screen"><div className="hall-screen-closed">{t('common.loading')}</div></div>;
  return <ScreenBoard screen={live.data} />;
}
