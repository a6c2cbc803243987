import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/documents/pdf/wrap.js';

// Every character one unit wide keeps the expectations readable.
const measure = (text: string): number => Array.from(text).length;

describe('wrapping Chinese text', () => {
  it('breaks between ideographs, not only at spaces', () => {
    const lines = wrapText('根据中华人民共和国行政许可法的规定本机关决定予以受理', 10, measure);
    expect(lines.map((l) => l.text)).toEqual(['根据中华人民共和国行', '政许可法的规定本机关', '决定予以受理']);
    expect(lines.map((l) => l.justify)).toEqual([true, true, false]);
  });

  it('never starts a line with closing punctuation nor ends one with an opening bracket (GB/T 15834)', () => {
    const text = '申请材料齐全，符合法定形式。请于期限内（二十个工作日）补正，逾期未补正的，视为放弃申请。';
    for (const width of [5, 6, 7, 8, 9, 10, 11, 12]) {
      const lines = wrapText(text, width, measure);
      expect(lines.map((l) => l.text).join('')).toBe(text);
      for (const line of lines) {
        expect(line.text).not.toMatch(/^[，。、；：）》”]/);
        expect(line.text).not.toMatch(/[（《“]$/);
        expect(measure(line.text)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('moves a number or code to the next line whole, and breaks one longer than a line by character', () => {
    expect(wrapText('监督电话010-85991234', 12, measure).map((l) => l.text)).toEqual(['监督电话', '010-85991234']);
    const lines = wrapText('办件编号110105-20260302-0001已受理', 12, measure);
    expect(lines.map((l) => l.text)).toEqual(['办件编号110105-2', '0260302-0001', '已受理']);
  });

  it('indents the first line of every paragraph and keeps paragraphs apart', () => {
    const lines = wrapText('一二三四五六\n七八', 4, measure, 2);
    expect(lines.map((l) => [l.text, l.first])).toEqual([['一二', true], ['三四五六', false], ['七八', true]]);
  });
});
