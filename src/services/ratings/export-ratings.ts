import ExcelJS from 'exceljs';
import { reachOf } from '../../core/accounts/actor.js';
import type { StaffRole } from '../../core/accounts/roles.js';
import { formatInstant } from '../../core/clock/index.js';
import type { LocalDate } from '../../core/calendar/index.js';
import {
  CHANNEL_NAMES, dateRange, exportLabel, isRatingLevel, RATING_LEVELS, RATING_TAGS, toExportCode, type ExportFormat, type RatingChannel,
} from '../../core/ratings/index.js';
import { ratingsForExport } from '../../store/repositories/rating-stats-repository.js';
import { requireRole } from '../access/authorize.js';
import type { Ctx } from '../context.js';

const READERS: readonly StaffRole[] = ['supervisor', 'admin', 'analyst'];

/** Which table a format's level codes follow, named in the header so no reader has to guess the direction. */
const CODE_HEADER: Record<ExportFormat, string> = {
  national: '评价等级代码（全国好差评接口：5=非常满意）',
  gbt39046: '评价等级代码（GB/T 39046：1=非常满意）',
};

const RECTIFICATION_NAMES: Record<string, string> = { open: '整改中', rectified: '已整改', closed: '申诉成立，已撤销' };
const tagName = new Map(RATING_TAGS.map((tag) => [tag.code, tag.zh]));

/**
 * The ratings of a span of dates as an .xlsx workbook for the national platform (`national`) or a GB/T 39046
 * exchange (`gbt39046`). Levels go through the explicit code table of the format (core/ratings/export-codes.ts);
 * a second sheet prints that table. Staff names and applicant data are not exported.
 */
export async function exportRatings(ctx: Ctx, input: { from: LocalDate; to: LocalDate; format: ExportFormat }): Promise<Buffer> {
  requireRole(ctx.actor, ...READERS);
  const rows = await ratingsForExport(ctx.store.db, dateRange(input.from, input.to), reachOf(ctx.actor, READERS));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tongban 通办';
  const sheet = workbook.addWorksheet('评价数据', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '评价编号', key: 'id', width: 38 }, { header: '办件编号', key: 'caseNo', width: 24 },
    { header: '事项编码', key: 'itemCode', width: 18 }, { header: '事项名称', key: 'itemName', width: 24 },
    { header: '评价对象（部门）', key: 'department', width: 24 }, { header: CODE_HEADER[input.format], key: 'code', width: 20 },
    { header: '评价等级', key: 'level', width: 12 }, { header: '评价标签', key: 'tags', width: 30 },
    { header: '评价内容', key: 'comment', width: 40 }, { header: '追加评价', key: 'followUp', width: 30 },
    { header: '评价渠道', key: 'channel', width: 14 }, { header: '评价时间', key: 'ratedAt', width: 30 },
    { header: '整改状态', key: 'rectification', width: 16 }, { header: '计入统计', key: 'counted', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const level = Number(row.level);
    if (!isRatingLevel(level)) continue;
    sheet.addRow({
      id: row.id, caseNo: row.case_no, itemCode: row.item_code, itemName: row.item_name, department: row.department_name,
      code: toExportCode(level, input.format), level: exportLabel(level),
      tags: (JSON.parse(row.tags) as string[]).map((code) => tagName.get(code) ?? code).join('；'),
      comment: row.comment ?? '', followUp: row.follow_up ?? '', channel: CHANNEL_NAMES[row.channel as RatingChannel]?.zh ?? row.channel,
      ratedAt: formatInstant(row.rated_at), rectification: row.rectification_status ? RECTIFICATION_NAMES[row.rectification_status] ?? '' : '',
      counted: Number(row.excluded) === 1 ? '否' : '是',
    });
  }
  const codes = workbook.addWorksheet('等级代码表');
  codes.columns = [{ header: '代码', key: 'code', width: 8 }, { header: '评价等级', key: 'label', width: 14 }];
  codes.getRow(1).font = { bold: true };
  for (const level of [...RATING_LEVELS].sort((a, b) => toExportCode(a, input.format) - toExportCode(b, input.format))) {
    codes.addRow({ code: toExportCode(level, input.format), label: exportLabel(level) });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
