import { HeartOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { takeTicket, type IssuedTicket, type Screen } from '../api/hall';

type Assist = 'elderly' | 'disabled' | undefined;

/**
 * Take a number: one large tile per category with the people waiting; the 适老化 tiles ask for priority as an
 * elderly or disabled visitor (the window checks when it calls). Shared by the kiosk and the phone page.
 */
export function TakeNumber({ hall, channel, onTaken }: { hall: Screen; channel: 'kiosk' | 'phone'; onTaken: (ticket: IssuedTicket) => void }) {
  const t = useT();
  const report = useReportError();
  const [assist, setAssist] = useState<Assist>();
  const [busy, setBusy] = useState(false);

  async function take(categoryId: string) {
    if (busy) return;
    setBusy(true);
    try {
      onTaken(await takeTicket(hall.hall.id, { categoryId, channel, ...(assist && { assist }) }));
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  }

  if (!hall.open) {
    const hours = hall.hoursToday.map((h) => `${h.open}–${h.close}`).join('，');
    return <Alert type="warning" showIcon title={t('hall.closedNow')} description={hours ? t('hall.hoursToday', { hours }) : t('hall.closedToday')} data-testid="take-closed" />;
  }
  const toggle = (value: Exclude<Assist, undefined>) => setAssist((current) => (current === value ? undefined : value));
  return (
    <Flex vertical gap={24}>
      <div className="hall-kiosk-grid">
        {hall.categories.map((category) => (
          <button type="button" key={category.id} className="hall-tile" onClick={() => void take(category.id)} disabled={busy} data-testid={`take-${category.prefix}`}>
            <span style={{ fontSize: 40, fontWeight: 800 }}>{category.prefix}</span>
            {category.name}
            <small>{t('hall.waitingCount', { count: category.waiting })}</small>
          </button>
        ))}
      </div>
      <div>
        <Typography.Text className="hall-kiosk-hint">{t('hall.kiosk.assistHint')}</Typography.Text>
        <Flex gap={16} wrap style={{ marginTop: 8 }}>
          <button type="button" className={`hall-tile${assist === 'elderly' ? ' is-on' : ''}`} style={{ minHeight: 90, flex: '1 1 240px', fontSize: 24 }} onClick={() => toggle('elderly')} aria-pressed={assist === 'elderly'}>
            <UserOutlined /> {t('hall.priority.elderly')}
          </button>
          <button type="button" className={`hall-tile${assist === 'disabled' ? ' is-on' : ''}`} style={{ minHeight: 90, flex: '1 1 240px', fontSize: 24 }} onClick={() => toggle('disabled')} aria-pressed={assist === 'disabled'}>
            <HeartOutlined /> {t('hall.priority.disabled')}
          </button>
        </Flex>
      </div>
    </Flex>
  );
}
