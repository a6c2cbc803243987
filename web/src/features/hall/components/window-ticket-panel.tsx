import { CheckOutlined, ForwardOutlined, LinkOutlined, NotificationOutlined, SoundOutlined, SwapOutlined } from '@ant-design/icons';
import { App, Button, Card, Dropdown, Empty, Flex, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { useReportError } from '@/lib/use-report-error';
import { callNext, getWindow, linkCase, myWindows, screenStream, windowAction, type Screen } from '../api/hall';
import { useLive } from '../api/use-live';
import { priorityKey } from './labels';

const STORAGE_KEY = 'tongban.hall.window';

function rememberedWindow(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The clerk's calling panel on the intake page (叫号): the window's current ticket, call next, recall, skip,
 * transfer and finish. It follows the hall live, and links the ticket to the case the clerk opens for its
 * visitor (`caseId`, once the window application is submitted). Shows nothing for a clerk without a window.
 */
export function WindowTicketPanel({ caseId }: { caseId?: string | undefined }) {
  const t = useT();
  const { message } = App.useApp();
  const report = useReportError();
  const windows = useQuery((signal) => myWindows(signal), []);
  const list = windows.data?.windows ?? [];
  const [chosen, setChosen] = useState<string | null>(rememberedWindow);
  const windowId = list.find((w) => w.id === chosen)?.id ?? list[0]?.id ?? null;
  const state = useQuery((signal) => (windowId ? getWindow(windowId, signal) : Promise.resolve(null)), [windowId]);
  const live = useLive<Screen>(state.data ? screenStream(state.data.window.hall.id) : null);
  const [busy, setBusy] = useState(false);
  const reload = state.reload;
  const linked = useRef<string | null>(null);

  // Another window's call or a new ticket changes the counts: read the window again on every push.
  useEffect(() => {
    if (live.data) reload();
  }, [live.data, reload]);

  const run = useCallback(async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await work();
      if (done) void message.success(done);
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
      reload();
    }
  }, [message, report, reload]);

  const current = state.data?.current ?? null;
  useEffect(() => {
    if (!caseId || !current || current.caseId || linked.current === caseId) return;
    linked.current = caseId;
    void run(() => linkCase(current.id, caseId), t('hall.window.linked', { number: current.number }));
  }, [caseId, current, run, t]);

  if (!windowId || !state.data) return null;
  const { window, categories } = state.data;
  const priority = current ? priorityKey(current.priority) : null;
  const served = categories.filter((c) => c.served);
  const choose = (id: string) => {
    setChosen(id);
    try {
      localStorage.setItem(STORAGE_KEY, id);
    } catch {
      // Private mode: the choice lasts for this page.
    }
  };

  return (
    <Card
      variant="borderless"
      style={{ marginBottom: 16, borderLeft: '4px solid #1a4fa0' }}
      data-testid="window-panel"
      title={<Space><NotificationOutlined />{t('hall.window.title', { window: window.number })}</Space>}
      extra={list.length > 1 && (
        <Select size="small" value={windowId} onChange={choose} style={{ minWidth: 180 }} options={list.map((w) => ({ value: w.id, label: w.name }))} data-testid="window-select" />
      )}
    >
      <Flex gap={24} align="center" wrap>
        {current ? (
          <Flex vertical style={{ minWidth: 200 }} data-testid="window-current">
            <Typography.Text type="secondary">{t('hall.window.serving')}</Typography.Text>
            <span style={{ fontSize: 40, fontWeight: 800, color: '#0f3470', letterSpacing: 2 }} data-testid="window-current-number">{current.number}</span>
            <Space size={4} wrap>
              <Tag>{categories.find((c) => c.id === current.categoryId)?.name}</Tag>
              {priority && <Tag color="gold">{t(priority)}</Tag>}
              <Tag color="blue">{t('hall.phone.calledTimes', { count: current.callCount })}</Tag>
              {current.caseId && <Tag icon={<LinkOutlined />} color="green">{t('hall.window.caseLinked')}</Tag>}
            </Space>
          </Flex>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hall.window.idle')} style={{ margin: 0, minWidth: 200 }} />
        )}
        <Flex gap={8} wrap style={{ flex: 1 }}>
          {current ? (
            <>
              <Button icon={<SoundOutlined />} disabled={busy} onClick={() => void run(() => windowAction(window.id, 'recall'))} data-testid="window-recall">{t('hall.window.recall')}</Button>
              <Button icon={<ForwardOutlined />} disabled={busy} onClick={() => void run(() => windowAction(window.id, 'skip'))} data-testid="window-skip">{t('hall.window.skip')}</Button>
              <Dropdown
                disabled={busy}
                menu={{
                  items: categories.filter((c) => c.id !== current.categoryId).map((c) => ({ key: c.id, label: `${c.prefix} ${c.name}` })),
                  onClick: ({ key }) => void run(() => windowAction(window.id, 'transfer', { categoryId: key })),
                }}
              >
                <Button icon={<SwapOutlined />} data-testid="window-transfer">{t('hall.window.transfer')}</Button>
              </Dropdown>
              <Button type="primary" icon={<CheckOutlined />} disabled={busy} onClick={() => void run(() => windowAction(window.id, 'finish', caseId ? { caseId } : {}))} data-testid="window-finish">
                {t('hall.window.finish')}
              </Button>
            </>
          ) : (
            <Button type="primary" size="large" icon={<NotificationOutlined />} disabled={busy || !window.active}
              onClick={() => void run(async () => {
                const { ticket } = await callNext(window.id);
                if (!ticket) void message.info(t('hall.window.nobody'));
              })} data-testid="window-call-next">
              {t('hall.window.callNext')}
            </Button>
          )}
        </Flex>
        <Space size={4} wrap data-testid="window-waiting">
          {served.map((c) => <Tag key={c.id} color={c.waiting > 0 ? 'processing' : 'default'}>{c.prefix} {c.name} · {t('hall.waitingCount', { count: c.waiting })}</Tag>)}
        </Space>
      </Flex>
    </Card>
  );
}
