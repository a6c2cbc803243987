import { Type } from '@sinclair/typebox';
import { SIGNATURE_STATUSES } from '../../services/workflow/signatures.js';
import { Id } from './common.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const SignatureListQuery = Type.Object({
  status: Type.Optional(Type.Union(SIGNATURE_STATUSES.map((s) => Type.Literal(s)), { description: 'pending (default): still to sign; signed' })),
});

export const SignatureParams = Type.Object({ id: Id });

export const SignBody = Type.Object({
  opinion: Type.Optional(Type.String({ maxLength: 2000, description: "the principal's own opinion on the decision" })),
}, { additionalProperties: false });

export const Signature = Type.Object({
  id: Type.String(), caseId: Type.String(), caseNo: Type.String(), itemName: Type.String(), taskId: Type.String(), stepKey: Type.String(),
  decision: Type.String({ description: 'approve or deny: the decision taken on the principal\'s behalf' }),
  principalId: Type.String(), principalName: Nullable(Type.String()), actedBy: Type.String(), actedByName: Nullable(Type.String()),
  actedAt: Type.String(), status: Type.String(), signedAt: Nullable(Type.String()), opinion: Nullable(Type.String()),
});
