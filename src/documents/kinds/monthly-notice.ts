/**
 * 政务服务电子监察月度通报. DOMAIN.md §7 asks supervision for a monthly notice (通报) with the overdue cases per
 * department and handler and their written explanations; it also carries the month's figures (§9) and the
 * red-blue board of the ratings (§8, 国办发〔2019〕51号: 好差评 results are published and ranked). Addressed to
 * every department of the region; the QR code opens the supervision centre for the month.
 */
import { compose, paragraph, salutation } from '../compose.js';
import { formatDate, formatDocumentNo } from '../format.js';
import { FONT } from '../pdf/fonts.js';
import { LEADING, SIZE, type Sheet } from '../pdf/sheet.js';
import { drawTable } from '../pdf/table.js';
import type { MonthlyNoticeInput, NoticeBoardLine } from '../types.js';

const SECTIONS = ['一', '二', '三', '四'] as const;

/** A section heading; never the last line of a page (it keeps two body lines with it). */
function section(sheet: Sheet, n: number, text: string): void {
  sheet.gap(4);
  sheet.ensure(3 * SIZE.body * LEADING);
  sheet.text(`${SECTIONS[n]}、${text}`, { face: FONT.bold, indent: 2 });
}

function monthName(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

// Every record of the notice is overdue in its month, so the day and month are enough (3月10日).
function dayOfMonth(date: string): string {
  return formatDate(date).slice(5);
}

function boardText(side: string, lines: readonly NoticeBoardLine[]): string {
  const named = lines.map((l) => `第${l.rank}名${l.department}（满意率${l.satisfaction}，${l.ratings}条评价）`).join('；');
  return `${side}：${named}。`;
}

/** Renders the monthly notice: overall figures, departments, overdue records with explanations, red-blue board. */
export function renderMonthlyNotice(input: MonthlyNoticeInput): Promise<Buffer> {
  const heading = { title: '政务服务月度通报', numberLine: formatDocumentNo(input.documentNo), subject: `${input.regionName} ${input.month}` };
  const month = monthName(input.month);
  const t = input.totals;
  const o = input.overdue;
  return compose(input, heading, (sheet) => {
    salutation(sheet, '各有关部门');
    paragraph(sheet, `现将${month}${input.regionName}政务服务办件时效、电子监察和“好差评”情况通报如下。`);

    section(sheet, 0, '总体情况');
    paragraph(
      sheet,
      `本月共收件${t.received}件，受理${t.accepted}件，办结${t.concluded}件，按时办结率${t.onTimeRate}；超期办结${t.overdue}件，超期率${t.delayRate}；` +
        `平均办结用时${t.averageWorkdays}个工作日（不含特别程序时间）。即办件占比${t.instantShare}，网办占比${t.onlineShare}，零跑动占比${t.zeroVisitShare}。` +
        `被催办办件${t.urged}件，催办率${t.urgeRate}。收到有效评价${t.ratings}条，满意率${t.satisfaction}；差评${t.badRatings}条，已整改${t.rectified}条，差评整改率${t.rectificationRate}。`,
    );

    section(sheet, 1, '各部门办件时效');
    if (input.departments.length === 0) paragraph(sheet, '本月各部门无办件。');
    else {
      drawTable(sheet, {
        header: true,
        columns: [
          { title: '部门', share: 3 }, { title: '收件', share: 0.8, align: 'center' }, { title: '办结', share: 0.8, align: 'center' },
          { title: '按时办结率', share: 1.2, align: 'center' }, { title: '超期办结', share: 1, align: 'center' },
          { title: '平均用时（工作日）', share: 1.3, align: 'center' }, { title: '催办率', share: 1, align: 'center' }, { title: '满意率', share: 1, align: 'center' },
        ],
        rows: input.departments.map((d) => [d.department, d.received, d.concluded, d.onTimeRate, d.overdue, d.averageWorkdays, d.urgeRate, d.satisfaction]),
        size: SIZE.small,
      });
    }

    section(sheet, 2, '超时及说明情况');
    paragraph(
      sheet,
      o.records === 0
        ? '本月未发生超时。'
        : `本月发生超时${o.records}起，涉及办件${o.cases}件，其中超过法定时限${o.statutory}起。已作出书面说明${o.explained}起，` +
          `尚在说明期限内${o.awaiting}起，逾期未说明${o.late}起。各部门情况如下：`,
    );
    if (o.records > 0) {
      drawTable(sheet, {
        header: true,
        columns: [
          { title: '部门', share: 2.4 }, { title: '超时（起）', share: 1, align: 'center' }, { title: '涉及办件', share: 1, align: 'center' },
          { title: '已说明', share: 1, align: 'center' }, { title: '待说明', share: 1, align: 'center' }, { title: '逾期未说明', share: 1.1, align: 'center' },
        ],
        rows: o.byDepartment.map((d) => [d.department, String(d.records), String(d.cases), String(d.explained), String(d.awaiting), String(d.late)]),
        size: SIZE.small,
      });
      sheet.gap(6);
      paragraph(sheet, '超时办件及超时原因说明：');
      drawTable(sheet, {
        header: true,
        columns: [
          { title: '办件编号', share: 3.5 }, { title: '事项', share: 1.6 }, { title: '部门/承办人', share: 1.8 }, { title: '时限', share: 0.9, align: 'center' },
          { title: '超期日', share: 1.4, align: 'center' }, { title: '超时原因说明', share: 2.4 },
        ],
        rows: o.details.map((r) => [
          r.caseNo, r.itemName, `${r.department}／${r.handler}`, r.clock, dayOfMonth(r.overdueOn),
          r.explanation ?? (r.late ? '逾期未说明' : '尚在说明期限内'),
        ]),
        size: SIZE.small,
      });
    }

    section(sheet, 3, '“好差评”红蓝榜');
    if (input.board.red.length === 0) {
      paragraph(sheet, `本月评价数不少于${input.board.minRatings}条的部门不足两个，不排红蓝榜。`);
    } else {
      paragraph(sheet, boardText('红榜', input.board.red));
      paragraph(sheet, boardText('蓝榜', input.board.blue));
    }
    sheet.gap(4);
    paragraph(
      sheet,
      '请各部门对照通报情况，对超时办件逐件查明原因，未说明的于收到本通报后及时补充书面说明；对差评认真回访、限期整改，' +
        '切实提高按时办结率和群众满意度。',
    );
  }, '特此通报。');
}
