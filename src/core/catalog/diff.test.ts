import { describe, expect, it } from 'vitest';
import { diffContents, sameContent } from './diff.js';
import { sampleItem } from './testing/sample-item.js';

describe('field-level diff of two versions', () => {
  it('finds nothing between equal contents, whatever the key order, and takes undefined as absent', () => {
    const a = sampleItem();
    expect(diffContents(a, Object.fromEntries(Object.entries(a).reverse()))).toEqual([]);
    expect(sameContent(a, { ...a, feeNote: undefined })).toBe(true);
  });

  it('reports changed scalars by name', () => {
    expect(diffContents(sampleItem(), sampleItem({ promisedDays: 8, name: '新名称' }))).toEqual([
      { path: 'name', kind: 'changed', before: '食品经营许可', after: '新名称' },
      { path: 'promisedDays', kind: 'changed', before: 10, after: 8 },
    ]);
  });

  it('matches materials by code and steps by key, so an insertion is one addition', () => {
    const before = sampleItem();
    const after = sampleItem({
      materials: [
        { code: 'M00', name: '委托书', required: false, deferrable: false },
        { code: 'M01', name: '申请书', required: true, deferrable: false },
        { code: 'M02', name: '营业执照', required: true, deferrable: false },
      ],
      steps: [{ key: 'decide', name: '决定', kind: 'decide', departmentId: 'd1', role: 'approver', workdays: 3 }],
    });
    expect(diffContents(before, after)).toEqual([
      { path: 'materials[M02].deferrable', kind: 'changed', before: true, after: false },
      { path: 'materials[M00]', kind: 'added', after: { code: 'M00', name: '委托书', required: false, deferrable: false, form: 'paper', copies: 1 } },
      { path: 'steps[review]', kind: 'removed', before: before.steps[0] },
    ]);
  });

  it('compares plain lists by position and reports optional fields appearing and disappearing', () => {
    const changes = diffContents(sampleItem({ conditions: ['a', 'b'] }), sampleItem({ conditions: ['a', 'c', 'd'], contactPhone: '12345' }));
    expect(changes).toEqual([
      { path: 'conditions[1]', kind: 'changed', before: 'b', after: 'c' },
      { path: 'conditions[2]', kind: 'added', after: 'd' },
      { path: 'contactPhone', kind: 'added', after: '12345' },
    ]);
  });
});
