import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Modal, Select, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { searchItems } from '@/features/cases/shared/guide-api';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { useReportError } from '@/lib/use-report-error';
import { createCategory, updateCategory, type HallCategory, type HallSetup } from '../api/hall';

type Values = Omit<HallCategory, 'id'>;

/** The business categories (业务类别): ticket letter, name, the items they cover, minutes per visitor. */
export function CategoriesTable({ setup, onChanged }: { setup: HallSetup; onChanged: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const report = useReportError();
  const [editing, setEditing] = useState<HallCategory | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const items = useQuery((signal) => searchItems(undefined, signal), []);
  const itemName = new Map((items.data?.items ?? []).map((i) => [i.code, i.name]));

  function open(category: HallCategory | 'new') {
    setEditing(category);
    form.setFieldsValue(category === 'new'
      ? { prefix: '', name: '', itemCodes: [], serviceMinutes: 10, sortOrder: setup.categories.length + 1, active: true }
      : category);
  }

  async function save(values: Values) {
    try {
      if (editing === 'new') await createCategory(setup.hall.id, values);
      else if (editing) {
        const { prefix: _prefix, ...changes } = values;
        await updateCategory(setup.hall.id, editing.id, changes);
      }
      void message.success(t('common.saved'));
      setEditing(null);
      onChanged();
    } catch (error) {
      report(error, form);
    }
  }

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} style={{ marginBottom: 12 }} data-testid="category-add">{t('hall.setup.addCategory')}</Button>
      <Table<HallCategory>
        rowKey="id" size="middle" pagination={false} dataSource={setup.categories}
        columns={[
          { title: t('hall.setup.prefix'), dataIndex: 'prefix', width: 80, render: (p: string) => <Tag color="blue" style={{ fontSize: 16 }}>{p}</Tag> },
          { title: t('hall.setup.categoryName'), dataIndex: 'name' },
          { title: t('hall.setup.items'), dataIndex: 'itemCodes', render: (codes: string[]) => codes.map((c) => <Tag key={c}>{itemName.get(c) ?? c}</Tag>) },
          { title: t('hall.setup.serviceMinutes'), dataIndex: 'serviceMinutes', width: 110 },
          { title: t('hall.setup.active'), dataIndex: 'active', width: 90, render: (a: boolean) => (a ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>) },
          { title: t('common.actions'), width: 90, render: (_, c) => <Button size="small" icon={<EditOutlined />} onClick={() => open(c)}>{t('common.edit')}</Button> },
        ]}
      />
      <Modal open={editing !== null} title={t(editing === 'new' ? 'hall.setup.addCategory' : 'hall.setup.editCategory')} onCancel={() => setEditing(null)} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
          <Form.Item name="prefix" label={t('hall.setup.prefix')} extra={t('hall.setup.prefixHint')} rules={[{ required: true, pattern: /^[A-HJ-NP-Z]$/, message: t('hall.setup.prefixRule') }]}>
            <Input maxLength={1} disabled={editing !== 'new'} style={{ width: 80, textTransform: 'uppercase' }} />
          </Form.Item>
          <Form.Item name="name" label={t('hall.setup.categoryName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}><Input maxLength={40} /></Form.Item>
          <Form.Item name="itemCodes" label={t('hall.setup.items')}>
            <Select mode="multiple" optionFilterProp="label" options={(items.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.name} · ${i.department.name}` }))} />
          </Form.Item>
          <Form.Item name="serviceMinutes" label={t('hall.setup.serviceMinutes')} extra={t('hall.setup.serviceMinutesHint')}><InputNumber min={1} max={240} /></Form.Item>
          <Form.Item name="sortOrder" label={t('hall.setup.sortOrder')}><InputNumber min={0} max={999} /></Form.Item>
          <Form.Item name="active" label={t('hall.setup.active')} valuePropName="checked"><Switch /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
