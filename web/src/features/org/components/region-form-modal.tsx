import { canParentRegion, regionLevelOf } from '@core/organization/region';
import { Form, Input } from 'antd';
import { FormModal } from '@/components/action-modal';
import { useT } from '@/lib/i18n';
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

  function submit(values: Values) {
    if (target?.mode === 'rename') return renameRegion(target.region.code, values.name.trim());
    return createRegion({ code: values.code.trim(), name: values.name.trim(), ...(values.parentCode ? { parentCode: values.parentCode } : {}) });
  }

  const renaming = target?.mode === 'rename';
  return (
    <FormModal<Values>
      open={target !== null} name="region-form" title={t(renaming ? 'region.rename' : 'region.create')}
      successText={t(renaming ? 'common.saved' : 'common.created')} onSubmit={submit} onClose={onClose} onDone={onSaved}
      initialValues={target?.mode === 'rename' ? { name: target.region.name, code: target.region.code } : { parentCode: target?.parentCode }}
    >
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
    </FormModal>
  );
}
