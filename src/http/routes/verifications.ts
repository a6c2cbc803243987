import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { formatInstant } from '../../core/clock/index.js';
import type { Deps } from '../../services/context.js';
import { verificationsFor, verifyCommitment } from '../../services/cases/verifications.js';
import { Id, Text, withErrors } from '../schemas/common.js';
import { ctxOf } from '../request-context.js';

const Status = Type.Union([Type.Literal('open'), Type.Literal('confirmed'), Type.Literal('breach')]);
const Verification = Type.Object({
  id: Type.String(), caseId: Type.String(), caseNo: Type.String(), itemName: Type.String(), status: Status,
  dueAt: Type.String(), note: Type.Union([Type.String(), Type.Null()]),
});

/** 告知承诺 verification tasks (核查) of the department that granted on the applicant's promise. */
export function verificationRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/verifications', {
      schema: {
        tags: ['cases'], summary: "My department's commitment verifications (handler, approver)",
        querystring: Type.Object({ status: Type.Optional(Status) }),
        response: withErrors({ 200: Type.Object({ verifications: Type.Array(Verification) }) }),
      },
    }, async (request) => ({
      verifications: (await verificationsFor(ctxOf(deps, request), request.query.status)).map((v) => ({
        id: v.id, caseId: v.case_id, caseNo: v.case_no, itemName: v.item_name, status: v.status, dueAt: formatInstant(v.due_at), note: v.note,
      })),
    }));

    app.post('/api/v1/verifications/:id/complete', {
      schema: {
        tags: ['cases'], summary: 'Record the verification: confirmed, or breach (the grant is revoked)',
        params: Type.Object({ id: Id }),
        body: Type.Object({ outcome: Type.Union([Type.Literal('confirmed'), Type.Literal('breach')]), note: Text(1000) }, { additionalProperties: false }),
        response: withErrors({ 200: Type.Object({ id: Type.String(), status: Status }) }),
      },
    }, async (request) => verifyCommitment(ctxOf(deps, request), request.params.id, request.body.outcome, request.body.note));
  };
}
