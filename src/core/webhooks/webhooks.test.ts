import { describe, expect, it } from 'vitest';
import type { Case } from '../cases/case.js';
import { TRANSITIONS } from '../cases/status.js';
import { CASE_EVENT_TYPES, caseEventPayload, deliveryHeaders, signingString, subscriptionMatches, targetUrlProblem, WEBHOOK_EVENT_TYPES } from './index.js';

describe('webhook event types', () => {
  it('gives every case action its own event type', () => {
    const types = Object.keys(TRANSITIONS).map((action) => CASE_EVENT_TYPES[action as keyof typeof TRANSITIONS]);
    expect(new Set(types).size).toBe(types.length);
    expect(WEBHOOK_EVENT_TYPES).toEqual(expect.arrayContaining(types));
    expect(types.every((type) => /^case\.[a-z_]+$/.test(type))).toBe(true);
  });
});

describe('subscription filters', () => {
  const event = { type: 'case.accepted', regionCode: '360102', itemCode: 'A' } as const;
  const filter = { eventTypes: ['case.accepted'], regionCode: '360100', itemCodes: null };
  it('match on type (or *), on the region subtree and on the item list', () => {
    expect(subscriptionMatches(filter, event)).toBe(true);
    expect(subscriptionMatches({ ...filter, eventTypes: ['*'] }, event)).toBe(true);
    expect(subscriptionMatches({ ...filter, eventTypes: ['case.concluded'] }, event)).toBe(false);
    expect(subscriptionMatches({ ...filter, regionCode: '360000' }, event)).toBe(true);
    expect(subscriptionMatches({ ...filter, regionCode: '360200' }, event)).toBe(false);
    expect(subscriptionMatches({ ...filter, regionCode: '360102' }, event)).toBe(true);
    expect(subscriptionMatches({ ...filter, itemCodes: ['A', 'B'] }, event)).toBe(true);
    expect(subscriptionMatches({ ...filter, itemCodes: ['B'] }, event)).toBe(false);
    expect(subscriptionMatches({ ...filter, itemCodes: [] }, event)).toBe(true);
  });
});

describe('target URLs', () => {
  it('accept http and https only, without credentials', () => {
    for (const url of ['https://water.example.cn/hooks?x=1', 'http://127.0.0.1:8088/', 'https://[::1]/']) expect(targetUrlProblem(url)).toBeNull();
    for (const url of ['ftp://water.example.cn/', 'file:///etc/passwd', 'javascript:alert(1)', 'water.example.cn/hooks', '', 'https://u:p@water.example.cn/', 'https://u@water.example.cn/']) {
      expect(targetUrlProblem(url), url).toBe('url_invalid');
    }
  });
});

describe('the payload and the headers', () => {
  const after = {
    id: 'c1', caseNo: '360100-20260302-00001', queryCode: '123456', itemCode: 'A', itemName: '不动产转移登记', departmentId: 'd1',
    regionCode: '360100', applicantId: 'u1', channel: 'online', status: 'delivered', result: 'granted',
    form: { name: '张三', idNumber: '11010519491231002X', phone: '13812341234' }, materials: [{ code: 'id', fileId: 'f1' }],
  } as unknown as Case;
  it('carries the named case fields and nothing of the applicant', () => {
    const payload = caseEventPayload({ eventId: 'e1', action: 'deliver', statusFrom: 'concluded', after, departmentName: '不动产登记中心', at: '2026-03-02T01:00:00.000Z' });
    expect(payload).toEqual({
      id: 'e1', type: 'case.delivered', occurredAt: '2026-03-02T09:00:00.000+08:00',
      case: {
        id: 'c1', caseNo: '360100-20260302-00001', itemCode: 'A', itemName: '不动产转移登记', regionCode: '360100',
        department: { id: 'd1', name: '不动产登记中心' }, channel: 'online', statusFrom: 'concluded', statusTo: 'delivered', result: 'granted',
      },
    });
    for (const secret of ['张三', '11010519491231002X', '13812341234', '123456', 'u1', 'f1']) expect(JSON.stringify(payload)).not.toContain(secret);
  });

  it('signs "<timestamp>.<body>" and lists one v1 value per secret', () => {
    expect(signingString(1772413200, '{"a":1}')).toBe('1772413200.{"a":1}');
    expect(deliveryHeaders({ eventType: 'case.delivered', deliveryId: 'd1', timestamp: 1772413200, signatures: ['ab', 'cd'] })).toMatchObject({
      'tongban-event': 'case.delivered', 'tongban-delivery': 'd1', 'tongban-timestamp': '1772413200', 'tongban-signature': 'v1=ab,v1=cd',
    });
  });
});
