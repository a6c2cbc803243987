import { Type } from '@sinclair/typebox';
import { RegionCode } from './organization.js';

export const MonthlyNoticeQuery = Type.Object({
  month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM (Asia/Shanghai)' }),
  region: Type.Optional(RegionCode),
}, { additionalProperties: false });

/** The media type of a PDF. */
export const PDF = 'application/pdf';
