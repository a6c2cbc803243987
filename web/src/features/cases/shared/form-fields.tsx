import { validateFormValues } from '@core/catalog/form-values';
import { fieldMessage } from '@core/errors';
import { normalizeCreditCode, normalizeIdNumber } from '@core/identity';
import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactElement } from 'react';
import { useLang, useT, type Translate } from '@/lib/i18n';
import { todayInShanghai } from './format';
import type { FormField } from './guide-api';

/** The antd form path of an item field; the same as the server's `form.<key>`, so its field errors land there. */
export const fieldPath = (key: string): [string, string] => ['form', key];

/** A value as the server expects it: trimmed text, upper-case identifiers, empty left out. */
function normalizeValue(field: FormField, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (field.type === 'id_number') return normalizeIdNumber(trimmed);
  if (field.type === 'credit_code') return normalizeCreditCode(trimmed);
  return trimmed;
}

/** The form values to send: normalized, with empty fields left out. */
export function cleanFormValues(fields: readonly FormField[], values: Record<string, unknown> | undefined): Record<string, unknown> {
  const clean: Record<string, unknown> = {};
  for (const field of fields) {
    const value = normalizeValue(field, values?.[field.key]);
    if (value !== undefined && value !== null && value !== '') clean[field.key] = value;
  }
  return clean;
}

/** One rule that runs the server's own check (core/catalog/form-values) on the field. */
function useFieldRule(field: FormField): Rule {
  const t = useT();
  const { lang } = useLang();
  return {
    validator: (_, raw: unknown) => {
      const value = normalizeValue(field, raw);
      const [problem] = validateFormValues([field], value === undefined || value === '' ? {} : { [field.key]: value }, { today: todayInShanghai() });
      if (!problem) return Promise.resolve();
      const message = problem.code === 'required' ? t('common.required') : fieldMessage(problem.code, lang, problem.params);
      return Promise.reject(new Error(message));
    },
  };
}

/** The input of a field type; Form.Item gives it its value and onChange. */
function fieldInput(field: FormField, t: Translate): ReactElement {
  const placeholder = t('case.form.placeholder', { label: field.label });
  switch (field.type) {
    case 'number':
      return <InputNumber min={field.min} max={field.max} style={{ width: '100%' }} placeholder={placeholder} />;
    case 'date':
      return <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />;
    case 'select':
      return <Select options={(field.options ?? []).map((option) => ({ value: option, label: option }))} placeholder={t('case.form.choose', { label: field.label })} />;
    case 'id_number':
    case 'credit_code':
      return <Input maxLength={18} placeholder={t('register.eighteen')} autoComplete="off" />;
    case 'phone':
      return <Input maxLength={11} inputMode="tel" autoComplete="tel" placeholder={placeholder} />;
    case 'address':
      return <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={field.maxLength ?? 200} placeholder={placeholder} />;
    default:
      return (field.maxLength ?? 0) > 100 ? (
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={field.maxLength} showCount placeholder={placeholder} />
      ) : (
        <Input maxLength={field.maxLength} placeholder={placeholder} />
      );
  }
}

function ItemField({ field }: { field: FormField }) {
  const t = useT();
  const rule = useFieldRule(field);
  const date = field.type === 'date';
  const wide = field.type === 'address' || (field.type === 'text' && (field.maxLength ?? 0) > 100);
  return (
    <Col xs={24} md={wide ? 24 : 12}>
      <Form.Item
        name={fieldPath(field.key)}
        label={field.label}
        required={field.required}
        rules={[rule]}
        extra={field.help}
        validateFirst
        // A date travels as YYYY-MM-DD; the picker works on Dayjs.
        {...(date && {
          getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : undefined }),
          normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined),
        })}
      >
        {fieldInput(field, t)}
      </Form.Item>
    </Col>
  );
}

/** An item's application form, drawn from its field definitions, with the server's checks on each field. */
export function ItemFormFields({ fields }: { fields: readonly FormField[] }) {
  return (
    <Row gutter={16}>
      {fields.map((field) => (
        <ItemField key={field.key} field={field} />
      ))}
    </Row>
  );
}
