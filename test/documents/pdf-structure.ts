/**
 * Reads a rendered PDF back with pdf-lib: its pages, the fonts its pages use, and whether they are embedded.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';

/** What a PDF holds, as far as the tests care. */
export interface PdfSummary {
  readonly pageCount: number;
  /** BaseFont names of the fonts the pages use, e.g. `/BAJJBA+NotoSerifSC-Regular`. */
  readonly fonts: readonly string[];
  /** Whether every composite font carries its glyphs (a FontFile2 stream). */
  readonly fontsEmbedded: boolean;
  readonly creationDate: Date | undefined;
}

/** Parses the PDF (throws when it is not one) and summarises it. */
export async function summarise(bytes: Buffer): Promise<PdfSummary> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const fonts = new Set<string>();
  let fontsEmbedded = true;
  for (const page of pdf.getPages()) {
    const resources = page.node.Resources();
    const fontDict = resources?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [, ref] of fontDict?.entries() ?? []) {
      const font = pdf.context.lookup(ref, PDFDict);
      fonts.add(String(font.get(PDFName.of('BaseFont'))));
      const descendant = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict);
      const descriptor = descendant?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
      if (!descriptor?.get(PDFName.of('FontFile2'))) fontsEmbedded = false;
    }
  }
  return { pageCount: pdf.getPageCount(), fonts: [...fonts], fontsEmbedded, creationDate: pdf.getCreationDate() };
}
