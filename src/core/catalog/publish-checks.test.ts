import { describe, expect, it } from 'vitest';
import { publishReasons } from './publish-checks.js';
import { sampleItem, staffingExcept } from './testing/sample-item.js';

const codesOf = (reasons: { code: string; field: string }[]) => reasons.map((r) => `${r.code}@${r.field}`);

describe('publishing checks (DOMAIN.md §3)', () => {
  it('passes a sound item', () => {
    expect(publishReasons(sampleItem(), staffingExcept())).toEqual([]);
  });

  it('refuses a promise longer than the statutory limit (行政许可法 第四十二条)', () => {
    const reasons = publishReasons(sampleItem({ statutoryDays: 8, promisedDays: 10 }), staffingExcept());
    expect(reasons).toEqual([{ field: 'promisedDays', code: 'item_promised_exceeds_statutory', params: { promised: 10, statutory: 8 } }]);
  });

  it('refuses steps that add up to more than the promise, counting a parallel step once', () => {
    const parallel = sampleItem({
      promisedDays: 5,
      steps: [
        { key: 'joint', name: '并联', kind: 'parallel', departmentId: 'd1', workdays: 5, join: 'all', branches: [{ departmentId: 'd1', role: 'handler' }, { departmentId: 'd2', role: 'handler' }] },
      ],
    });
    expect(publishReasons(parallel, staffingExcept())).toEqual([]);
    const over = sampleItem({ promisedDays: 8 });
    expect(publishReasons(over, staffingExcept())).toEqual([{ field: 'steps', code: 'item_steps_exceed_promised', params: { total: 9, promised: 8 } }]);
  });

  it('names every step and branch nobody can do, with the department and role', () => {
    const item = sampleItem({
      steps: [
        { key: 'review', name: '审查', kind: 'review', departmentId: 'd1', role: 'handler', workdays: 2 },
        { key: 'joint', name: '并联', kind: 'parallel', departmentId: 'd1', workdays: 2, join: 'any', branches: [{ departmentId: 'd1', role: 'handler' }, { departmentId: 'd2', role: 'approver' }] },
      ],
    });
    const reasons = publishReasons(item, staffingExcept('d1:handler', 'd2:approver'));
    expect(codesOf(reasons)).toEqual(['item_step_unstaffed@steps[0]', 'item_step_unstaffed@steps[1].branches[0]', 'item_step_unstaffed@steps[1].branches[1]']);
    expect(reasons[2]?.params).toEqual({ department: '部门d2', roleZh: '审批人', roleEn: 'approver' });
  });

  it('reports duplicated material codes, step keys and form keys at the later entry', () => {
    const item = sampleItem({
      materials: [{ code: 'M01', name: 'a', required: true, deferrable: false }, { code: 'M01', name: 'b', required: false, deferrable: false }],
      form: [{ key: 'x', label: 'x', type: 'text' }, { key: 'y', label: 'y', type: 'text' }, { key: 'x', label: 'z', type: 'text' }],
      steps: [
        { key: 's', name: 'a', kind: 'review', departmentId: 'd1', role: 'handler', workdays: 1 },
        { key: 's', name: 'b', kind: 'decide', departmentId: 'd1', role: 'approver', workdays: 1 },
      ],
    });
    expect(codesOf(publishReasons(item, staffingExcept()))).toEqual([
      'item_material_code_duplicate@materials[1].code', 'item_step_key_duplicate@steps[1].key', 'item_form_key_duplicate@form[2].key',
    ]);
  });

  it('gives every reason at once', () => {
    const item = sampleItem({ statutoryDays: 5, promisedDays: 6, yellowThreshold: 7, materials: [
      { code: 'M', name: 'a', required: true, deferrable: false }, { code: 'M', name: 'b', required: true, deferrable: false },
    ] });
    expect(codesOf(publishReasons(item, staffingExcept('d1:approver'))).sort()).toEqual([
      'item_material_code_duplicate@materials[1].code', 'item_promised_exceeds_statutory@promisedDays', 'item_step_unstaffed@steps[1]',
      'item_steps_exceed_promised@steps', 'item_yellow_threshold_too_large@yellowThreshold',
    ]);
  });

  it('needs at least one step for a promised item', () => {
    expect(codesOf(publishReasons(sampleItem({ steps: [] }), staffingExcept()))).toEqual(['item_steps_missing@steps']);
  });

  it('lets an instant item (promisedDays 0) have no steps, or steps of 0 days, but no days and no parallel step', () => {
    expect(publishReasons(sampleItem({ promisedDays: 0, steps: [] }), staffingExcept())).toEqual([]);
    const sameDay = sampleItem({ promisedDays: 0, steps: [{ key: 'decide', name: '当场决定', kind: 'decide', departmentId: 'd1', role: 'clerk', workdays: 0 }] });
    expect(publishReasons(sameDay, staffingExcept())).toEqual([]);
    const slow = sampleItem({
      promisedDays: 0,
      steps: [{ key: 'joint', name: '并联', kind: 'parallel', departmentId: 'd1', workdays: 1, join: 'all', branches: [{ departmentId: 'd1', role: 'handler' }, { departmentId: 'd2', role: 'handler' }] }],
    });
    expect(codesOf(publishReasons(slow, staffingExcept()))).toEqual(['item_instant_step_days@steps[0].workdays', 'item_instant_parallel@steps[0]']);
  });
});
