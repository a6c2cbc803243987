import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { renderDocument } from '../../documents/index.js';
import type { Deps } from '../../services/context.js';
import { monthlyNoticeData, monthlyNoticeDocument } from '../../services/statistics/monthly-notice.js';
import { exportOverdueReport, exportWarningBoard, monthlyNoticeWorkbook } from '../../services/statistics/supervision-workbooks.js';
import { withErrors } from '../schemas/common.js';
import { XLSX } from '../schemas/statistics.js';
import { OverdueReportQuery } from '../schemas/supervision.js';
import { MonthlyNoticeQuery, PDF } from '../schemas/supervision-reports.js';
import { ctxOf } from '../request-context.js';

const tags = ['supervision'];
const file = (type: string) => withErrors({ 200: Type.String({ description: type }) });

/** Supervision's reports as files (DOMAIN.md §7): the monthly notice (通报) as PDF and Excel, the overdue report and the board as Excel. */
export function supervisionReportRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/supervision/monthly-notice.pdf', {
      schema: {
        tags, querystring: MonthlyNoticeQuery, response: file(PDF),
        summary: "The month's notice (通报) of a region as PDF: figures by department, overdue records with explanations, red-blue board (supervisor, admin, analyst)",
      },
    }, async (request, reply) => {
      const data = await monthlyNoticeData(ctxOf(deps, request), request.query);
      const pdf = await renderDocument(monthlyNoticeDocument(data, `${request.protocol}://${request.host}`));
      return reply.type(PDF).header('content-disposition', `inline; filename="monthly-notice-${data.region.code}-${data.month}.pdf"`).send(pdf);
    });

    app.get('/api/v1/supervision/monthly-notice.xlsx', {
      schema: { tags, querystring: MonthlyNoticeQuery, response: file(XLSX), summary: "The month's notice as Excel (the same data as the PDF)" },
    }, async (request, reply) => {
      const data = await monthlyNoticeData(ctxOf(deps, request), request.query);
      return reply.type(XLSX).header('content-disposition', `attachment; filename="monthly-notice-${data.region.code}-${data.month}.xlsx"`)
        .send(await monthlyNoticeWorkbook(data));
    });

    app.get('/api/v1/supervision/overdue-report.xlsx', {
      schema: { tags, querystring: OverdueReportQuery, response: file(XLSX), summary: 'The overdue report of a period as Excel: by department and handler, and every record with its explanation' },
    }, async (request, reply) => {
      const bytes = await exportOverdueReport(ctxOf(deps, request), request.query);
      return reply.type(XLSX).header('content-disposition', `attachment; filename="overdue-report-${request.query.from}-${request.query.to}.xlsx"`).send(bytes);
    });

    app.get('/api/v1/supervision/board.xlsx', {
      schema: { tags, response: file(XLSX), summary: 'The live board (red and yellow by department and by item) as Excel' },
    }, async (request, reply) => reply.type(XLSX).header('content-disposition', 'attachment; filename="supervision-board.xlsx"')
      .send(await exportWarningBoard(ctxOf(deps, request))));
  };
}
