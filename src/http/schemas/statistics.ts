import { Type, type TLiteral } from '@sinclair/typebox';
import { GRANULARITIES, GROUP_BYS } from '../../core/statistics/index.js';
import { Id, LocalDate } from './common.js';
import { RegionCode } from './organization.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)) as TLiteral<T>[]);

const Scope = {
  region: Type.Optional(RegionCode),
  department: Type.Optional(Id),
  item: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'item code' })),
};

export const FiguresQuery = Type.Object({
  from: LocalDate, to: LocalDate,
  groupBy: Type.Optional(literals(GROUP_BYS)),
  ...Scope,
}, { additionalProperties: false });

export const TrendQuery = Type.Object({
  granularity: literals(GRANULARITIES), from: LocalDate, to: LocalDate, ...Scope,
}, { additionalProperties: false });

const Rate = (description: string) => Type.Union([Type.Number(), Type.Null()], { description: `${description}; null when nothing to divide by` });

/** Every §9 figure (DOMAIN.md §9; docs/statistics.md), counts and rates as fractions 0..1. */
const FigureFields = {
  received: Type.Integer(), instant: Type.Integer(), online: Type.Integer(), zeroVisit: Type.Integer({ description: 'received online, not collected at the window' }),
  accepted: Type.Integer(), concluded: Type.Integer(),
  onTime: Type.Integer({ description: 'concluded with concludedAt ≤ dueAt' }), overdue: Type.Integer({ description: 'concluded with concludedAt > dueAt' }),
  workdays: Type.Integer({ description: 'Σ working days to conclude, suspended workdays excluded' }),
  urged: Type.Integer({ description: 'distinct cases urged in the period' }),
  ratings: Type.Integer(), levels: Type.Object({ 1: Type.Integer(), 2: Type.Integer(), 3: Type.Integer(), 4: Type.Integer(), 5: Type.Integer() }),
  badRatings: Type.Integer(), rectified: Type.Integer(),
  onTimeRate: Rate('onTime / concluded'), delayRate: Rate('overdue / concluded'), averageWorkdays: Rate('workdays / concluded'),
  instantShare: Rate('instant / received'), onlineShare: Rate('online / received'), zeroVisitShare: Rate('zeroVisit / received'),
  urgeRate: Rate('urged / concluded'), satisfaction: Rate('(level 5 + level 4) / ratings'), rectificationRate: Rate('rectified / badRatings'),
};

const Named = Type.Object({ id: Type.String(), name: Type.String() });
const ScopeOut = {
  region: Type.Object({ code: Type.String(), name: Type.String() }),
  department: Type.Union([Named, Type.Null()]),
  item: Type.Union([Type.String(), Type.Null()]),
};

export const FiguresTable = Type.Object({
  from: Type.String(), to: Type.String(), groupBy: literals(GROUP_BYS), ...ScopeOut,
  rows: Type.Array(Type.Object({
    key: Type.Union([Type.String(), Type.Null()], { description: 'department id, item code, channel, user id or region code; null: unattributed' }),
    name: Type.Union([Type.String(), Type.Null()]),
    ...FigureFields,
  })),
  total: Type.Object(FigureFields),
});

export const Trend = Type.Object({
  granularity: literals(GRANULARITIES), from: Type.String(), to: Type.String(), ...ScopeOut,
  buckets: Type.Array(Type.Object({
    key: Type.String({ description: 'the day, the week\'s Monday, or YYYY-MM' }),
    from: Type.String({ description: 'first day (clipped to the span)' }), to: Type.String({ description: 'last day (clipped to the span)' }),
    ...FigureFields,
  })),
});

/** The media type of an Excel workbook. */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
