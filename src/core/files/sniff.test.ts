import { describe, expect, it } from 'vitest';
import { detectFileKind, sniffHead, TAIL_BYTES } from './sniff.js';
import { zipEntryNames } from './zip.js';
import { sampleDocx, sampleExe, sampleJpeg, sampleOfd, samplePdf, samplePng, sampleXlsx, sampleZip } from './testing/samples.js';

const detect = (bytes: Uint8Array) => detectFileKind(bytes.subarray(0, 8), bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)));
const text = (s: string) => new TextEncoder().encode(s);

describe('file kinds are recognised by content', () => {
  it('recognises PDF, PNG and JPEG by their signatures', () => {
    expect(detect(samplePdf())).toBe('pdf');
    expect(detect(samplePng())).toBe('png');
    expect(detect(sampleJpeg())).toBe('jpeg');
  });

  it('tells OFD, DOCX and XLSX packages apart by the entries of their zip directory', () => {
    expect(detect(sampleOfd())).toBe('ofd');
    expect(detect(sampleDocx())).toBe('docx');
    expect(detect(sampleXlsx())).toBe('xlsx');
  });

  it('refuses a plain zip, an executable, text, and an empty file', () => {
    expect(detect(sampleZip({ 'readme.txt': 'hello' }))).toBeNull();
    expect(detect(sampleExe())).toBeNull();
    expect(detect(text('%PD'))).toBeNull();
    expect(detect(text('just some text that names itself report.pdf'))).toBeNull();
    expect(detect(new Uint8Array())).toBeNull();
  });

  it('needs the signature at the very start, not somewhere inside', () => {
    expect(sniffHead(text(' %PDF-1.7'))).toBeNull();
    expect(sniffHead(text('%PDF-1.7'))).toBe('pdf');
  });

  it('refuses a zip whose directory is cut off or corrupt', () => {
    const docx = sampleDocx();
    expect(detect(docx.subarray(0, docx.length - 30))).toBeNull();
    const broken = Uint8Array.from(docx);
    const directorySize = new DataView(broken.buffer).getUint32(broken.length - 22 + 12, true);
    broken.set([0, 0, 0, 0], broken.length - 22 - directorySize); // the first central header's signature
    expect(zipEntryNames(broken)).toBeNull();
  });

  it('reads a directory that follows an archive comment and ignores entries beyond the tail', () => {
    const zip = sampleXlsx();
    const comment = text('生成者: 通办');
    const withComment = new Uint8Array(zip.length + comment.length);
    withComment.set(zip);
    withComment.set(comment, zip.length);
    new DataView(withComment.buffer).setUint16(zip.length - 2, comment.length, true);
    expect(zipEntryNames(withComment)).toEqual(['[Content_Types].xml', 'xl/workbook.xml']);
    expect(zipEntryNames(withComment.subarray(withComment.length - 40))).toBeNull();
  });
});
