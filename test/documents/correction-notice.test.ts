import { describe, expect } from 'vitest';
import { renderDocument } from '../../src/documents/index.js';
import { correction } from './fixtures.js';
import { summarise } from './pdf-structure.js';
import { itWithPoppler, pdfText } from './poppler.js';

// Rows marked M<n>X (material) and R<n>S … R<n>E (problem, wrapping over several lines in its cell):
// markers are Latin runs, which never break, so each can be found in the extracted text of one page.
const longList = {
  ...correction(1),
  problems: Array.from({ length: 40 }, (_, i) => ({
    material: `M${i + 1}X 经营场所平面布局图`,
    problem: `R${i + 1}S 未标明食品处理区、就餐区、清洗消毒区的面积和相对位置，请按审查通则补充标注后重新提交 R${i + 1}E`,
  })),
};

describe('correction notice (一次性告知: every problem reaches the applicant)', () => {
  itWithPoppler('wraps a long problem list onto further pages, repeating the header, without losing a row', async () => {
    const pdf = await renderDocument(longList);
    const { pageCount } = await summarise(pdf);
    expect(pageCount).toBeGreaterThanOrEqual(2);
    const pages = Array.from({ length: pageCount }, (_, i) => pdfText(pdf, i + 1));

    expect(pages.join('')).toContain('共40项');
    for (let n = 1; n <= 40; n += 1) {
      // Each row is on exactly one page, whole: its material, and the start and end of its problem.
      const holding = pages.filter((page) => page.includes(`M${n}X`));
      expect(holding, `row ${n}`).toHaveLength(1);
      expect(holding[0]).toContain(`R${n}S`);
      expect(holding[0]).toContain(`R${n}E`);
    }
    for (const page of pages.filter((p) => p.includes('M'))) expect(page).toContain('存在问题及补正要求');
    // The period and the sign-off come after the last row.
    const last = pages.at(-1) ?? '';
    expect(last).toContain('2026年3月31日');
    expect(last).toContain('电子印章');
    for (const [i, page] of pages.entries()) expect(page).toContain(`第${i + 1}页共${pageCount}页`);
  });
});
