import { canParentRegion, regionLevelOf } from '@core/organization/region';
import { App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { createRegion, renameRegion, type Region } from '../api/regions';
import { RegionSelect } from './region-select';

/** What the modal is doing: adding a region (maybe under a parent) or renaming one. */
export type RegionFormTarget = { mode: 'create'; parentCode?: string } | { mode: 'rename'; region: Region };

interface Values {
  parentCode?: string;
  code: string;
  name: string;
}

/** Adds or renames a region; the code is checked with the shared core before it is sent. */
export function RegionFormModal({ target, regions, onClose, onSaved }: { target: RegionFormTarget | null; regions: readonly Region[]; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    form.setFieldsValue(target.mode === 'rename' ? { name: target.region.name, code: target.region.code } : { parentCode: target.parentCode });
  }, [target, form]);

  async function submit(values: Values) {
    if (!target) return;
    setSaving(true);
    try {
      if (target.mode === 'rename') await renameRegion(target.region.code, values.name.trim());
      else await createRegion({ code: values.code.trim(), name: values.name.trim(), ...(values.parentCode ? { parentCode: values.parentCode } : {}) });
      void message.success(t(target.mode === 'rename' ? 'common.saved' : 'common.created'));
      onSaved();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  }

  const renaming = target?.mode === 'rename';
  return (
    <Modal
      open={target !== null}
      title={t(renaming ? 'region.rename' : 'region.create')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} name="region-form" style={{ marginTop: 16 }}>
        {!renaming && (
          <Form.Item name="parentCode" label={t('region.parent')}>
            <RegionSelect regions={regions} excludeLevels={['township']} allowClear placeholder={t('region.parentPlaceholder')} />
          </Form.Item>
        )}
        <Form.Item
          name="code"
          label={t('region.code')}
          extra={renaming ? undefined : t('region.codeHelp')}
          dependencies={['parentCode']}
          validateFirst
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            {
              validator: (_, value: string | undefined) =>
                renaming || !value || regionLevelOf(value.trim()) ? Promise.resolve() : Promise.reject(new Error(t('region.codeInvalid'))),
            },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => {
                const parent = getFieldValue('parentCode') as string | undefined;
                if (renaming || !value || !parent || canParentRegion(parent, value.trim())) return Promise.resolve();
                return Promise.reject(new Error(t('region.codeNotUnderParent')));
              },
            }),
          ]}
        >
          <Input disabled={renaming} maxLength={9} inputMode="numeric" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="name" label={t('region.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={64} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
