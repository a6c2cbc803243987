/**
 * Supervision's notices to staff (DOMAIN.md §7), merged into the notification catalogue
 * (`core/notifications/events.ts`), so they go through the same inbox and outbox as the applicants'.
 * Staff read them in the inbox; an SMS text exists because every event has one, with the case number only.
 */
import type { CaseRef, RenderedMessage } from '../notifications/events.js';
import type { WarningKind } from './kinds.js';

/** A case reference with the due date (`YYYY-MM-DD`) of the clock concerned. */
interface Due extends CaseRef {
  readonly dueDate: string;
}

/** Parameters of each supervision notice. */
export interface SupervisionEventParams {
  /** To the task's assignee (or its pool): the step clock turned yellow. */
  'supervision.task_yellow': Due & { readonly stepName: string };
  /** To the department head and the region's supervisors: a clock ran out; an overdue record is open. */
  'supervision.red': Due & { readonly kind: WarningKind; readonly explanationDueDate: string };
  /** To the handler concerned: explain the lapse in writing (超时原因说明) by `explanationDueDate`. */
  'supervision.explanation_required': Due & { readonly kind: WarningKind; readonly explanationDueDate: string };
  /** To the handler (or the department head): a supervisor urges (催办). */
  'supervision.urged': CaseRef & { readonly message: string; readonly replyDueDate: string };
  /** To the supervisor who urged: the handler replied. */
  'supervision.urge_replied': CaseRef;
  /** To the department head: an urge went unanswered past its deadline (督办). */
  'supervision.escalated': CaseRef & { readonly message: string; readonly replyDueDate: string };
  /** To the department head: the rectification of a bad rating is nearly due (DOMAIN.md §8). */
  'supervision.rectification_yellow': Due;
  /** To the department head and the region's supervisors: a rectification's deadline passed without a result. */
  'supervision.rectification_red': Due;
}

type SupervisionTemplates = { readonly [E in keyof SupervisionEventParams]: (p: SupervisionEventParams[E]) => RenderedMessage };

const KIND_ZH: Record<WarningKind, string> = {
  acceptance: '受理时限', decision: '承诺办理时限', delivery: '送达时限', suspension: '中止告知期限', statutory: '法定办理时限', step: '环节办理时限',
};
const KIND_EN: Record<WarningKind, string> = {
  acceptance: 'acceptance limit', decision: 'promised limit', delivery: 'delivery limit', suspension: 'announced suspension', statutory: 'statutory limit', step: 'step limit',
};

/** Chinese supervision notices; `zhDate` is the catalogue's date style (passed in: the catalogue imports this file). */
export function supervisionTemplatesZh(zhDate: (date: string) => string): SupervisionTemplates {
  const about = (p: CaseRef) => `办件“${p.itemName}”（编号 ${p.caseNo}）`;
  const sms = (p: CaseRef, what: string) => `【通办】办件 ${p.caseNo} ${what}，请登录通办查看。`;
  return {
    'supervision.task_yellow': (p) => ({
      title: '黄灯预警：环节即将到期',
      body: `${about(p)}的“${p.stepName}”环节将于 ${zhDate(p.dueDate)} 到期，请抓紧办理。`,
      sms: sms(p, '环节即将到期'),
    }),
    'supervision.red': (p) => ({
      title: `红灯预警：${KIND_ZH[p.kind]}已超期`,
      body: `${about(p)}的${KIND_ZH[p.kind]}已于 ${zhDate(p.dueDate)} 届满，已生成超时记录，承办人须于 ${zhDate(p.explanationDueDate)} 前作出书面超时原因说明。`,
      sms: sms(p, '已超期'),
    }),
    'supervision.explanation_required': (p) => ({
      title: '请说明超时原因',
      body: `${about(p)}的${KIND_ZH[p.kind]}已于 ${zhDate(p.dueDate)} 届满。请于 ${zhDate(p.explanationDueDate)} 前提交书面超时原因说明。`,
      sms: sms(p, '已超期，须说明超时原因'),
    }),
    'supervision.urged': (p) => ({
      title: '催办通知',
      body: `电子监察对${about(p)}发出催办：“${p.message}”。请签收，并于 ${zhDate(p.replyDueDate)} 前回复。`,
      sms: sms(p, '收到催办'),
    }),
    'supervision.urge_replied': (p) => ({
      title: '催办已回复',
      body: `${about(p)}的承办部门已回复催办。`,
      sms: sms(p, '的催办已回复'),
    }),
    'supervision.escalated': (p) => ({
      title: '督办通知',
      body: `${about(p)}的催办（${p.message}）未在 ${zhDate(p.replyDueDate)} 前回复，现提请部门负责人督办。`,
      sms: sms(p, '催办逾期未复，已转督办'),
    }),
    'supervision.rectification_yellow': (p) => ({
      title: '黄灯预警：差评整改即将到期',
      body: `${about(p)}的差评整改将于 ${zhDate(p.dueDate)} 到期，请及时回访并录入整改结果。`,
      sms: sms(p, '的差评整改即将到期'),
    }),
    'supervision.rectification_red': (p) => ({
      title: '红灯预警：差评整改已超期',
      body: `${about(p)}的差评整改已于 ${zhDate(p.dueDate)} 届满，仍未录入整改结果，请督促整改。`,
      sms: sms(p, '的差评整改已超期'),
    }),
  };
}

/** English supervision notices; dates stay `YYYY-MM-DD`. */
export const SUPERVISION_TEMPLATES_EN: SupervisionTemplates = (() => {
  const about = (p: CaseRef) => `case ${p.caseNo} ("${p.itemName}")`;
  const sms = (p: CaseRef, what: string) => `[Tongban] Case ${p.caseNo}: ${what}; see Tongban.`;
  return {
    'supervision.task_yellow': (p) => ({
      title: 'Yellow warning: a step is nearly due',
      body: `The step "${p.stepName}" of ${about(p)} is due on ${p.dueDate}. Please finish it in time.`,
      sms: sms(p, 'a step is nearly due'),
    }),
    'supervision.red': (p) => ({
      title: `Red warning: ${KIND_EN[p.kind]} passed`,
      body: `The ${KIND_EN[p.kind]} of ${about(p)} ran out on ${p.dueDate}. An overdue record is open; the handler must explain the delay in writing by ${p.explanationDueDate}.`,
      sms: sms(p, 'overdue'),
    }),
    'supervision.explanation_required': (p) => ({
      title: 'Explain the delay',
      body: `The ${KIND_EN[p.kind]} of ${about(p)} ran out on ${p.dueDate}. Please explain the delay in writing by ${p.explanationDueDate}.`,
      sms: sms(p, 'overdue, explanation required'),
    }),
    'supervision.urged': (p) => ({
      title: 'Urged by supervision',
      body: `Supervision urges ${about(p)}: "${p.message}". Please acknowledge and reply by ${p.replyDueDate}.`,
      sms: sms(p, 'urged by supervision'),
    }),
    'supervision.urge_replied': (p) => ({
      title: 'Urge answered',
      body: `The department handling ${about(p)} replied to the urge.`,
      sms: sms(p, 'urge answered'),
    }),
    'supervision.escalated': (p) => ({
      title: 'Escalated to the department head',
      body: `The urge on ${about(p)} ("${p.message}") was not answered by ${p.replyDueDate} and is escalated to the department head.`,
      sms: sms(p, 'urge escalated'),
    }),
    'supervision.rectification_yellow': (p) => ({
      title: 'Yellow warning: a rectification is nearly due',
      body: `The rectification of the bad rating of ${about(p)} is due on ${p.dueDate}. Please call back and record the result in time.`,
      sms: sms(p, 'rectification nearly due'),
    }),
    'supervision.rectification_red': (p) => ({
      title: 'Red warning: a rectification is overdue',
      body: `The rectification of the bad rating of ${about(p)} was due on ${p.dueDate} and has no result yet. Please see that it is done.`,
      sms: sms(p, 'rectification overdue'),
    }),
  };
})();
