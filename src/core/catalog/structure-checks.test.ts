import { describe, expect, it } from 'vitest';
import { checkFormFields, checkSteps, departmentRefs } from './structure-checks.js';

describe('structure of steps and form fields (400 on save)', () => {
  it('asks a single step for its department and role, and nothing of a parallel step', () => {
    expect(checkSteps([{ key: 'a', name: 'a', kind: 'review', workdays: 1, join: 'all' }]).map((e) => `${e.field}:${e.code}`))
      .toEqual(['steps[0].departmentId:required', 'steps[0].role:required', 'steps[0].join:unknown_field']);
  });

  it('asks a parallel step for two branches, a join, and a lead among the branches (牵头部门)', () => {
    const lone = checkSteps([{ key: 'p', name: 'p', kind: 'parallel', workdays: 1, role: 'handler', branches: [{ departmentId: 'd1', role: 'handler' }] }]);
    expect(lone.map((e) => `${e.field}:${e.code}`)).toEqual([
      'steps[0].branches:step_parallel_branches', 'steps[0].join:required', 'steps[0].role:unknown_field', 'steps[0].departmentId:required',
    ]);
    const outsideLead = checkSteps([{
      key: 'p', name: 'p', kind: 'parallel', workdays: 1, join: 'any', departmentId: 'd9',
      branches: [{ departmentId: 'd1', role: 'handler' }, { departmentId: 'd2', role: 'handler' }],
    }]);
    expect(outsideLead).toEqual([{ field: 'steps[0].departmentId', code: 'step_parallel_lead' }]);
  });

  it('keeps each form rule to its type and checks bounds and patterns', () => {
    const errors = checkFormFields([
      { key: 'a', label: 'a', type: 'select' },
      { key: 'b', label: 'b', type: 'number', min: 5, max: 1, pattern: 'x' },
      { key: 'c', label: 'c', type: 'text', minLength: 9, maxLength: 3, pattern: '([' },
      { key: 'd', label: 'd', type: 'date', options: ['x'] },
    ]);
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'form[0].options:required', 'form[1].pattern:unknown_field', 'form[1].max:range_invalid', 'form[2].maxLength:range_invalid',
      'form[2].pattern:regex_invalid', 'form[3].options:unknown_field',
    ]);
  });

  it('lists every department an item names, with the field that names it', () => {
    expect(departmentRefs({
      departmentId: 'd1',
      steps: [
        { key: 'a', name: 'a', kind: 'review', departmentId: 'd1', role: 'handler', workdays: 1 },
        { key: 'p', name: 'p', kind: 'parallel', departmentId: 'd2', workdays: 1, join: 'all', branches: [{ departmentId: 'd2', role: 'handler' }, { departmentId: 'd3', role: 'approver' }] },
      ],
    }).map((r) => `${r.field}=${r.departmentId}`)).toEqual([
      'departmentId=d1', 'steps[0].departmentId=d1', 'steps[1].departmentId=d2', 'steps[1].branches[0].departmentId=d2', 'steps[1].branches[1].departmentId=d3',
    ]);
  });
});
