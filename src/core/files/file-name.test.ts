import { describe, expect, it } from 'vitest';
import { isPreviewable } from './file-kinds.js';
import { contentDisposition, MAX_NAME_LENGTH, sanitizeFileName } from './file-name.js';

describe('uploaded file names are cleaned before they are stored', () => {
  it('keeps an ordinary Chinese name as it is', () => {
    expect(sanitizeFileName('营业执照副本.pdf')).toBe('营业执照副本.pdf');
  });

  it('drops any path, so a name never points outside its folder', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\张三\\身份证.jpg')).toBe('身份证.jpg');
  });

  it('removes control and bidi-override characters that disguise an extension', () => {
    expect(sanitizeFileName('invoice\u202Egpj.exe')).toBe('invoicegpj.exe');
    expect(sanitizeFileName('a\u0000b\nc.pdf')).toBe('abc.pdf');
  });

  it('replaces reserved characters, trims, and never leaves a name empty or hidden', () => {
    expect(sanitizeFileName(' 申请表<1>?.docx ')).toBe('申请表_1__.docx');
    expect(sanitizeFileName('...')).toBe('file');
    expect(sanitizeFileName('.htaccess')).toBe('htaccess');
    expect(sanitizeFileName('')).toBe('file');
  });

  it('shortens a long name from the front so the extension stays', () => {
    const long = `${'长'.repeat(300)}.pdf`;
    const kept = sanitizeFileName(long);
    expect([...kept]).toHaveLength(MAX_NAME_LENGTH);
    expect(kept.endsWith('.pdf')).toBe(true);
  });
});

describe('stored files are served for preview or download', () => {
  it('previews images and PDF in place and downloads the rest', () => {
    expect(isPreviewable('application/pdf')).toBe(true);
    expect(isPreviewable('image/png')).toBe(true);
    expect(isPreviewable('application/ofd')).toBe(false);
    expect(isPreviewable('text/html')).toBe(false);
  });

  it('carries a Chinese name in filename* and an ASCII stand-in in filename', () => {
    expect(contentDisposition('身份证 (正面).jpg', true))
      .toBe(`inline; filename="___ (__).jpg"; filename*=UTF-8''%E8%BA%AB%E4%BB%BD%E8%AF%81%20%28%E6%AD%A3%E9%9D%A2%29.jpg`);
    expect(contentDisposition('a"b.xlsx', false)).toBe(`attachment; filename="a_b.xlsx"; filename*=UTF-8''a%22b.xlsx`);
  });
});
