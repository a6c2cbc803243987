import { Type, type FastifyPluginAsyncTypebox, type Static, type TSchema } from '@fastify/type-provider-typebox';
import { CASE_STATUSES, type CaseStatus } from '../../core/cases/status.js';
import { invalidFields } from '../../core/errors.js';
import { acceptCase } from '../../services/cases/accept-case.js';
import { issueCorrectionNotice } from '../../services/cases/issue-correction-notice.js';
import { refuseCase } from '../../services/cases/refuse-case.js';
import { resubmitCase } from '../../services/cases/resubmit-case.js';
import { submitCase } from '../../services/cases/submit-case.js';
import { supplyDeferred } from '../../services/cases/supply-deferred.js';
import { renderDocument } from '../../documents/index.js';
import { CASE_DOCUMENT_KINDS, caseDocument } from '../../services/cases/case-documents.js';
import { publicProgress } from '../../services/cases/public-progress.js';
import { listCasesFor, viewCase } from '../../services/cases/view-case.js';
import { withdrawCase } from '../../services/cases/withdraw-case.js';
import type { Ctx, Deps } from '../../services/context.js';
import { presentCaseDetail, presentCaseSummary } from '../presenters/case.js';
import {
  AcceptBody, CaseDetail, CaseListQuery, CaseSummary, CorrectionNoticeBody, PublicProgress, RefuseBody, ResubmitBody, SubmitCase, SubmitCaseResult,
  WithdrawBody,
} from '../schemas/cases.js';
import { Id, withErrors, withLookupErrors } from '../schemas/common.js';
import { ctxOf } from '../request-context.js';

const tags = ['cases'];
const params = Type.Object({ id: Id });

function parseStatuses(text: string | undefined): CaseStatus[] | undefined {
  if (!text) return undefined;
  const statuses = text.split(',');
  const bad = statuses.filter((s) => !(CASE_STATUSES as readonly string[]).includes(s));
  if (bad.length > 0) throw invalidFields([{ field: 'status', code: 'enum', params: { allowed: CASE_STATUSES.join(', ') } }]);
  return statuses as CaseStatus[];
}

/** Intake: submit, notice, resubmit, accept, refuse, withdraw, read (DOMAIN.md §4, API.md). */
export function caseRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post('/api/v1/cases', {
      schema: {
        tags, summary: 'Apply (applicant online, or a clerk at the window for a walk-in applicant); Idempotency-Key makes retries safe',
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 128 })) }),
        body: SubmitCase, response: withErrors({ 201: SubmitCaseResult, 200: SubmitCaseResult }),
      },
    }, async (request, reply) => {
      const answer = await submitCase(ctxOf(deps, request), request.body, request.headers['idempotency-key']);
      if (answer.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(answer.replayed ? 200 : 201).send(answer.body);
    });

    app.get('/api/v1/cases', {
      schema: { tags, summary: 'Cases I reach (staff), or my own (applicant); filter by status, warning, item, receipt dates (inclusive) and case number', querystring: CaseListQuery, response: withErrors({ 200: Type.Object({ cases: Type.Array(CaseSummary), total: Type.Integer() }) }) },
    }, async (request) => {
      const { status, ...rest } = request.query;
      const result = await listCasesFor(ctxOf(deps, request), { statuses: parseStatuses(status), ...rest });
      return { cases: result.cases.map(presentCaseSummary), total: result.total };
    });

    app.get('/api/v1/cases/:id', {
      schema: { tags, summary: 'One case with its timeline (the applicant, staff in reach; others 404)', params, response: withErrors({ 200: CaseDetail }) },
    }, async (request) => presentCaseDetail(await viewCase(ctxOf(deps, request), request.params.id), request.actor?.kind === 'applicant'));

    /** One case action: run it, then answer with the case as the caller now sees it. */
    function caseAction<B extends TSchema>(action: string, summary: string, body: B, run: (ctx: Ctx, id: string, input: Static<B>) => Promise<unknown>) {
      app.post(`/api/v1/cases/:id/${action}`, {
        schema: { tags, summary, params, body, response: withErrors({ 200: CaseDetail }) },
      }, async (request) => {
        const ctx = ctxOf(deps, request);
        await run(ctx, request.params.id, request.body as Static<B>);
        return presentCaseDetail(await viewCase(ctx, request.params.id), request.actor?.kind === 'applicant');
      });
    }

    caseAction('correction-notice', 'The one-time correction notice: every problem at once (clerk)', CorrectionNoticeBody,
      (ctx, id, input) => issueCorrectionNotice(ctx, id, input.problems));
    caseAction('resubmit', 'Supplement after a correction notice (the applicant)', ResubmitBody,
      (ctx, id, input) => resubmitCase(ctx, id, input.materials));
    caseAction('supply', 'Hand in materials deferred at acceptance (容缺补交; the applicant)', ResubmitBody,
      (ctx, id, input) => supplyDeferred(ctx, id, input.materials));
    caseAction('accept', 'Accept (clerk), optionally with deferred materials (容缺) or, for 告知承诺, granting at once', AcceptBody,
      (ctx, id, input) => acceptCase(ctx, id, input));
    caseAction('refuse', 'Propose a refusal (clerk, with reason); confirm or decline it (approver or supervisor, confirm true/false)', RefuseBody,
      (ctx, id, input) => refuseCase(ctx, id, input));
    caseAction('withdraw', 'Withdraw before conclusion (the applicant)', Type.Optional(WithdrawBody),
      (ctx, id, input) => withdrawCase(ctx, id, input?.reason));

    app.get('/api/v1/cases/:id/documents/:kind', {
      schema: {
        tags, summary: `A case's document as PDF (${CASE_DOCUMENT_KINDS.join(', ')}); 404 when the case has none`,
        params: Type.Object({ id: Id, kind: Type.Union(CASE_DOCUMENT_KINDS.map((k) => Type.Literal(k))) }),
        response: withErrors({ 200: Type.String({ description: 'application/pdf' }) }),
      },
    }, async (request, reply) => {
      const input = await caseDocument(ctxOf(deps, request), request.params.id, request.params.kind, `${request.protocol}://${request.host}`);
      const pdf = await renderDocument(input);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${request.params.kind}.pdf"`).send(pdf);
    });

    app.get('/api/v1/public/progress', {
      schema: {
        tags: ['public'], security: [], summary: "A case's progress by its number and query code: status and steps, no personal data (a wrong code is 404; 429 after too many wrong codes)",
        querystring: Type.Object({ caseNo: Type.String({ minLength: 1, maxLength: 40 }), queryCode: Type.String({ pattern: '^\\d{6}$' }) }),
        response: withLookupErrors({ 200: PublicProgress }),
      },
    }, async (request) => publicProgress(ctxOf(deps, request), request.query.caseNo, request.query.queryCode));
  };
}
