/**
 * Where a guide (办事指南) lives on the public site. The QR code of a guide (码上告知) encodes this
 * URL, and the web app serves the page at the same path, so both import it from here.
 */
export const GUIDE_PATH_PREFIX = '/guide/';

/** The site path of an item's public guide. */
export function guidePath(code: string): string {
  return `${GUIDE_PATH_PREFIX}${encodeURIComponent(code)}`;
}

/** The absolute guide URL under a site origin such as `https://zwfw.nc.gov.cn`. */
export function guideUrl(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}${guidePath(code)}`;
}
