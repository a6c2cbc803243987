import { describe, it, expect } from 'vitest';
import { maskCreditCode, maskIdNumber, maskName, maskPersonalData, maskPhone } from './mask.js';

describe('maskers', () => {
  it.each([
    ['张三', '张*'], ['欧阳娜娜', '欧***'], ['王小明', '王**'], ['张', '*'], ['', ''],
    ['𠮷野家', '𠮷**'], ['阿依古丽·买买提', '阿*******'],
  ])('maskName(%j) → %j', (name, masked) => expect(maskName(name)).toBe(masked));

  it('maskIdNumber keeps the first 6 and last 4', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber('1234567890')).toBe('**********');
  });

  it('maskPhone keeps the first 3 and last 4', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('1234567')).toBe('*******');
  });

  it('maskCreditCode keeps the first 8 and last 2', () => {
    expect(maskCreditCode('91350100M000100Y43')).toBe('91350100********43');
    expect(maskCreditCode('9135010043')).toBe('**********');
  });
});

describe('maskPersonalData', () => {
  it('masks known keys at any depth, including in arrays, and leaves the rest alone', () => {
    const when = new Date(0);
    const input = {
      applicantName: '欧阳娜娜',
      idNumber: '11010519491231002X',
      contact: { phone: '13812341234', mobile: 13812341234, email: 'a@example.cn' },
      org: { creditCode: '91350100M000100Y43', name: '某某公司' },
      people: [{ name: '张三' }, { name: '李四', age: 30 }],
      when,
      count: 2,
      note: null,
    };
    expect(maskPersonalData(input)).toEqual({
      applicantName: '欧***',
      idNumber: '110105********002X',
      contact: { phone: '138****1234', mobile: '138****1234', email: 'a@example.cn' },
      org: { creditCode: '91350100********43', name: '某***' },
      people: [{ name: '张*' }, { name: '李*', age: 30 }],
      when,
      count: 2,
      note: null,
    });
    expect(maskPersonalData(input).when).toBe(when);
  });

  it('matches keys ignoring case, underscores and dashes', () => {
    expect(maskPersonalData({ id_number: '11010519491231002X', 'Phone': '13812341234', IDNumber: '11010519491231002X' }))
      .toEqual({ id_number: '110105********002X', Phone: '138****1234', IDNumber: '110105********002X' });
  });

  it('does not modify its input', () => {
    const input = { name: '张三', nested: { idNumber: '11010519491231002X' } };
    const copy = structuredClone(input);
    maskPersonalData(input);
    expect(input).toEqual(copy);
  });

  it('handles non-objects, non-string known values and cycles', () => {
    expect(maskPersonalData('张三')).toBe('张三');
    expect(maskPersonalData(null)).toBeNull();
    expect(maskPersonalData({ name: null, phone: undefined, mobile: true })).toEqual({ name: null, phone: undefined, mobile: true });
    const loop: Record<string, unknown> = { name: '张三' };
    loop.self = loop;
    const out = maskPersonalData(loop);
    expect(out.name).toBe('张*');
    expect(out.self).toBe(out);
  });
});

describe('maskPersonalData with keepNames', () => {
  it('keeps name fields but still masks identifiers', () => {
    const masked = maskPersonalData({ name: '市场监督管理局', phone: '13812341234', idNumber: '11010519491231002X' }, { keepNames: true });
    expect(masked).toEqual({ name: '市场监督管理局', phone: '138****1234', idNumber: '110105********002X' });
  });
});
