import { Type, type FastifyPluginAsyncTypebox, type Static, type TSchema } from '@fastify/type-provider-typebox';
import { formatInstant, isAfter } from '../../core/clock/index.js';
import { extendCase } from '../../services/cases/extend-case.js';
import { resumeCase } from '../../services/cases/resume-case.js';
import { suspendCase } from '../../services/cases/suspend-case.js';
import { viewCase } from '../../services/cases/view-case.js';
import { viewCaseClock } from '../../services/cases/view-case-clock.js';
import type { Ctx, Deps } from '../../services/context.js';
import { presentCaseDetail } from '../presenters/case.js';
import { CaseClock, ExtendBody, ResumeBody, SuspendBody } from '../schemas/case-clock.js';
import { CaseDetail } from '../schemas/cases.js';
import { Id, withErrors } from '../schemas/common.js';
import { ctxOf } from '../request-context.js';

const tags = ['cases'];
const params = Type.Object({ id: Id });
const instant = (value: string | null) => (value === null ? null : formatInstant(value));

/** The decision clock of a case in progress: suspend, resume, extend, and their record (DOMAIN.md §5). */
export function caseClockRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    /** Runs a clock operation, then answers with the case as the caller now sees it. */
    function clockAction<B extends TSchema>(action: string, summary: string, body: B, run: (ctx: Ctx, id: string, input: Static<B>) => Promise<unknown>) {
      app.post(`/api/v1/cases/:id/${action}`, { schema: { tags, summary, params, body, response: withErrors({ 200: CaseDetail }) } }, async (request) => {
        const ctx = ctxOf(deps, request);
        await run(ctx, request.params.id, request.body as Static<B>);
        return presentCaseDetail(await viewCase(ctx, request.params.id), false);
      });
    }

    clockAction('suspend', 'Suspend the decision clock for an Art. 45 procedure (handler or approver); the applicant is told in writing', SuspendBody,
      (ctx, id, input) => suspendCase(ctx, id, input));
    clockAction('resume', 'Resume a suspended case (handler or approver): due dates and open step clocks move by the suspended workdays',
      Type.Optional(ResumeBody), (ctx, id, input) => resumeCase(ctx, id, input ?? {}));
    clockAction('extend', 'Extend the decision period once (approver; ≤ 10 workdays, 15 for joint handling); the applicant is told the reason', ExtendBody,
      (ctx, id, input) => extendCase(ctx, id, input));

    app.get('/api/v1/cases/:id/clock', {
      schema: { tags, summary: "A case's suspensions (with expected end and overdue flag) and its extension", params, response: withErrors({ 200: CaseClock }) },
    }, async (request) => {
      const { suspensions, extension } = await viewCaseClock(ctxOf(deps, request), request.params.id);
      const now = deps.clock.now().toISOString();
      return {
        suspensions: suspensions.map((s) => ({
          id: s.id, kind: s.kind, reason: s.reason, pausedOn: s.paused_on, pausedAt: formatInstant(s.paused_at),
          expectedWorkdays: s.expected_workdays === null ? null : Number(s.expected_workdays), expectedEndAt: instant(s.expected_end_at),
          overdue: s.resumed_at === null && s.expected_end_at !== null && isAfter(now, s.expected_end_at),
          resumedOn: s.resumed_on, resumedAt: instant(s.resumed_at), suspendedWorkdays: s.suspended_workdays === null ? null : Number(s.suspended_workdays),
        })),
        extension: extension && {
          workdays: Number(extension.workdays), limit: Number(extension.limit_days), approval: extension.approval, reason: extension.reason,
          approvedBy: extension.approved_by, approvedAt: formatInstant(extension.approved_at), originalDueAt: formatInstant(extension.original_due_at),
          newDueAt: formatInstant(extension.new_due_at),
        },
      };
    });
  };
}
