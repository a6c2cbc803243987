import { CheckCircleOutlined, ClockCircleOutlined, WarningOutlined, WifiOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { LangSwitch } from '@/components/lang-switch';
import { formatTime } from '@/features/cases/shared/format';
import { useT } from '@/lib/i18n';
import { ticketStream, type PublicTicket } from '../api/hall';
import { useLive } from '../api/use-live';
import { priorityKey, statusKey } from '../components/labels';
import { Standing } from '../components/standing';
import '../hall.css';

/** Buzzes the phone when the ticket is called, and again at every recall. */
function useBuzzOnCall(ticket: PublicTicket | undefined) {
  const calls = useRef<number | null>(null);
  useEffect(() => {
    if (!ticket) return;
    if (ticket.status === 'called' && calls.current !== null && ticket.callCount > calls.current) navigator.vibrate?.([400, 150, 400]);
    calls.current = ticket.status === 'called' ? ticket.callCount : 0;
  }, [ticket]);
}

function TicketBody({ ticket }: { ticket: PublicTicket }) {
  const t = useT();
  const priority = priorityKey(ticket.priority);
  const called = ticket.status === 'called';
  return (
    <div className={`hall-phone-card${called ? ' is-called' : ''}`} data-testid="phone-ticket" data-status={ticket.status}>
      <div style={{ fontSize: 16, opacity: 0.8 }}>{ticket.hall.name} · {ticket.category.name}</div>
      <div className="hall-phone-number" data-testid="phone-number">{ticket.number}</div>
      {priority && <Tag color="gold">{t(priority)}</Tag>}
      {called && (
        <>
          <div className="hall-phone-go" data-testid="phone-go">{t('hall.goToWindow', { window: ticket.windowNumber ?? '' })}</div>
          <div>{t('hall.phone.calledTimes', { count: ticket.callCount })}</div>
        </>
      )}
      {ticket.status === 'waiting' && (
        <div style={{ marginTop: 16, fontSize: 18 }} data-testid="phone-waiting">
          <ClockCircleOutlined /> <Standing ticket={ticket} separator={<br />} />
        </div>
      )}
      {ticket.status === 'finished' && <div style={{ marginTop: 16, fontSize: 18 }}><CheckCircleOutlined style={{ color: '#389e0d' }} /> {t('hall.phone.finished')}</div>}
      {ticket.status === 'no_show' && <div style={{ marginTop: 16, fontSize: 18 }}><WarningOutlined style={{ color: '#d4380d' }} /> {t('hall.phone.noShow')}</div>}
      <div style={{ marginTop: 16, fontSize: 13, opacity: 0.7 }}>{t('hall.phone.taken', { time: formatTime(ticket.takenAt) })} · {t(statusKey(ticket.status))}</div>
    </div>
  );
}

/**
 * `/hall/ticket/:id?code=…` (public): the visitor's ticket on their phone — silent calling (无声叫号). The page
 * follows the ticket live (server-sent events): its place in the queue, then "请到 5 号窗口" the moment a window
 * calls it, with a buzz. The code from the kiosk's QR code or the phone's take-a-number page is the key.
 */
export default function TicketPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const live = useLive<PublicTicket>(id && code ? ticketStream(id, code) : null);
  useBuzzOnCall(live.data);
  useEffect(() => {
    document.title = live.data ? `${live.data.number} · ${t('hall.phone.title')}` : t('hall.phone.title');
  }, [live.data, t]);
  return (
    <div className="hall-phone">
      <div style={{ width: '100%', maxWidth: 440, display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12 }}>
        <Typography.Text strong>{t('hall.phone.title')}</Typography.Text>
        <LangSwitch />
      </div>
      {live.gone || !code ? (
        <div className="hall-phone-card" data-testid="phone-missing">{t('hall.notFound')}</div>
      ) : live.data ? (
        <TicketBody ticket={live.data} />
      ) : (
        <div className="hall-phone-card">{t('common.loading')}</div>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12, textAlign: 'center', maxWidth: 440 }}>
        <WifiOutlined style={{ color: live.connected ? '#389e0d' : '#bfbfbf' }} /> {t(live.connected ? 'hall.phone.live' : 'hall.phone.reconnecting')}
      </Typography.Paragraph>
    </div>
  );
}
