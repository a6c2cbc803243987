import { Type } from '@sinclair/typebox';
import { CASE_RESULTS, CASE_STATUSES } from '../../core/cases/status.js';
import { WARNING_LEVELS } from '../../core/clock/index.js';
import { Id, LocalDate, Text } from './common.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
export const CaseStatus = literals(CASE_STATUSES);
export const Warning = literals(WARNING_LEVELS);
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const MaterialCode = Type.String({ minLength: 1, maxLength: 32 });

export const MaterialRef = Type.Object({ code: MaterialCode, fileId: Type.Optional(Id) }, { additionalProperties: false });

export const SubmitCase = Type.Object({
  itemCode: Type.String({ minLength: 1, maxLength: 64 }),
  form: Type.Record(Type.String(), Type.Unknown(), { maxProperties: 100 }),
  materials: Type.Array(MaterialRef, { maxItems: 100 }),
  applicantId: Type.Optional(Id),
  channel: Type.Optional(literals(['online', 'window'] as const)),
  commitment: Type.Optional(Type.Boolean({ description: '告知承诺: a signed commitment replaces the listed materials (where the item allows)' })),
  draftId: Type.Optional(Id),
}, { additionalProperties: false });

export const SubmitCaseResult = Type.Object({
  id: Type.String(), caseNo: Type.String(), queryCode: Type.String(), status: Type.Literal('submitted'),
  acceptanceDueAt: Nullable(Type.String()),
});

export const CorrectionNoticeBody = Type.Object({
  problems: Type.Array(Type.Object({ materialCode: MaterialCode, problem: Text(500) }, { additionalProperties: false }), { minItems: 1, maxItems: 100 }),
}, { additionalProperties: false });

export const ResubmitBody = Type.Object({ materials: Type.Array(MaterialRef, { minItems: 1, maxItems: 100 }) }, { additionalProperties: false });

export const AcceptBody = Type.Object({
  grant: Type.Optional(Type.Boolean({ description: '告知承诺 cases only: grant at once; a verification task goes to the department' })),
  deferredMaterials: Type.Optional(Type.Array(MaterialCode, { maxItems: 100 })),
  supplyDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
}, { additionalProperties: false });

export const RefuseBody = Type.Object({
  reason: Type.Optional(Text(1000)), confirm: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

export const WithdrawBody = Type.Object({ reason: Type.Optional(Text(500)) }, { additionalProperties: false });

const TimelineEvent = Type.Object({
  at: Type.String(), action: Type.String(), statusFrom: Nullable(Type.String()), statusTo: Type.String(),
  actorId: Nullable(Type.String()), details: Type.Record(Type.String(), Type.Unknown()),
});

const Notice = Type.Object({
  round: Type.Integer(), issuedAt: Type.String(), supplementDueAt: Type.String(),
  problems: Type.Array(Type.Object({ materialCode: Type.String(), problem: Type.String() })),
});

export const CaseSummary = Type.Object({
  id: Type.String(), caseNo: Type.String(), itemCode: Type.String(), itemName: Type.String(), status: CaseStatus,
  result: Type.Optional(literals(CASE_RESULTS)), channel: Type.String(), departmentId: Type.String(), round: Type.Integer(),
  receivedAt: Type.String(), acceptanceDueAt: Type.Optional(Type.String()), acceptedAt: Type.Optional(Type.String()),
  dueAt: Type.Optional(Type.String()), statutoryDueAt: Type.Optional(Type.String()), supplementDueAt: Type.Optional(Type.String()),
  warning: Warning, remainingWorkdays: Type.Optional(Type.Integer()), deemedAccepted: Type.Boolean(),
  suspendedWorkdays: Type.Integer(), extensionDays: Type.Integer(), commitment: Type.Boolean(), refusalReason: Type.Optional(Type.String()),
  suspensionOverdue: Type.Boolean({ description: 'suspended longer than the expected length told to the applicant (ALL Art. 45)' }),
});

export const CaseDetail = Type.Composite([CaseSummary, Type.Object({
  queryCode: Type.Optional(Type.String()), applicantId: Type.String(),
  form: Type.Record(Type.String(), Type.Unknown()),
  materials: Type.Array(Type.Object({ code: Type.String(), fileId: Nullable(Type.String()) })),
  deferredMaterials: Type.Array(Type.String()), supplyDueAt: Type.Optional(Type.String()),
  timeline: Type.Array(TimelineEvent), correctionNotices: Type.Array(Notice),
})]);

export const CaseListQuery = Type.Object({
  status: Type.Optional(Type.String({ pattern: '^[a-z_]+(,[a-z_]+)*$', description: 'one status or several, comma-separated' })),
  warning: Type.Optional(Warning),
  order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')], { description: 'by receipt: asc (the queue, default) or desc (newest first)' })),
  itemCode: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'only cases of this item' })),
  receivedFrom: Type.Optional(LocalDate),
  receivedTo: Type.Optional(LocalDate),
  q: Type.Optional(Type.String({ pattern: '^[0-9A-Za-z-]{1,40}$', description: 'part of the case number' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});

export const PublicProgress = Type.Object({
  caseNo: Type.String(), itemName: Type.String(), status: CaseStatus, result: Type.Optional(literals(CASE_RESULTS)),
  receivedAt: Type.String(), dueAt: Type.Optional(Type.String()),
  steps: Type.Array(Type.Object({ at: Type.String(), action: Type.String(), status: Type.String() })),
});

export const DraftBody = Type.Object({
  itemCode: Type.String({ minLength: 1, maxLength: 64 }),
  form: Type.Record(Type.String(), Type.Unknown(), { maxProperties: 100 }),
  materials: Type.Array(MaterialRef, { maxItems: 100 }),
}, { additionalProperties: false });

export const Draft = Type.Object({
  id: Type.String(), itemCode: Type.String(), form: Type.Record(Type.String(), Type.Unknown()),
  materials: Type.Array(Type.Object({ code: Type.String(), fileId: Type.Optional(Type.String()) })), updatedAt: Type.String(),
});
