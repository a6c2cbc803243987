import { Type } from '@sinclair/typebox';
import { Id } from './common.js';

const Opinion = Type.String({ maxLength: 2000, description: '办理意见; required (non-blank) for return and deny' });

export const TaskListQuery = Type.Object({
  mine: Type.Optional(Type.Boolean({ description: 'true: mine and my pool (and colleagues I back up while absent); false: every task of cases in my reach', default: true })),
  status: Type.Optional(Type.String({ pattern: '^[a-z_]+(,[a-z_]+)*$', description: 'open, claimed, done, cancelled; comma-separated; default open,claimed' })),
});

export const TaskSummary = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  caseNo: Type.String(),
  itemName: Type.String(),
  stepKey: Type.String(),
  stepName: Type.Union([Type.String(), Type.Null()]),
  kind: Type.String({ description: 'step, signer (加签) or delegate (委托)' }),
  status: Type.String(),
  assigneeId: Type.Union([Type.String(), Type.Null()], { description: 'null: a pool task any member of the department with the role may claim' }),
  departmentId: Type.String(),
  role: Type.String(),
  branchIndex: Type.Union([Type.Integer(), Type.Null()]),
  lead: Type.Boolean(),
  note: Type.Union([Type.String(), Type.Null()]),
  decision: Type.Union([Type.String(), Type.Null()]),
  opinion: Type.Union([Type.String(), Type.Null()]),
  createdOn: Type.String(),
  stepStartedOn: Type.String(),
  dueAt: Type.String({ description: 'the step clock, Asia/Shanghai' }),
  yellowAt: Type.String(),
  warning: Type.Union([Type.Literal('none'), Type.Literal('yellow'), Type.Literal('red')], { description: "the step clock's; none while the case is suspended" }),
  remainingWorkdays: Type.Integer({ description: 'while the case is suspended: the workdays left when the suspension began (resume gives them back)' }),
  suspended: Type.Boolean({ description: 'the case is suspended (ALL Art. 45): the task waits and its clock stands still until resume moves it' }),
  onBehalfOf: Type.Union([Type.String(), Type.Null()], { description: 'AB岗: the absent colleague whose task this is' }),
});

export const TaskParams = Type.Object({ id: Id });

export const CompleteBody = Type.Object({
  decision: Type.Union([Type.Literal('approve'), Type.Literal('return'), Type.Literal('deny')]),
  opinion: Type.Optional(Opinion),
  returnTo: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'the earlier step key, for return' })),
}, { additionalProperties: false });

export const OpinionBody = Type.Object({ opinion: Type.Optional(Opinion) }, { additionalProperties: false });

export const HandOverBody = Type.Object({ to: Id, opinion: Type.Optional(Opinion) }, { additionalProperties: false });

export const TaskActionResult = Type.Object({
  taskId: Type.String(),
  caseId: Type.String(),
  outcome: Type.Union([Type.Literal('continue'), Type.Literal('concluded'), Type.Literal('returned')]),
  result: Type.Optional(Type.Union([Type.Literal('granted'), Type.Literal('denied')])),
  returnedTo: Type.Optional(Type.String()),
  createdTaskIds: Type.Array(Type.String()),
  caseStatus: Type.String(),
});
