import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../../services/context.js';
import { exportFigures, exportTrend } from '../../services/statistics/exports.js';
import { statisticsFigures } from '../../services/statistics/figures.js';
import { statisticsTrend } from '../../services/statistics/trend.js';
import { withErrors } from '../schemas/common.js';
import { FiguresQuery, FiguresTable, Trend, TrendQuery, XLSX } from '../schemas/statistics.js';
import { ctxOf } from '../request-context.js';

const tags = ['statistics'];
const xlsx = withErrors({ 200: Type.String({ description: XLSX }) });

/** Statistics (DOMAIN.md §9; docs/statistics.md): the figures by group, the trend, and both as Excel. */
export function statisticsRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/statistics/figures', {
      schema: {
        tags, querystring: FiguresQuery, response: withErrors({ 200: FiguresTable }),
        summary: 'Every §9 figure of a span of dates by department, item, channel, staff member or region, with the total (analyst, supervisor, admin; their region)',
      },
    }, async (request) => statisticsFigures(ctxOf(deps, request), request.query));

    app.get('/api/v1/statistics/figures.xlsx', {
      schema: { tags, querystring: FiguresQuery, response: xlsx, summary: 'The figures table as Excel (the same query and rows as /statistics/figures)' },
    }, async (request, reply) => {
      const bytes = await exportFigures(ctxOf(deps, request), request.query);
      const { from, to, groupBy = 'department' } = request.query;
      return reply.type(XLSX).header('content-disposition', `attachment; filename="figures-${groupBy}-${from}-${to}.xlsx"`).send(bytes);
    });

    app.get('/api/v1/statistics/trend', {
      schema: {
        tags, querystring: TrendQuery, response: withErrors({ 200: Trend }),
        summary: 'Every §9 figure per day, ISO week or month of a span of dates (Asia/Shanghai), empty periods included',
      },
    }, async (request) => statisticsTrend(ctxOf(deps, request), request.query));

    app.get('/api/v1/statistics/trend.xlsx', {
      schema: { tags, querystring: TrendQuery, response: xlsx, summary: 'The trend as Excel' },
    }, async (request, reply) => {
      const bytes = await exportTrend(ctxOf(deps, request), request.query);
      const { granularity, from, to } = request.query;
      return reply.type(XLSX).header('content-disposition', `attachment; filename="trend-${granularity}-${from}-${to}.xlsx"`).send(bytes);
    });
  };
}
