/** Electronic licenses (电子证照): the case panel, and the public verification routes. */
export { LicensePanel } from './components/license-panel';
export { LICENSE_ROUTES } from './routes';
