import { CalendarOutlined, FileSearchOutlined, LikeOutlined, PrinterOutlined, TagsOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { LangSwitch } from '@/components/lang-switch';
import { useT, type MessageKey } from '@/lib/i18n';
import { screenStream, type IssuedTicket as Issued, type Screen } from '../api/hall';
import { useLive } from '../api/use-live';
import { HallChooser } from '../components/hall-chooser';
import { IssuedTicket } from '../components/issued-ticket';
import { KioskCheckIn } from '../components/kiosk-check-in';
import { KioskGuide } from '../components/kiosk-guide';
import { KioskProgress } from '../components/kiosk-progress';
import { KioskRate } from '../components/kiosk-rate';
import { TakeNumber } from '../components/kiosk-take';
import { useIdleReset } from '../components/use-idle-reset';
import '../hall.css';

/** A minute without a touch, and the kiosk starts over for the next visitor. */
const IDLE_MS = 60_000;

type Mode = 'home' | 'take' | 'checkIn' | 'progress' | 'guide' | 'rate';

const TILES: { mode: Exclude<Mode, 'home'>; title: MessageKey; hint: MessageKey; icon: ReactNode }[] = [
  { mode: 'take', title: 'hall.kiosk.take', hint: 'hall.kiosk.takeHint', icon: <TagsOutlined /> },
  { mode: 'checkIn', title: 'hall.kiosk.checkIn', hint: 'hall.kiosk.checkInTile', icon: <CalendarOutlined /> },
  { mode: 'progress', title: 'hall.kiosk.progress', hint: 'hall.kiosk.progressHint', icon: <FileSearchOutlined /> },
  { mode: 'guide', title: 'hall.kiosk.guide', hint: 'hall.kiosk.guideHint', icon: <PrinterOutlined /> },
  { mode: 'rate', title: 'hall.kiosk.rate', hint: 'hall.kiosk.rateHint', icon: <LikeOutlined /> },
];

function KioskBody({ hall, mode, ticket, setTicket }: { hall: Screen; mode: Mode; ticket: Issued | null; setTicket: (t: Issued | null) => void }) {
  if (ticket) return <IssuedTicket ticket={ticket} onDone={() => setTicket(null)} />;
  switch (mode) {
    case 'take': return <TakeNumber hall={hall} channel="kiosk" onTaken={setTicket} />;
    case 'checkIn': return <KioskCheckIn hallId={hall.hall.id} onTicket={setTicket} />;
    case 'progress': return <KioskProgress />;
    case 'guide': return <KioskGuide />;
    case 'rate': return <KioskRate />;
    case 'home': return null;
  }
}

/**
 * `/hall/kiosk/:hallId` (public): the self-service machine (自助终端) — take a number, check in an appointment,
 * look up a case's progress, print an item's guide, rate a service. Large type for touch; it starts over after
 * a minute without a touch, forgetting what the last visitor typed.
 */
export default function KioskPage() {
  const t = useT();
  const { hallId } = useParams();
  const live = useLive<Screen>(hallId ? screenStream(hallId) : null);
  const [mode, setMode] = useState<Mode>('home');
  const [ticket, setTicket] = useState<Issued | null>(null);
  // A new key remounts the body: every form of the last visitor is gone.
  const [visit, setVisit] = useState(0);
  const reset = useCallback(() => {
    setMode('home');
    setTicket(null);
    setVisit((n) => n + 1);
  }, []);
  useIdleReset(mode !== 'home' || ticket !== null, IDLE_MS, reset);
  useEffect(() => {
    document.title = `${t('hall.kiosk.title')} · ${t('app.name')}`;
  }, [t]);

  if (!hallId) return <HallChooser to={(id) => `/hall/kiosk/${id}`} />;
  const hall = live.data;
  const current = TILES.find((tile) => tile.mode === mode);
  return (
    <div className="hall-kiosk" data-testid="kiosk">
      <div className="hall-kiosk-bar">
        <span>{hall?.hall.name ?? t('hall.kiosk.title')}</span>
        <Flex gap={16} align="center">
          {hall && <span style={{ fontSize: 18, fontWeight: 400 }}>{hall.open ? t('hall.openNow') : t('hall.closedNow')}</span>}
          <LangSwitch dark />
        </Flex>
      </div>
      <div className="hall-kiosk-main" key={visit}>
        {live.gone && <Typography.Title level={3}>{t('hall.notFound')}</Typography.Title>}
        {hall && mode === 'home' && !ticket && (
          <>
            <Typography.Title level={2} style={{ textAlign: 'center', color: '#0f3470' }}>{t('hall.kiosk.welcome')}</Typography.Title>
            <div className="hall-kiosk-grid">
              {TILES.map((tile) => (
                <button type="button" key={tile.mode} className="hall-tile" onClick={() => setMode(tile.mode)} data-testid={`kiosk-${tile.mode}`}>
                  {tile.icon}
                  {t(tile.title)}
                  <small>{t(tile.hint)}</small>
                </button>
              ))}
            </div>
          </>
        )}
        {hall && (mode !== 'home' || ticket) && (
          <Flex vertical gap={20}>
            <Flex justify="space-between" align="center">
              <Typography.Title level={2} style={{ margin: 0, color: '#0f3470' }}>{current && t(current.title)}</Typography.Title>
              <Button size="large" onClick={reset} data-testid="kiosk-home">{t('hall.kiosk.home')}</Button>
            </Flex>
            <KioskBody hall={hall} mode={mode} ticket={ticket} setTicket={setTicket} />
          </Flex>
        )}
      </div>
      <div style={{ textAlign: 'center', padding: 12 }} className="hall-kiosk-hint">{t('hall.kiosk.idleHint')}</div>
    </div>
  );
}
