import { Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { FormModal } from '@/components/action-modal';
import { useT } from '@/lib/i18n';
import { findNode, subtreeKeys, buildTree } from '@/lib/tree';
import { useQuery } from '@/lib/use-query';
import { createDepartment, DEPARTMENT_KINDS, listDepartments, updateDepartment, type Department, type DepartmentKind } from '../api/departments';
import type { Region } from '../api/regions';
import { DepartmentSelect } from './department-select';
import { RegionSelect } from './region-select';

/** What the modal is doing: adding a department (maybe under a parent) or editing one. */
export type DepartmentFormTarget = { mode: 'create'; regionCode?: string; parentId?: string } | { mode: 'edit'; department: Department };

interface Values {
  name: string;
  regionCode: string;
  parentId?: string;
  kind: DepartmentKind;
}

/** The kind a new child usually has: a bureau's child is a division, a hall's a window. */
const CHILD_KIND: Record<DepartmentKind, DepartmentKind> = { bureau: 'division', division: 'division', hall: 'window', window: 'window' };

/** Adds or edits a department. A department keeps its region; its parent must not be itself or below it. */
export function DepartmentFormModal({
  target,
  regions,
  departments,
  onClose,
  onSaved,
}: {
  target: DepartmentFormTarget | null;
  regions: readonly Region[];
  departments: readonly Department[];
  onClose: () => void;
  onSaved: (department: Department) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const regionCode = Form.useWatch('regionCode', form);
  const editing = target?.mode === 'edit' ? target.department : null;

  const creating = target?.mode === 'create' ? target : null;
  const parent = departments.find((d) => d.id === creating?.parentId);
  const start: Partial<Values> = editing
    ? { name: editing.name, regionCode: editing.regionCode, parentId: editing.parentId ?? undefined, kind: editing.kind }
    : { regionCode: creating?.regionCode, parentId: creating?.parentId, kind: parent ? CHILD_KIND[parent.kind] : 'bureau' };

  // The parent choices are the chosen region's departments, which need not be the ones the page shows.
  const inRegion = useQuery((signal) => (regionCode && target ? listDepartments(regionCode, signal) : Promise.resolve([])), [regionCode, target !== null]);
  const candidates = useMemo(() => (inRegion.data ?? []).filter((d) => d.regionCode === regionCode), [inRegion.data, regionCode]);
  const ownSubtree = useMemo(() => {
    if (!editing) return new Set<string>();
    const node = findNode(buildTree(candidates, (d) => d.id, (d) => d.parentId), (d) => d.id === editing.id);
    return new Set(node ? subtreeKeys(node, (d) => d.id) : [editing.id]);
  }, [candidates, editing]);

  function submit(values: Values) {
    if (editing) return updateDepartment(editing.id, { name: values.name.trim(), kind: values.kind, parentId: values.parentId ?? null });
    return createDepartment({ name: values.name.trim(), regionCode: values.regionCode, kind: values.kind, ...(values.parentId ? { parentId: values.parentId } : {}) });
  }

  return (
    <FormModal<Values, Department>
      open={target !== null} form={form} name="department-form" title={t(editing ? 'department.edit' : 'department.create')}
      successText={t(editing ? 'common.saved' : 'common.created')} initialValues={start} onSubmit={submit} onClose={onClose} onDone={onSaved}
    >
      <Form.Item name="name" label={t('department.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="regionCode" label={t('department.region')} rules={[{ required: true, message: t('common.required') }]} extra={editing ? t('department.regionFixed') : undefined}>
        <RegionSelect regions={regions} disabled={editing !== null} placeholder={t('department.selectRegion')} onChange={() => form.setFieldValue('parentId', undefined)} />
      </Form.Item>
      <Form.Item name="parentId" label={t('department.parent')}>
        <DepartmentSelect departments={candidates} loading={inRegion.loading} disabledIds={ownSubtree} allowClear placeholder={t('department.parentPlaceholder')} />
      </Form.Item>
      <Form.Item name="kind" label={t('department.kind')} rules={[{ required: true, message: t('common.required') }]}>
        <Select options={DEPARTMENT_KINDS.map((kind) => ({ value: kind, label: t(`department.kind.${kind}`) }))} />
      </Form.Item>
    </FormModal>
  );
}
