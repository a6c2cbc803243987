import { describe, expect, it } from 'vitest';
import { validateFormValues } from './form-values.js';
import type { FormField } from './types.js';

const field = (f: Partial<FormField> & Pick<FormField, 'key' | 'type'>): FormField => ({ label: f.key, required: false, ...f });
const FORM: FormField[] = [
  field({ key: 'name', type: 'text', required: true, minLength: 2, maxLength: 10 }),
  field({ key: 'plate', type: 'text', pattern: '[京津沪赣][A-Z][0-9A-Z]{5}' }),
  field({ key: 'area', type: 'number', min: 1, max: 500 }),
  field({ key: 'opened', type: 'date' }),
  field({ key: 'kind', type: 'select', options: ['餐饮服务', '食品销售'] }),
  field({ key: 'idNumber', type: 'id_number' }),
  field({ key: 'creditCode', type: 'credit_code' }),
  field({ key: 'phone', type: 'phone' }),
  field({ key: 'address', type: 'address' }),
];
const GOOD = {
  name: '张三餐馆', plate: '赣A12345', area: 120, opened: '2026-02-27', kind: '餐饮服务', idNumber: '11010519491231002x',
  creditCode: '91360100MA35F2XK16', phone: '13812341234', address: '南昌市东湖区八一大道 1 号',
};

describe('applicant form validation', () => {
  it('accepts good values of every field type (a lower-case x check character included)', () => {
    expect(validateFormValues(FORM, GOOD, { today: '2026-03-02' })).toEqual([]);
  });

  it('names every bad field at once, each with its reason', () => {
    const bad = {
      name: '张', plate: '粤B12345', area: 0, opened: '2026-02-30', kind: '其他', idNumber: '110105194912310021',
      creditCode: '91360100MA35F2XK17', phone: '1381234123', address: '南', extra: 'x',
    };
    expect(validateFormValues(FORM, bad).map((e) => `${e.field}:${e.code}`)).toEqual([
      'form.name:min_length', 'form.plate:pattern', 'form.area:minimum', 'form.opened:date_invalid', 'form.kind:enum',
      'form.idNumber:id_number_invalid', 'form.creditCode:credit_code_invalid', 'form.phone:phone_invalid', 'form.address:address_invalid',
      'form.extra:unknown_field',
    ]);
  });

  it('requires required fields, treating blank text as missing, and skips empty optional ones', () => {
    expect(validateFormValues(FORM, { name: '   ' })).toEqual([{ field: 'form.name', code: 'required' }]);
    expect(validateFormValues(FORM, { name: '张三餐馆', area: null, kind: '' })).toEqual([]);
  });

  it('checks types: a number given as text is no number, text given as a number is no text', () => {
    expect(validateFormValues(FORM, { name: 12, area: '12' })).toEqual([
      { field: 'form.name', code: 'type', params: { expected: 'string' } },
      { field: 'form.area', code: 'type', params: { expected: 'number' } },
    ]);
  });

  it('refuses an ID number whose birth date is after today', () => {
    const fields = [field({ key: 'id', type: 'id_number' })];
    expect(validateFormValues(fields, { id: '110105202603150015' }, { today: '2026-03-02' }).map((e) => e.code)).toEqual(['id_number_invalid']);
  });

  it('matches a text pattern against the whole value', () => {
    const fields = [field({ key: 'zip', type: 'text', pattern: '\\d{6}' })];
    expect(validateFormValues(fields, { zip: '3300001' })).toEqual([{ field: 'form.zip', code: 'pattern' }]);
    expect(validateFormValues(fields, { zip: '330000' }, { prefix: '' })).toEqual([]);
  });
});
