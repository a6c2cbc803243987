import { Type, type TSchema } from '@sinclair/typebox';
import { WARNING_LEVELS } from '../../core/clock/index.js';
import { CALLBACK_RESULTS, EXPORT_FORMATS, PUBLIC_CHANNELS, RATING_CHANNELS, RECTIFICATION_STATUSES, SETTING_LIMITS } from '../../core/ratings/index.js';
import { Id, LocalDate, Text } from './common.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const Level = Type.Integer({ minimum: 1, maximum: 5, description: '5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意' });
const Tags = Type.Array(Type.String({ minLength: 1, maxLength: 32 }), { maxItems: 10, description: "tag codes offered for the level (core/ratings/tags.ts)" });
const Comment = Type.String({ maxLength: 500 });
const rating = { level: Level, tags: Type.Optional(Tags), comment: Type.Optional(Comment) };
const QueryCode = Type.String({ pattern: '^\\d{6}$' });
const CaseNo = Type.String({ minLength: 1, maxLength: 40 });

export const RatingBody = Type.Object(rating, { additionalProperties: false });
export const PhoneRatingBody = Type.Object({ caseId: Id, ...rating }, { additionalProperties: false });
export const PublicRatingBody = Type.Object({ caseNo: CaseNo, queryCode: QueryCode, channel: literals(PUBLIC_CHANNELS), ...rating }, { additionalProperties: false });
export const WindowRatingBody = Type.Object({ token: Type.String({ minLength: 16, maxLength: 64 }), ...rating }, { additionalProperties: false });
export const OpenWindowRatingBody = Type.Object({ caseId: Type.Optional(Id), caseNo: Type.Optional(CaseNo) }, { additionalProperties: false });

export const RatingResult = Type.Object({
  id: Type.String(),
  rectification: Type.Optional(Type.Object({ id: Type.String(), dueAt: Type.String() })),
});

export const WindowRatingOpened = Type.Object({
  token: Type.String(), expiresAt: Type.String(), caseId: Type.String(), caseNo: Type.String(), itemName: Type.String(),
});

export const PublicRatingQuery = Type.Object({ caseNo: CaseNo, queryCode: QueryCode });
export const PublicRatingInfo = Type.Object({
  caseNo: Type.String(), itemName: Type.String(), status: Type.String(), rated: Type.Boolean(), rateable: Type.Boolean(),
});

export const FollowUpBody = Type.Object({ comment: Text(500) }, { additionalProperties: false });
export const FollowUpResult = Type.Object({ id: Type.String(), followUp: Type.String(), followUpAt: Type.String() });

const RectificationStatus = literals(RECTIFICATION_STATUSES);
const AppealStatus = literals(['pending', 'upheld', 'rejected'] as const);
const Appeal = Type.Object({ id: Type.String(), status: AppealStatus, reason: Type.String(), opinion: Nullable(Type.String()) });
const RectificationState = Type.Object({
  id: Type.String(), status: RectificationStatus, dueAt: Type.String(), callbackAt: Nullable(Type.String()),
  measures: Nullable(Type.String()), result: Nullable(Type.String()), completedAt: Nullable(Type.String()),
});

export const Rating = Type.Object({
  id: Type.String(), level: Level, tags: Type.Array(Type.String()), comment: Nullable(Type.String()), channel: literals(RATING_CHANNELS),
  ratedAt: Type.String(), followUp: Nullable(Type.String()), followUpAt: Nullable(Type.String()), excluded: Type.Boolean(),
  rectification: Nullable(RectificationState), appeal: Type.Optional(Nullable(Appeal)),
});
export const CaseRating = Type.Object({ rateable: Type.Boolean(), rating: Nullable(Rating) });

export const RectificationQuery = Type.Object({
  status: Type.Optional(RectificationStatus), warning: Type.Optional(literals(WARNING_LEVELS)),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })), offset: Type.Optional(Type.Integer({ minimum: 0 })),
});
export const RectificationItem = Type.Object({
  id: Type.String(), ratingId: Type.String(), caseId: Type.String(), caseNo: Type.String(), itemName: Type.String(),
  departmentId: Type.String(), departmentName: Type.String(), status: RectificationStatus, warning: literals(WARNING_LEVELS),
  workdays: Type.Integer(), openedAt: Type.String(), dueAt: Type.String(), level: Level, tags: Type.Array(Type.String()),
  comment: Nullable(Type.String()), followUp: Nullable(Type.String()), channel: Type.String(), excluded: Type.Boolean(),
  callbackResult: Nullable(literals(CALLBACK_RESULTS)), callbackNote: Nullable(Type.String()), callbackAt: Nullable(Type.String()),
  measures: Nullable(Type.String()), result: Nullable(Type.String()), completedAt: Nullable(Type.String()), appeal: Nullable(Appeal),
});

export const CallbackBody = Type.Object({ result: literals(CALLBACK_RESULTS), note: Text(1000) }, { additionalProperties: false });
export const CompleteBody = Type.Object({ measures: Text(2000), result: Text(1000) }, { additionalProperties: false });
export const RectificationChanged = Type.Object({ id: Type.String(), status: RectificationStatus });
export const AppealBody = Type.Object({ reason: Text(1000) }, { additionalProperties: false });
export const DecideBody = Type.Object({ upheld: Type.Boolean(), opinion: Text(1000) }, { additionalProperties: false });
export const AppealResult = Type.Object({ id: Type.String(), ratingId: Type.String(), status: AppealStatus });

export const RatingSettingsBody = Type.Object({
  rectificationDays: Type.Optional(Type.Integer({ minimum: SETTING_LIMITS.rectificationDays.min, maximum: SETTING_LIMITS.rectificationDays.max })),
  boardMinRatings: Type.Optional(Type.Integer({ minimum: SETTING_LIMITS.boardMinRatings.min, maximum: SETTING_LIMITS.boardMinRatings.max })),
}, { additionalProperties: false, minProperties: 1 });
export const RatingSettings = Type.Object({
  regionCode: Type.String(), rectificationDays: Type.Integer(), boardMinRatings: Type.Integer(),
  inheritedFrom: Nullable(Type.String({ description: 'the region whose settings apply; null when set on this region or the defaults' })),
});

export const Period = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'a month, YYYY-MM (Asia/Shanghai)' });
export const StatsQuery = Type.Object({ period: Period, region: Type.Optional(Type.String({ pattern: '^\\d{6}(\\d{3})?$' })) });
const Rate = Nullable(Type.Number({ description: 'a fraction 0..1; null when there is nothing to divide by' }));
const Figures = {
  ratings: Type.Integer(), levels: Type.Object({ 1: Type.Integer(), 2: Type.Integer(), 3: Type.Integer(), 4: Type.Integer(), 5: Type.Integer() }),
  satisfaction: Rate, badRatings: Type.Integer(), rectified: Type.Integer(), rectificationRate: Rate,
};
const DepartmentFigures = Type.Object({ departmentId: Type.String(), departmentName: Type.String(), ...Figures });
const Ranked = Type.Object({ rank: Type.Integer(), departmentId: Type.String(), departmentName: Type.String(), ...Figures });
export const RatingStats = Type.Object({
  period: Type.String(), regionCode: Nullable(Type.String()), departments: Type.Array(DepartmentFigures), total: Type.Object(Figures),
});
export const RedBlueBoard = Type.Object({
  period: Type.String(), regionCode: Nullable(Type.String()), minRatings: Type.Integer(),
  red: Type.Array(Ranked), blue: Type.Array(Ranked), ranking: Type.Array(Ranked), unranked: Type.Array(DepartmentFigures),
});

export const ExportQuery = Type.Object({ from: LocalDate, to: LocalDate, format: literals(EXPORT_FORMATS) });
