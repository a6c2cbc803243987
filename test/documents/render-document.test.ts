import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/documents/index.js';
import { acceptance, expectedText, samples } from './fixtures.js';
import { summarise } from './pdf-structure.js';
import { itWithPoppler, pageImage, pdfText } from './poppler.js';

// jsqr is CommonJS with an ES-style `default` in its types; under NodeNext the function is at `.default`.
const jsQR = jsQRModule.default;

describe.each(Object.entries(samples))('%s', (name, input) => {
  it('renders a PDF that parses back with at least one page', async () => {
    const pdf = await renderDocument(input);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await summarise(pdf)).pageCount).toBeGreaterThanOrEqual(1);
  });

  it('embeds a subset of the CJK font, keeping the file small', async () => {
    const pdf = await renderDocument(input);
    const { fonts, fontsEmbedded } = await summarise(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    // Every font is a subset (ABCDEF+ tag) of Noto Serif SC: nothing falls back to a Latin standard font.
    for (const font of fonts) expect(font).toMatch(/^\/[A-Z]{6}\+NotoSerifSC-(Regular|Bold)$/);
    expect(fontsEmbedded).toBe(true);
    expect(pdf.length).toBeLessThan(150_000);
  });

  it('gives the same bytes for the same input, dated by the input', async () => {
    const [a, b] = await Promise.all([renderDocument(input), renderDocument(input)]);
    expect(a.equals(b)).toBe(true);
    expect((await summarise(a)).creationDate?.toISOString()).toBe(new Date(`${input.issuedOn}T00:00:00+08:00`).toISOString());
  });

  itWithPoppler('shows its Chinese text, the QR caption and the electronic seal', async () => {
    const text = pdfText(await renderDocument(input));
    for (const expected of [...(expectedText[name] ?? []), '扫码查验', '电子印章', '查验网址']) {
      expect(text).toContain(expected);
    }
  });

  itWithPoppler('has a QR code that decodes back to its verification URL', async () => {
    const png = PNG.sync.read(pageImage(await renderDocument(input), 150));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(input.verifyUrl);
  });
});

describe('acceptance notice (行政许可法 第三十二条)', () => {
  itWithPoppler('tells an instant item that it is decided on the spot, with no due date', async () => {
    const text = pdfText(await renderDocument({ ...acceptance, promisedDays: 0, deferredMaterials: undefined }));
    expect(text).toContain('即办件，当场办结');
    expect(text).not.toContain('个工作日内');
  });

  itWithPoppler('names the deferred materials and their date (容缺受理)', async () => {
    const text = pdfText(await renderDocument(acceptance));
    expect(text).toContain('容缺受理');
    expect(text).toContain('从业人员健康证明');
    expect(text).toContain('2026年3月9日前补交');
  });
});
