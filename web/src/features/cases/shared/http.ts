import { ApiError, type FieldProblem } from '@/lib/api-client';
import { getLang, translate } from '@/lib/i18n';

/** The Accept-Language the shared API client sends, for the few requests it cannot make. */
export function acceptLanguage(): string {
  return getLang() === 'en' ? 'en' : 'zh-CN';
}

/** Turns a failed answer's body (API.md error shape) into the ApiError the rest of the app handles. */
export function apiErrorOf(status: number, statusText: string, bodyText: string): ApiError {
  try {
    const body = JSON.parse(bodyText) as { error?: { code?: string; message?: string; fields?: FieldProblem[] } };
    if (body.error) return new ApiError(status, body.error.code ?? 'unknown', body.error.message ?? statusText, body.error.fields ?? []);
  } catch {
    // Not JSON (a proxy's error page): fall through to the status line.
  }
  return new ApiError(status, `http.${status}`, `${status} ${statusText}`);
}

/** The error of a request that never got an answer. */
export function networkError(): ApiError {
  return new ApiError(0, 'network', translate(getLang(), 'common.networkError'));
}
