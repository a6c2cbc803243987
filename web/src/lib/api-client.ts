import type { FormInstance } from 'antd';
import { getLang, translate } from './i18n';

/** One bad field as the server reports it (API.md error shape). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A failed request: the server's `{"error":{"code","message","fields"}}`, or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Leave a 401 to the caller (login, the session probe) instead of sending the user to sign in. */
  allowUnauthorized?: boolean;
  signal?: AbortSignal;
}

let onUnauthorized: () => void = () => {};

/** Called on any 401 that the caller did not expect: the session ended, so sign in again. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; fields?: FieldProblem[] } };
    if (body.error) {
      return new ApiError(response.status, body.error.code ?? 'unknown', body.error.message ?? response.statusText, body.error.fields ?? []);
    }
  } catch {
    // Not JSON (a proxy's error page): fall through to the status line.
  }
  return new ApiError(response.status, 'http.' + response.status, `${response.status} ${response.statusText}`);
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLang() === 'en' ? 'en' : 'zh-CN' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    // The session is an HttpOnly cookie set by the server, so no bearer token is kept in the page.
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'include',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', translate(getLang(), 'common.networkError'));
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !options.allowUnauthorized) onUnauthorized();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The JSON API under /api, with the session cookie and the UI language on every call. */
export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) => request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'body'>) => request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'body'>) => request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('DELETE', path, options),
};

/** `materials[1].code` → ['materials', 1, 'code'], the antd form name path. */
export function toNamePath(field: string): (string | number)[] {
  return field
    .replace(/^\//, '')
    .split(/[.[\]/]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows the server's field errors on the form's fields. `aliases` maps a server field to the form
 * field that shows it (`absence.from` → `absence`). Returns the problems no form field could show,
 * so the caller can put them in a message.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  aliases: Record<string, string> = {},
): FieldProblem[] {
  if (!(error instanceof ApiError)) return [];
  const registered = new Set(Object.keys(form.getFieldsValue() as Record<string, unknown>));
  const byField = new Map<string, string[]>();
  const unshown: FieldProblem[] = [];
  for (const problem of error.fields) {
    const path = toNamePath(aliases[problem.field] ?? problem.field);
    const top = path[0];
    if (typeof top === 'string' && registered.has(top)) {
      const key = JSON.stringify(path);
      byField.set(key, [...(byField.get(key) ?? []), problem.message]);
    } else {
      unshown.push(problem);
    }
  }
  form.setFields([...byField].map(([key, errors]) => ({ name: JSON.parse(key) as (string | number)[], errors })));
  return unshown;
}
