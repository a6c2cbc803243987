import { Descriptions, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import type { FormField } from './guide-api';

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * What the applicant filled in, labelled by the item's form; a value whose field the current guide no
 * longer has (the case keeps its own item version) is shown under its key.
 */
export function FormValues({ fields, values }: { fields: readonly FormField[]; values: Readonly<Record<string, unknown>> }) {
  const t = useT();
  const known = new Set(fields.map((field) => field.key));
  const items = [
    ...fields.map((field) => ({ key: field.key, label: field.label, children: show(values[field.key]) })),
    ...Object.keys(values)
      .filter((key) => !known.has(key))
      .map((key) => ({ key, label: key, children: show(values[key]) })),
  ];
  if (items.length === 0) return <Typography.Text type="secondary">{t('case.apply.noForm')}</Typography.Text>;
  return <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={items} data-testid="form-values" />;
}
