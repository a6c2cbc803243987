import { App, Button, Input, Select, Switch, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { setUpWindow, type HallSetup, type WindowSetup } from '../api/hall';

type Draft = { number: string; categoryIds: string[]; active: boolean };

/** The hall's windows (departments of kind window under it): number on the screen, categories served, open or not. */
export function WindowsTable({ setup, onSaved }: { setup: HallSetup; onSaved: (next: HallSetup) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const report = useReportError();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  useEffect(() => {
    setDrafts(Object.fromEntries(setup.windows.map((w) => [w.windowId, { number: w.number ?? '', categoryIds: w.categoryIds, active: w.configured ? w.active : true }])));
  }, [setup]);
  const edit = (id: string, change: Partial<Draft>) => setDrafts((d) => ({ ...d, [id]: { ...d[id]!, ...change } }));

  async function save(id: string) {
    try {
      onSaved(await setUpWindow(setup.hall.id, id, drafts[id]!));
      void message.success(t('common.saved'));
    } catch (error) {
      report(error);
    }
  }

  return (
    <Table<WindowSetup>
      rowKey="windowId" size="middle" pagination={false} dataSource={setup.windows}
      locale={{ emptyText: t('hall.setup.noWindows') }}
      columns={[
        { title: t('hall.setup.windowDept'), dataIndex: 'name', render: (name: string, w) => <>{name} {!w.configured && <Tag>{t('hall.setup.notConfigured')}</Tag>}</> },
        { title: t('hall.setup.windowNumber'), width: 110, render: (_, w) => <Input value={drafts[w.windowId]?.number} maxLength={8} onChange={(e) => edit(w.windowId, { number: e.target.value })} /> },
        {
          title: t('hall.setup.serves'), render: (_, w) => (
            <Select mode="multiple" style={{ minWidth: 260 }} value={drafts[w.windowId]?.categoryIds} onChange={(ids: string[]) => edit(w.windowId, { categoryIds: ids })}
              options={setup.categories.map((c) => ({ value: c.id, label: `${c.prefix} ${c.name}` }))} />
          ),
        },
        { title: t('hall.setup.open'), width: 80, render: (_, w) => <Switch checked={drafts[w.windowId]?.active} onChange={(active) => edit(w.windowId, { active })} /> },
        { title: t('common.actions'), width: 90, render: (_, w) => <Button size="small" type="primary" onClick={() => void save(w.windowId)}>{t('common.save')}</Button> },
      ]}
    />
  );
}
