import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import type { PublicTicket } from '../api/hall';

/** Where a waiting ticket stands: "you are next", or how many are ahead and the estimated wait. */
export function Standing({ ticket, separator = '，' }: { ticket: PublicTicket; separator?: ReactNode }) {
  const t = useT();
  if (!ticket.ahead) return <>{t('hall.phone.next')}</>;
  return <>{t('hall.phone.ahead', { count: ticket.ahead })}{separator}{t('hall.phone.wait', { minutes: ticket.estimatedWaitMinutes ?? 0 })}</>;
}
