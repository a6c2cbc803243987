import { Type, type TLiteral } from '@sinclair/typebox';
import { MAX_REPLY_WORKDAYS, URGE_STATUSES } from '../../core/supervision/index.js';
import { Id, Text } from './common.js';

export const UrgeStatus = Type.Union(URGE_STATUSES.map((s) => Type.Literal(s)) as TLiteral<(typeof URGE_STATUSES)[number]>[]);

export const UrgeBody = Type.Object({
  message: Text(500),
  replyWorkdays: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_REPLY_WORKDAYS, description: 'workdays to reply; 3 by default' })),
  taskId: Type.Optional(Id),
}, { additionalProperties: false });

export const ReplyBody = Type.Object({ text: Text(2000) }, { additionalProperties: false });

const Instant = Type.String({ description: 'ISO 8601, Asia/Shanghai (+08:00)' });
const OrNull = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const Urge = Type.Object({
  id: Type.String(), caseId: Type.String(), caseNo: Type.String(), itemName: Type.String(), taskId: OrNull(Type.String()),
  departmentId: Type.String(), departmentName: Type.String(),
  handlerId: OrNull(Type.String({ description: 'the task\'s or case\'s one holder; null: the department answers' })),
  message: Type.String(), replyWorkdays: Type.Integer(), replyDueAt: Instant,
  status: UrgeStatus, createdBy: Type.String(), createdAt: Instant,
  acknowledgedBy: OrNull(Type.String()), acknowledgedAt: OrNull(Instant),
  reply: OrNull(Type.String()), repliedBy: OrNull(Type.String()), repliedAt: OrNull(Instant),
  escalatedAt: OrNull(Instant), closedAt: OrNull(Instant),
});

export const UrgeQuery = Type.Object({
  status: Type.Optional(UrgeStatus),
  caseId: Type.Optional(Id),
  mine: Type.Optional(Type.Boolean({ description: 'true: those I answer for, even as a supervisor' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
}, { additionalProperties: false });

export const UrgeList = Type.Object({ urges: Type.Array(Urge), total: Type.Integer() });

export const UrgeParams = Type.Object({ id: Id });
