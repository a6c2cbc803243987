import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { formatInstant } from '../../core/clock/index.js';
import type { Deps } from '../../services/context.js';
import { listSignatures, signSignature } from '../../services/workflow/signatures.js';
import type { SignatureListRow } from '../../store/repositories/signature-repository.js';
import { withErrors } from '../schemas/common.js';
import { SignatureListQuery, SignatureParams, SignBody, Signature } from '../schemas/signatures.js';
import { ctxOf } from '../request-context.js';

const tags = ['tasks'];

function presentSignature(row: SignatureListRow) {
  return {
    id: row.id, caseId: row.case_id, caseNo: row.case_no, itemName: row.item_name, taskId: row.task_id, stepKey: row.step_key,
    decision: row.decision, principalId: row.principal_id, principalName: row.principal_name, actedBy: row.acted_by,
    actedByName: row.acted_by_name, actedAt: formatInstant(row.acted_at), status: row.status,
    signedAt: row.signed_at === null ? null : formatInstant(row.signed_at), opinion: row.opinion,
  };
}

/** 事后补签: decisions taken on an absent principal's behalf, listed until the principal signs (DOMAIN.md §6). */
export function signatureRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/signatures', {
      schema: {
        tags, summary: 'Decisions I must sign later (事后补签); supervisors also see those of cases in their reach',
        querystring: SignatureListQuery, response: withErrors({ 200: Type.Object({ signatures: Type.Array(Signature) }) }),
      },
    }, async (request) => ({ signatures: (await listSignatures(ctxOf(deps, request), request.query.status ?? 'pending')).map(presentSignature) }));

    app.post('/api/v1/signatures/:id/sign', {
      schema: {
        tags, summary: 'Sign a decision taken on my behalf (the principal only; audited)', params: SignatureParams,
        body: Type.Optional(SignBody), response: withErrors({ 200: Signature }),
      },
    }, async (request) => presentSignature(await signSignature(ctxOf(deps, request), request.params.id, request.body?.opinion)));
  };
}
