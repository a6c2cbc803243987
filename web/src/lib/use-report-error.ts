import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError, applyFieldErrors } from './api-client';

/**
 * Reports a failed request: field errors go onto the form's fields, the request's message goes into
 * a toast. A 401 is left alone, since the client has already sent the user to sign in.
 */
export function useReportError(): (error: unknown, form?: FormInstance, aliases?: Record<string, string>) => void {
  const { message } = App.useApp();
  return useCallback(
    (error, form, aliases) => {
      if (error instanceof ApiError && error.status === 401 && error.code === 'auth.required') return;
      const unshown = form ? applyFieldErrors(form, error, aliases) : error instanceof ApiError ? [...error.fields] : [];
      const text = error instanceof Error ? error.message : String(error);
      const details = unshown.map((problem) => `${problem.field}: ${problem.message}`).join('；');
      void message.error(details ? `${text}（${details}）` : text);
    },
    [message],
  );
}
