import type { FieldMessageCode } from '../errors.js';

/**
 * Why a subscription's target URL is unacceptable, or null. Only http and https: other schemes
 * (file:, ftp:, javascript:) are no place to POST to. No user name or password in the URL: it would
 * be shown in lists and logs; receivers authenticate deliveries by their signature instead.
 */
export function targetUrlProblem(raw: string): FieldMessageCode | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url_invalid';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'url_invalid';
  if (url.username !== '' || url.password !== '' || url.hostname === '') return 'url_invalid';
  return null;
}
