import { Button, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '@/lib/i18n';
import { ticketQrUrl, type IssuedTicket as Issued } from '../api/hall';
import { priorityKey } from './labels';
import { Standing } from './standing';

/** A new ticket at the kiosk: the number in large type, the queue before it, and the QR code of its phone page. */
export function IssuedTicket({ ticket, onDone }: { ticket: Issued; onDone: () => void }) {
  const t = useT();
  const priority = priorityKey(ticket.priority);
  return (
    <Flex vertical align="center" gap={16} style={{ background: '#fff', borderRadius: 16, padding: 32 }} data-testid="kiosk-ticket">
      <Typography.Text style={{ fontSize: 24 }}>{ticket.category.name}</Typography.Text>
      <div className="hall-big-number" data-testid="kiosk-number">{ticket.number}</div>
      {priority && <Tag color="gold" style={{ fontSize: 18, padding: '4px 12px' }}>{t(priority)}</Tag>}
      <Typography.Text style={{ fontSize: 24 }}>
        <Standing ticket={ticket} />
      </Typography.Text>
      <Flex align="center" gap={24}>
        <img src={ticketQrUrl(ticket.id, ticket.accessCode)} alt={t('hall.kiosk.scanTicket')} width={180} height={180} />
        <Typography.Text className="hall-kiosk-hint" style={{ maxWidth: 320 }}>
          {t('hall.kiosk.scanTicket')}
          <br />
          <Link to={ticket.path} target="_blank" data-testid="kiosk-ticket-link">{t('hall.kiosk.openOnPhone')}</Link>
        </Typography.Text>
      </Flex>
      <Button type="primary" size="large" onClick={onDone} data-testid="kiosk-done">{t('hall.kiosk.done')}</Button>
    </Flex>
  );
}
