import { App, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';

/**
 * Runs one workbench action: on success a toast and `refresh`. On 409 (someone acted first: the task is
 * closed or claimed, the case moved on), 403 or 404 (the task went to someone else, or is gone) the page was
 * stale: a warning says so and `refresh` shows the state that won. Other failures go onto the form's fields
 * or into a toast. Resolves whether the dialog that asked for the action may close.
 */
export function useRunAction(refresh: () => void) {
  const t = useT();
  const { message } = App.useApp();
  const report = useReportError();
  const [busy, setBusy] = useState<string | null>(null);

  const run = useCallback(
    async <T,>(key: string, work: () => Promise<T>, success: (result: T) => string, form?: FormInstance): Promise<boolean> => {
      setBusy(key);
      try {
        const result = await work();
        void message.success(success(result));
        refresh();
        return true;
      } catch (error) {
        if (error instanceof ApiError && [403, 404, 409].includes(error.status)) {
          void message.warning(t('wb.conflict', { message: error.message.replace(/[。.]$/, '') }));
          refresh();
          return true;
        }
        report(error, form);
        return false;
      } finally {
        setBusy(null);
      }
    },
    [message, refresh, report, t],
  );
  return { run, busy };
}
