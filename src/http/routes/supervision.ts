import { type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../../services/context.js';
import { nowIso } from '../../services/context.js';
import { explainOverdueRecord, listOverdueRecordsFor } from '../../services/supervision/overdue-records.js';
import { overdueReport } from '../../services/supervision/overdue-report.js';
import { listWarnings, supervisionBoard } from '../../services/supervision/warnings.js';
import { presentCaseWarning, presentOverdueRecord, presentTaskWarning } from '../presenters/supervision.js';
import { withErrors } from '../schemas/common.js';
import {
  Board, ExplanationBody, OverdueRecord, OverdueRecordList, OverdueRecordQuery, OverdueReport, OverdueReportQuery, RecordParams, WarningList,
  WarningQuery,
} from '../schemas/supervision.js';
import { ctxOf } from '../request-context.js';

const tags = ['supervision'];

/** Electronic supervision (电子监察, DOMAIN.md §7; docs/supervision.md): warnings, board, overdue records, report. */
export function supervisionRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/supervision/warnings', {
      schema: {
        tags, summary: 'Red or yellow cases and tasks in my region (supervisor, admin, analyst); filters: department (subtree), item, handler, kind',
        querystring: WarningQuery, response: withErrors({ 200: WarningList }),
      },
    }, async (request) => {
      const list = await listWarnings(ctxOf(deps, request), request.query);
      return { cases: list.cases.map(presentCaseWarning), tasks: list.tasks.map(presentTaskWarning), totalCases: list.totalCases, totalTasks: list.totalTasks };
    });

    app.get('/api/v1/supervision/board', {
      schema: { tags, summary: 'Red and yellow counts in my region by department and by item (the live board)', response: withErrors({ 200: Board }) },
    }, async (request) => supervisionBoard(ctxOf(deps, request)));

    app.get('/api/v1/supervision/overdue-records', {
      schema: {
        tags, summary: 'Overdue records (超时记录): my region (supervision), or those I and my department answer for (staff, or mine=true)',
        querystring: OverdueRecordQuery, response: withErrors({ 200: OverdueRecordList }),
      },
    }, async (request) => {
      const ctx = ctxOf(deps, request);
      const { records, total } = await listOverdueRecordsFor(ctx, { ...request.query, departmentId: request.query.department });
      return { records: records.map((r) => presentOverdueRecord(r, nowIso(ctx))), total };
    });

    app.post('/api/v1/supervision/overdue-records/:id/explanation', {
      schema: {
        tags, summary: 'Explain an overdue record in writing (超时原因说明), once: its handler or a member of its department',
        params: RecordParams, body: ExplanationBody, response: withErrors({ 200: OverdueRecord }),
      },
    }, async (request) => {
      const ctx = ctxOf(deps, request);
      return presentOverdueRecord(await explainOverdueRecord(ctx, request.params.id, request.body.text), nowIso(ctx));
    });

    app.get('/api/v1/supervision/overdue-report', {
      schema: {
        tags, summary: 'Overdue records of a period (first overdue day, inclusive) by department and handler, with the explanations',
        querystring: OverdueReportQuery, response: withErrors({ 200: OverdueReport }),
      },
    }, async (request) => {
      const report = await overdueReport(ctxOf(deps, request), request.query);
      return {
        ...report,
        departments: report.departments.map((d) => ({
          ...d, handlers: d.handlers.map(({ entries, ...h }) => ({ ...h, records: entries.map((e) => presentOverdueRecord(e.source, report.generatedAt)) })),
        })),
      };
    });
  };
}
