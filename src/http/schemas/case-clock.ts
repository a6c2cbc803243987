import { Type } from '@sinclair/typebox';
import { SUSPENSION_KIND_CODES } from '../../core/cases/case-suspension.js';
import { Text } from './common.js';

const SuspensionKind = Type.Union(SUSPENSION_KIND_CODES.map((k) => Type.Literal(k)), {
  description: '行政许可法 第四十五条: hearing 听证, tender 招标, auction 拍卖, inspection 检验, testing 检测, quarantine 检疫, appraisal 鉴定, expert_review 专家评审',
});
const Nullable = <T extends ReturnType<typeof Type.String | typeof Type.Integer>>(schema: T) => Type.Union([schema, Type.Null()]);

export const SuspendBody = Type.Object({
  reason: Text(500),
  kind: SuspensionKind,
  expectedWorkdays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, description: 'the expected length told to the applicant; past it the case warns' })),
}, { additionalProperties: false });

export const ResumeBody = Type.Object({
  reason: Type.Optional(Text(500)),
  kind: Type.Optional(SuspensionKind),
}, { additionalProperties: false });

export const ExtendBody = Type.Object({
  workdays: Type.Integer({ minimum: 1, description: 'at most 10 (15 where the item is handled jointly by several departments)' }),
  reason: Text(500),
}, { additionalProperties: false });

export const CaseClock = Type.Object({
  suspensions: Type.Array(Type.Object({
    id: Type.String(), kind: Type.String(), reason: Type.String(), pausedOn: Type.String(), pausedAt: Type.String(),
    expectedWorkdays: Nullable(Type.Integer()), expectedEndAt: Nullable(Type.String()), overdue: Type.Boolean(),
    resumedOn: Nullable(Type.String()), resumedAt: Nullable(Type.String()), suspendedWorkdays: Nullable(Type.Integer()),
  })),
  extension: Type.Union([Type.Object({
    workdays: Type.Integer(), limit: Type.Integer(), approval: Type.String(), reason: Type.String(), approvedBy: Type.String(),
    approvedAt: Type.String(), originalDueAt: Type.String(), newDueAt: Type.String(),
  }), Type.Null()]),
});
