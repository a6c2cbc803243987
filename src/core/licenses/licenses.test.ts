import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../calendar/index.js';
import {
  canonicalJson, DEFAULT_LICENSE_YEARS, formatKeyId, formatLicenseNo, isLicenseNo, licenseFields, licenseOfItem, licenseTitle, parseKeyId, signedText, validUntil, verifyLicense,
  type LicenseData, type VerifySignature,
} from './index.js';

const d = parseLocalDate;

const data: LicenseData = {
  v: 1, number: '360102-2026-000001', licenseType: '食品经营许可证', caseNo: '360102202603020001', itemCode: 'SC-0101',
  holder: { name: '张三', idKind: 'id_number', idNumber: '11010519491231002X' }, scope: '食品经营许可',
  fields: [{ label: '店铺名称', value: '红谷滩小吃店' }], department: { id: 'd1', name: '南昌市市场监督管理局' },
  regionCode: '360102', issuedOn: d('2026-03-02'), validFrom: d('2026-03-02'), validUntil: d('2031-03-01'), keyId: '360102-k1',
};

// A stand-in signature: the message reversed, accepted only for known keys.
const sign = (text: string) => [...text].reverse().join('');
const verify: VerifySignature = (keyId, message, signature) => keyId === '360102-k1' && signature === sign(message);

describe('canonical JSON', () => {
  it('sorts keys at every depth and leaves out whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ z: true, y: null }, '名'] })).toBe('{"a":[{"y":null,"z":true},"名"],"b":1}');
  });
  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(RangeError);
  });
  it('gives the same text whatever the key order of the input', () => {
    const reordered = { ...data, keyId: data.keyId, v: 1 as const };
    expect(signedText(reordered)).toBe(signedText(data));
  });
});

describe('license numbers and key ids', () => {
  it('formats region, year and a 6-digit serial', () => {
    expect(formatLicenseNo('360102', 2026, 17)).toBe('360102-2026-000017');
    expect(isLicenseNo('360102-2026-000017')).toBe(true);
    expect(isLicenseNo('360102-2026-17')).toBe(false);
    expect(() => formatLicenseNo('3601', 2026, 1)).toThrow(RangeError);
  });
  it('round-trips key ids and refuses others', () => {
    expect(formatKeyId('360102', 3)).toBe('360102-k3');
    expect(parseKeyId('360102-k3')).toEqual({ regionCode: '360102', n: 3 });
    expect(parseKeyId('360102-k0')).toBeNull();
    expect(parseKeyId('../etc/passwd')).toBeNull();
  });
});

describe('validity', () => {
  it('ends the day before the anniversary', () => {
    expect(validUntil(d('2026-03-02'), 5)).toBe('2031-03-01');
    expect(validUntil(d('2026-01-01'), 1)).toBe('2026-12-31');
  });
  it('moves a missing 29 February to 1 March, so the period ends on 28 February', () => {
    expect(validUntil(d('2028-02-29'), 5)).toBe('2033-02-28');
    expect(validUntil(d('2028-02-29'), 4)).toBe('2032-02-28');
  });
  it('refuses a period that is not whole years', () => {
    expect(() => validUntil(d('2026-03-02'), 0)).toThrow(RangeError);
  });
});

describe('title and fields', () => {
  it('names the license after the item', () => {
    expect(licenseTitle('食品经营许可')).toBe('食品经营许可证');
    expect(licenseTitle('网络预约出租汽车运输证')).toBe('网络预约出租汽车运输证');
    expect(licenseTitle('企业设立登记')).toBe('企业设立登记证明');
  });
  it("takes the item's license name and validity, else the name after the item and 5 years", () => {
    expect(licenseOfItem({ name: '公共场所卫生许可', licenseName: '卫生许可证', licenseValidYears: 4 })).toEqual({ name: '卫生许可证', validYears: 4 });
    expect(licenseOfItem({ name: '食品经营许可' })).toEqual({ name: '食品经营许可证', validYears: DEFAULT_LICENSE_YEARS });
  });
  it('keeps the form in item order, without phones, ID numbers or blanks', () => {
    const specs = [
      { key: 'shop', label: '店铺名称', type: 'text' as const }, { key: 'phone', label: '电话', type: 'phone' as const },
      { key: 'rep', label: '法定代表人身份证号', type: 'id_number' as const }, { key: 'area', label: '面积', type: 'number' as const },
      { key: 'note', label: '备注', type: 'text' as const },
    ];
    expect(licenseFields(specs, { area: 120, phone: '13912345678', rep: '11010519491231002X', shop: ' 小吃店 ', note: '' }))
      .toEqual([{ label: '店铺名称', value: '小吃店' }, { label: '面积', value: '120' }]);
  });
});

describe('verification', () => {
  const text = signedText(data);
  const stored = { number: data.number, keyId: data.keyId, data: text, signature: sign(text), revoked: false };

  it('is valid through the last day, expired after it', () => {
    expect(verifyLicense(stored, verify, d('2031-03-01')).status).toBe('valid');
    expect(verifyLicense(stored, verify, d('2031-03-02')).status).toBe('expired');
  });
  it('is revoked when revoked, whatever the date', () => {
    expect(verifyLicense({ ...stored, revoked: true }, verify, d('2026-03-03')).status).toBe('revoked');
  });
  it('is invalid when one byte of the data changes, the key is unknown, or the number is not the signed one', () => {
    expect(verifyLicense({ ...stored, data: text.replace('张三', '张四') }, verify, d('2026-03-03'))).toEqual({ status: 'invalid' });
    expect(verifyLicense({ ...stored, keyId: '360102-k2' }, verify, d('2026-03-03')).status).toBe('invalid');
    expect(verifyLicense({ ...stored, number: '360102-2026-000002' }, verify, d('2026-03-03')).status).toBe('invalid');
    expect(verifyLicense({ ...stored, revoked: true, signature: 'x' }, verify, d('2026-03-03')).status).toBe('invalid');
  });
});
