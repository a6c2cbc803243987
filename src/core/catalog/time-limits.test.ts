import { describe, expect, it } from 'vitest';
import { toNationalRecord } from './gbt-39046.js';
import { sampleItem } from './testing/sample-item.js';
import { handlingOf, speedUpRate, stepDaysTotal } from './time-limits.js';

describe('time limits and national fields', () => {
  it('computes the speed-up rate (承诺提速率) as (statutory − promised) / statutory', () => {
    expect(speedUpRate(20, 10)).toBe(0.5);
    expect(speedUpRate(20, 0)).toBe(1);
    expect(speedUpRate(30, 7)).toBe(0.7667);
    expect(speedUpRate(20, 20)).toBe(0);
    expect(speedUpRate(0, 0)).toBeNull();
  });

  it('calls promisedDays 0 instant (即办件) and anything else promised (承诺件)', () => {
    expect([handlingOf(0), handlingOf(1)]).toEqual(['instant', 'promised']);
  });

  it('adds step days one after another', () => {
    expect(stepDaysTotal([{ workdays: 2 }, { workdays: 0 }, { workdays: 5 }])).toBe(7);
  });

  it('maps an item to GB/T 39046 field names', () => {
    const record = toNationalRecord({ item: sampleItem({ promisedDays: 0, steps: [], visits: 0, onlineDepth: 4 }), version: 3, status: 'published', departmentName: '市场监管局' });
    expect(record).toMatchObject({
      task_code: 'T-001', task_name: '食品经营许可', task_type: '01', dept_name: '市场监管局', anticipate_day: 20, promise_day: 0,
      project_type: '1', limit_scene_num: 0, online_handle_depth: '1,2,3,4,5,6', is_online: '1', is_fee: '0', task_version: 3, task_state: '1',
    });
    expect(record.materials).toEqual([
      expect.objectContaining({ order_num: 1, material_name: '申请书', is_need: '1', material_format: '1', page_num: 1 }),
      expect.objectContaining({ order_num: 2, material_name: '营业执照' }),
    ]);
  });
});
