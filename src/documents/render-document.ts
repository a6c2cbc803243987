/**
 * The one entry point: a document input in, PDF bytes out. Dispatches on `kind`; the compiler checks that
 * every kind has a renderer.
 */
import { renderAcceptanceNotice } from './kinds/acceptance-notice.js';
import { renderCorrectionNotice } from './kinds/correction-notice.js';
import { renderDecision } from './kinds/decision.js';
import { renderExtensionNotice } from './kinds/extension-notice.js';
import { renderLicense } from './kinds/license.js';
import { renderMonthlyNotice } from './kinds/monthly-notice.js';
import { renderRefusalNotice } from './kinds/refusal-notice.js';
import { renderSuspensionNotice } from './kinds/suspension-notice.js';
import type { DocumentInput } from './types.js';

/**
 * Renders an official document to an A4 PDF with the CJK font embedded (subset), a verification QR code
 * and the agency's electronic seal. The same input gives the same bytes. Throws RangeError on an
 * impossible date or a document without its required content (as a rejected promise).
 */
export async function renderDocument(doc: DocumentInput): Promise<Buffer> {
  switch (doc.kind) {
    case 'acceptance_notice':
      return renderAcceptanceNotice(doc);
    case 'correction_notice':
      return renderCorrectionNotice(doc);
    case 'refusal_notice':
      return renderRefusalNotice(doc);
    case 'suspension_notice':
      return renderSuspensionNotice(doc);
    case 'extension_notice':
      return renderExtensionNotice(doc);
    case 'decision':
      return renderDecision(doc);
    case 'license':
      return renderLicense(doc);
    case 'monthly_notice':
      return renderMonthlyNotice(doc);
    default:
      return unknownKind(doc);
  }
}

function unknownKind(doc: never): never {
  throw new RangeError(`Unknown document kind: ${JSON.stringify((doc as { kind?: unknown }).kind)}`);
}
