/**
 * Official documents as PDFs: acceptance, correction, refusal, suspension and extension notices, decisions
 * and electronic licenses. See docs/documents.md.
 */
export { renderDocument } from './render-document.js';
export { formatDate, formatDocumentNo, formatInstant } from './format.js';
export type * from './types.js';
