import { Type } from '@sinclair/typebox';
import { OPERATION_KINDS } from '../../services/workflow/case-workflow.js';
import { TaskSummary } from './tasks.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const Colleague = Type.Object({
  id: Type.String(), username: Type.String(), name: Type.String(), roles: Type.Array(Type.String()),
  absent: Type.Boolean({ description: 'away today (AB岗)' }),
});

const WorkflowStep = Type.Object({
  key: Type.String(), name: Type.String(), kind: Type.String({ description: 'review, decide or parallel' }), workdays: Type.Integer(),
  departmentId: Type.Optional(Type.String()), departmentName: Nullable(Type.String()), role: Type.Optional(Type.String()), join: Type.Optional(Type.String()),
  branches: Type.Optional(Type.Array(Type.Object({ departmentId: Type.String(), departmentName: Nullable(Type.String()), role: Type.String() }))),
  absentMeansConsent: Type.Optional(Type.Boolean()),
});

const CaseTask = Type.Composite([
  Type.Pick(TaskSummary, [
    'id', 'caseId', 'stepKey', 'stepName', 'kind', 'status', 'assigneeId', 'departmentId', 'role', 'branchIndex', 'lead', 'note',
    'decision', 'opinion', 'createdOn', 'stepStartedOn', 'dueAt', 'yellowAt',
  ]),
  Type.Object({
    activation: Type.Integer({ description: 'which start of a step; only the latest counts' }),
    departmentName: Nullable(Type.String()), assigneeName: Nullable(Type.String()),
    returnTo: Nullable(Type.String()), completedAt: Nullable(Type.String()),
    completedBy: Nullable(Type.String()), completedByName: Nullable(Type.String()),
    onBehalfOf: Nullable(Type.String({ description: 'AB岗: the absent principal the backup acted for' })), onBehalfOfName: Nullable(Type.String()),
    warning: Type.Union([Type.Literal('none'), Type.Literal('yellow'), Type.Literal('red'), Type.Null()], { description: 'active tasks only' }),
    remainingWorkdays: Type.Union([Type.Integer(), Type.Null()]),
    actions: Type.Array(Type.Union(OPERATION_KINDS.map((k) => Type.Literal(k))), { description: 'what the caller may do on this task now' }),
  }),
]);

export const CaseWorkflow = Type.Object({
  caseId: Type.String(), caseStatus: Type.String(), steps: Type.Array(WorkflowStep), tasks: Type.Array(CaseTask),
});
