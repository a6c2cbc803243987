import { describe, expect, it } from 'vitest';
import { renderDocument, type DocumentInput } from '../../src/documents/index.js';
import { acceptance, correction, samples } from './fixtures.js';

describe('inputs a document cannot be made from', () => {
  it('rejects a correction notice without problems (it must list every one)', async () => {
    await expect(renderDocument({ ...correction(1), problems: [] })).rejects.toThrow(RangeError);
  });

  it('rejects a denial without reasons (行政许可法 第三十八条)', async () => {
    const denied = samples['decision-denied'];
    if (denied?.kind !== 'decision' || denied.outcome !== 'denied') throw new Error('fixture');
    await expect(renderDocument({ ...denied, reasons: [] })).rejects.toThrow(/第三十八条/);
  });

  it('rejects impossible dates instead of printing them', async () => {
    await expect(renderDocument({ ...acceptance, dueDate: '2026-02-30' })).rejects.toThrow(RangeError);
    await expect(renderDocument({ ...acceptance, acceptedAt: 'yesterday' })).rejects.toThrow(RangeError);
  });

  it('rejects an unknown kind', async () => {
    const unknown = { ...acceptance, kind: 'memo' } as unknown as DocumentInput;
    await expect(renderDocument(unknown)).rejects.toThrow(/Unknown document kind/);
  });

});
