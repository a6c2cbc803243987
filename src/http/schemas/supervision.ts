import { Type, type TLiteral } from '@sinclair/typebox';
import { ALERT_LEVELS, EXPLANATION_STATUSES, WARNING_KINDS } from '../../core/supervision/index.js';
import { Id, LocalDate, Text } from './common.js';
import { RegionCode } from './organization.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)) as TLiteral<T>[]);

export const AlertLevel = literals(ALERT_LEVELS);
export const WarningKind = literals(WARNING_KINDS);
export const ExplanationStatus = literals(EXPLANATION_STATUSES);

const Paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
};

export const WarningQuery = Type.Object({
  level: Type.Optional(AlertLevel),
  department: Type.Optional(Id),
  item: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'item code' })),
  handler: Type.Optional(Id),
  kind: Type.Optional(WarningKind),
  ...Paging,
}, { additionalProperties: false });

const Instant = Type.String({ description: 'ISO 8601, Asia/Shanghai (+08:00)' });

export const CaseWarning = Type.Object({
  id: Type.String(), caseNo: Type.String(), itemCode: Type.String(), itemName: Type.String(), status: Type.String(),
  kind: WarningKind, warning: AlertLevel, departmentId: Type.String(), departmentName: Type.String(), regionCode: Type.String(),
  dueAt: Instant, yellowAt: Type.Union([Instant, Type.Null()]), statutoryDueAt: Type.Union([Instant, Type.Null()]),
  statutoryBreach: Type.Boolean({ description: 'now > statutoryDueAt: recorded and reported apart (DOMAIN.md §5)' }),
  remainingWorkdays: Type.Integer({ description: 'workdays left on the clock, today included; 0 once overdue' }),
});

export const TaskWarning = Type.Object({
  id: Type.String(), caseId: Type.String(), caseNo: Type.String(), itemCode: Type.String(), itemName: Type.String(),
  stepKey: Type.String(), status: Type.String(), kind: Type.Literal('step'), warning: AlertLevel,
  departmentId: Type.String(), departmentName: Type.String(), role: Type.String(),
  assigneeId: Type.Union([Type.String(), Type.Null()], { description: 'null: waiting in the pool of its department and role' }),
  assigneeName: Type.Union([Type.String(), Type.Null()]), dueAt: Instant, yellowAt: Instant, remainingWorkdays: Type.Integer(),
});

export const WarningList = Type.Object({
  cases: Type.Array(CaseWarning),
  tasks: Type.Array(TaskWarning),
  totalCases: Type.Integer({ description: 'cases matching, before paging' }),
  totalTasks: Type.Integer({ description: 'tasks matching, before paging' }),
});

const Counts = (withStatutory: boolean) => Type.Object({
  red: Type.Integer(), yellow: Type.Integer(), ...(withStatutory && { statutory: Type.Integer({ description: 'past the statutory limit' }) }),
});
const BoardLine = Type.Object({ key: Type.String(), name: Type.String(), cases: Counts(true), tasks: Counts(false) });

export const Board = Type.Object({
  asOf: Instant,
  totals: Type.Object({ cases: Counts(true), tasks: Counts(false) }),
  departments: Type.Array(BoardLine, { description: 'key: department id; by tasks, the department doing the step' }),
  items: Type.Array(BoardLine, { description: 'key: item code' }),
});

export const OverdueRecordQuery = Type.Object({
  status: Type.Optional(ExplanationStatus),
  department: Type.Optional(Id),
  kind: Type.Optional(WarningKind),
  caseId: Type.Optional(Id),
  from: Type.Optional(LocalDate),
  to: Type.Optional(LocalDate),
  mine: Type.Optional(Type.Boolean({ description: 'true: those I answer for, even as a supervisor' })),
  ...Paging,
}, { additionalProperties: false });

export const OverdueRecord = Type.Object({
  id: Type.String(), caseId: Type.String(), caseNo: Type.String(), itemCode: Type.String(), itemName: Type.String(),
  taskId: Type.Union([Type.String(), Type.Null()]), kind: WarningKind,
  departmentId: Type.String(), departmentName: Type.String(), regionCode: Type.String(),
  handlerId: Type.Union([Type.String(), Type.Null()], { description: 'who must explain; null: the department' }),
  handlerName: Type.Union([Type.String(), Type.Null()]),
  dueAt: Instant, overdueOn: Type.String({ description: 'the first overdue day' }), openedAt: Instant,
  explanationDueAt: Instant, status: ExplanationStatus, explainedLate: Type.Boolean(),
  explanation: Type.Union([Type.String(), Type.Null()]), explainedBy: Type.Union([Type.String(), Type.Null()]),
  explainedByName: Type.Union([Type.String(), Type.Null()]), explainedAt: Type.Union([Instant, Type.Null()]),
});

export const OverdueRecordList = Type.Object({ records: Type.Array(OverdueRecord), total: Type.Integer() });

export const ExplanationBody = Type.Object({ text: Text(2000) }, { additionalProperties: false });

export const OverdueReportQuery = Type.Object({
  from: LocalDate, to: LocalDate, region: Type.Optional(RegionCode),
}, { additionalProperties: false });

const ReportCounts = {
  overdue: Type.Integer({ description: 'overdue records (one per clock that ran out)' }),
  cases: Type.Integer({ description: 'distinct cases' }),
  byKind: Type.Record(Type.String(), Type.Integer(), { description: 'acceptance, decision, delivery, statutory, step' }),
  explained: Type.Integer(), awaiting: Type.Integer(),
  late: Type.Integer({ description: 'explanations not given by their deadline' }),
  explainedLate: Type.Integer(),
};

export const OverdueReport = Type.Object({
  region: Type.Object({ code: Type.String(), name: Type.String() }),
  from: Type.String(), to: Type.String(), generatedAt: Instant,
  totals: Type.Object(ReportCounts),
  departments: Type.Array(Type.Object({
    departmentId: Type.String(), departmentName: Type.String(), ...ReportCounts,
    handlers: Type.Array(Type.Object({
      handlerId: Type.Union([Type.String(), Type.Null()]), handlerName: Type.Union([Type.String(), Type.Null()]), ...ReportCounts,
      records: Type.Array(OverdueRecord),
    })),
  })),
});

export const RecordParams = Type.Object({ id: Id });
