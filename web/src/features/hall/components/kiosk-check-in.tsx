import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { checkInByCode, type IssuedTicket } from '../api/hall';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '⌫', '0', 'C'];

/** Appointment check-in (预约签到): the 8-digit code from the booking, typed on a large keypad. */
export function KioskCheckIn({ hallId, onTicket }: { hallId: string; onTicket: (ticket: IssuedTicket) => void }) {
  const t = useT();
  const report = useReportError();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const press = (key: string) => setCode((c) => (key === '⌫' ? c.slice(0, -1) : key === 'C' ? '' : (c + key).slice(0, 8)));

  async function submit() {
    setBusy(true);
    try {
      onTicket(await checkInByCode(hallId, code));
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Flex vertical align="center" gap={20} style={{ maxWidth: 480, margin: '0 auto' }}>
      <Typography.Text className="hall-kiosk-hint">{t('hall.kiosk.checkInHint')}</Typography.Text>
      <Input value={code} onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 8))} size="large" inputMode="numeric"
        style={{ fontSize: 40, textAlign: 'center', letterSpacing: 8, fontFamily: 'monospace' }} data-testid="check-in-code" />
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 12, width: '100%' }}>
        {KEYS.map((key) => (
          <button type="button" key={key} className="hall-tile" style={{ minHeight: 80, padding: 0, fontSize: 32 }} onClick={() => press(key)}>{key}</button>
        ))}
      </div>
      <Button type="primary" size="large" block disabled={code.length !== 8} loading={busy} onClick={() => void submit()} data-testid="check-in-submit">
        {t('hall.kiosk.checkIn')}
      </Button>
    </Flex>
  );
}
