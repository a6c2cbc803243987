/**
 * An A4 page set with a cursor: text is laid out line by line (wrapText), and a new page starts when a
 * block does not fit. Every renderer writes through this class, so type sizes, margins and page breaks
 * are the same in every document.
 */
import PDFDocument from 'pdfkit';
import { FONT, IDEOGRAPH_CENTRE_EM, fontBytes, type FontFace } from './fonts.js';
import { wrapText, type WrappedLine } from './wrap.js';

/** Points per millimetre. */
export const MM = 72 / 25.4;

// GB/T 9704-2012 5.2.1 puts the text block 28 mm from the left edge and 26 mm from the right; top and
// bottom are tighter than its 37 mm because our header carries the agency name itself.
const MARGIN = { top: 22 * MM, bottom: 22 * MM, left: 28 * MM, right: 26 * MM };

/** Type sizes in points: body 四号-ish for reading on paper and on a phone. */
export const SIZE = { title: 22, agency: 15, heading: 13, body: 12.5, small: 10, tiny: 8 } as const;
/** Line height as a multiple of the type size (Chinese text needs more leading than Latin). */
export const LEADING = 1.7;

/** How to set a block of text. */
export interface TextStyle {
  readonly size?: number;
  readonly face?: FontFace;
  readonly color?: string;
  /** First-line indent in ems; 2 is the Chinese paragraph indent (首行缩进两字). */
  readonly indent?: number;
  readonly align?: 'justify' | 'center' | 'right';
  /** Line height as a multiple of the size; defaults to LEADING. */
  readonly leading?: number;
  readonly x?: number;
  readonly width?: number;
}

/** PDF metadata; `createdAt` comes from the input so the same input gives the same bytes. */
export interface SheetInfo {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly createdAt: Date;
}

/** The page set and the cursor `y`, in points from the top of the current page. */
export class Sheet {
  readonly doc: PDFKit.PDFDocument;
  readonly left = MARGIN.left;
  readonly width: number;
  readonly top = MARGIN.top;
  readonly bottom: number;
  y = MARGIN.top;

  constructor(info: SheetInfo) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      // The translucent seal needs transparency, which PDF 1.4 introduced; pdfkit defaults to 1.3.
      pdfVersion: '1.7',
      bufferPages: true,
      lang: 'zh-CN',
      displayTitle: true,
      info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: 'Tongban 通办',
        Producer: 'Tongban 通办 (PDFKit)', CreationDate: info.createdAt, ModDate: info.createdAt },
    });
    this.doc.registerFont(FONT.regular, fontBytes(FONT.regular));
    this.doc.registerFont(FONT.bold, fontBytes(FONT.bold));
    this.width = this.doc.page.width - MARGIN.left - MARGIN.right;
    this.bottom = this.doc.page.height - MARGIN.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) {
      this.doc.addPage();
      this.y = this.top;
    }
  }

  /** Wraps text into lines as the given style would set it. */
  wrap(text: string, style: TextStyle = {}): WrappedLine[] {
    const size = style.size ?? SIZE.body;
    this.doc.font(style.face ?? FONT.regular).fontSize(size);
    return wrapText(text, style.width ?? this.width, (s) => this.doc.widthOfString(s), (style.indent ?? 0) * size);
  }

  /** Sets a block of text at the cursor, line by line, breaking pages between lines. */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? SIZE.body;
    const lineHeight = size * (style.leading ?? LEADING);
    for (const line of this.wrap(text, style)) {
      this.ensure(lineHeight);
      this.line(line, this.y, { ...style, size }, line.first ? (style.indent ?? 0) * size : 0);
      this.y += lineHeight;
    }
  }

  /** Draws one wrapped line in a line box whose top is `top`, centring the ideographs vertically. */
  line(line: WrappedLine, top: number, style: TextStyle, firstIndent = 0): void {
    const size = style.size ?? SIZE.body;
    const x0 = style.x ?? this.left;
    const boxWidth = style.width ?? this.width;
    const slack = boxWidth - firstIndent - line.width;
    const chars = Array.from(line.text).length;
    // Spread characters to both margins when the line is nearly full (a character pushed down by 避头尾);
    // a line left short by a long unbreakable run or a narrow cell stays ragged rather than gappy.
    const perGap = chars > 1 ? slack / (chars - 1) : 0;
    const spacing = (style.align ?? 'justify') === 'justify' && line.justify && perGap < size * 0.12 ? perGap : 0;
    const x = style.align === 'center' ? x0 + slack / 2 : style.align === 'right' ? x0 + slack : x0 + firstIndent;
    this.doc.font(style.face ?? FONT.regular).fontSize(size).fillColor(style.color ?? '#000000')
      .text(line.text, x, top + (size * (style.leading ?? LEADING)) / 2 - size * IDEOGRAPH_CENTRE_EM, { lineBreak: false, characterSpacing: spacing });
  }

  /** Moves the cursor down. */
  gap(points: number): void {
    this.y += points;
  }

  /** Prints `note` and 第 N 页 共 M 页 at the foot of every page, then closes the PDF. */
  finish(note: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    const { start, count } = this.doc.bufferedPageRange();
    const style = { size: SIZE.tiny, color: '#555555' } as const;
    for (let page = start; page < start + count; page += 1) {
      this.doc.switchToPage(page);
      const top = this.bottom + 4 * MM;
      const pages = `第 ${page - start + 1} 页 共 ${count} 页`;
      const pagesLine = this.wrap(pages, style)[0];
      // A note too long for one line (a very long URL) is cut with an ellipsis; the QR code holds it whole.
      const [noteLine, more] = this.wrap(note, { ...style, width: this.width - 35 * MM });
      if (noteLine) this.line({ ...noteLine, text: more ? `${noteLine.text}…` : noteLine.text, justify: false }, top, style);
      if (pagesLine) this.line(pagesLine, top, { ...style, align: 'right' });
    }
    this.doc.end();
    return done;
  }
}
