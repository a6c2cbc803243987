import { supervisionTemplatesZh } from '../supervision/notices.js';
import type { AppointmentRef, Templates } from './events.js';

// SMS texts start with the signature (短信签名) the gateway registers; 【通办】 here.
const SIGN = '【通办】';

/** `2026-03-09` → `2026年3月9日`. */
export function zhDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

const about = (p: { caseNo: string; itemName: string }) => `您申请的“${p.itemName}”（办件编号 ${p.caseNo}）`;
/** An appointment booked (`预约`) or moved (`改约`): where and when, and how to check in. */
const appointment = (verb: '预约' | '改约') => (p: AppointmentRef) => {
  const when = `${zhDate(p.day)} ${p.startTime}—${p.endTime}`;
  return {
    title: verb === '预约' ? '大厅预约成功' : '大厅预约已改约',
    body: `您已${verb}${p.hallName}“${p.categoryName}”，时间 ${when}。请在预约时段开始前 30 分钟内到大厅，凭签到码 ${p.checkinCode} 在自助终端签到取号，或登录后在手机上签到。`,
    sms: `${SIGN}您已${verb}${p.hallName} ${when}，签到码 ${p.checkinCode}。`,
  };
};

/** Chinese messages, the default language. */
export const ZH_TEMPLATES: Templates = {
  ...supervisionTemplatesZh(zhDate),
  'case.submitted': (p) => ({
    title: '申请已提交',
    body: `${about(p)}已提交。办理机关将在 5 个工作日内告知是否受理。`,
    sms: `${SIGN}您的申请已提交，办件编号 ${p.caseNo}。`,
  }),
  'case.accepted': (p) => ({
    title: '办件已受理',
    body: `${about(p)}已受理，承诺于 ${zhDate(p.dueDate)} 前办结。`,
    sms: `${SIGN}办件 ${p.caseNo} 已受理，承诺 ${zhDate(p.dueDate)} 前办结。`,
  }),
  'case.deemed_accepted': (p) => ({
    title: '办件视为受理',
    body: `${about(p)}在 5 个工作日内未获受理决定，依法自收到申请材料之日起视为受理，承诺于 ${zhDate(p.dueDate)} 前办结。`,
    sms: `${SIGN}办件 ${p.caseNo} 已依法视为受理，承诺 ${zhDate(p.dueDate)} 前办结。`,
  }),
  'case.correction_required': (p) => ({
    title: '请补正材料',
    body: `${about(p)}需要补正材料，一次性告知书列明了全部需补正的内容。请于 ${zhDate(p.dueDate)} 前补正，逾期未补正的视为放弃申请。`,
    sms: `${SIGN}办件 ${p.caseNo} 需补正材料，请于 ${zhDate(p.dueDate)} 前登录通办查看一次性告知书。`,
  }),
  'case.refused': (p) => ({
    title: '申请不予受理',
    body: `${about(p)}不予受理。不予受理决定书载明了理由，以及申请行政复议或者提起行政诉讼的权利。`,
    sms: `${SIGN}办件 ${p.caseNo} 不予受理，理由及救济途径请登录通办查看。`,
  }),
  'case.suspended': (p) => ({
    title: '办理时限中止',
    body: `${about(p)}因法定情形（如听证、检验、检测、鉴定、专家评审）中止计算办理时限，原因和所需时间见中止告知书。`,
    sms: `${SIGN}办件 ${p.caseNo} 的办理时限已中止计算，详情请登录通办查看。`,
  }),
  'case.resumed': (p) => ({
    title: '办理时限恢复计算',
    body: `${about(p)}的特别程序已结束，办理时限恢复计算，中止期间不计入办理期限，承诺办结日期相应顺延至 ${zhDate(p.dueDate)}。`,
    sms: `${SIGN}办件 ${p.caseNo} 的办理时限已恢复计算，承诺 ${zhDate(p.dueDate)} 前办结。`,
  }),
  'case.extended': (p) => ({
    title: '办理期限延长',
    body: `${about(p)}经批准延长办理期限，新的承诺办结日期为 ${zhDate(p.dueDate)}，延长理由见延期告知书。`,
    sms: `${SIGN}办件 ${p.caseNo} 办理期限延长至 ${zhDate(p.dueDate)}。`,
  }),
  'case.concluded': (p) => ({
    title: '办件已办结',
    body: p.outcome === 'granted'
      ? `${about(p)}已办结，决定准予。`
      : `${about(p)}已办结，决定不予准予。决定书载明了理由，以及申请行政复议或者提起行政诉讼的权利。`,
    sms: `${SIGN}办件 ${p.caseNo} 已办结，结果请登录通办查看。`,
  }),
  'case.delivered': (p) => ({
    title: '办理结果已送达',
    body: `${about(p)}的办理结果已送达。`,
    sms: `${SIGN}办件 ${p.caseNo} 的办理结果已送达。`,
  }),
  'case.abandoned_reminder': (p) => ({
    title: '补正期限即将届满',
    body: `${about(p)}尚未补正材料。请于 ${zhDate(p.dueDate)} 前补正，逾期未补正的视为放弃申请。`,
    sms: `${SIGN}办件 ${p.caseNo} 请于 ${zhDate(p.dueDate)} 前补正材料，逾期视为放弃申请。`,
  }),
  'case.abandoned': (p) => ({
    title: '申请已终止',
    body: `${about(p)}因未在期限内补正材料，视为放弃申请，办件已终止。如仍需办理，请重新申请。`,
    sms: `${SIGN}办件 ${p.caseNo} 因逾期未补正已终止。`,
  }),
  'rating.requested': (p) => ({
    title: '请评价本次服务',
    body: `${about(p)}已有办理结果，欢迎对本次服务作出评价（好差评）：${p.rateLink}`,
    sms: `${SIGN}办件 ${p.caseNo} 已有办理结果，欢迎评价本次服务：${p.rateLink}`,
  }),
  'rating.rectified': (p) => ({
    title: '差评整改结果',
    body: `感谢您对${about(p)}的评价。办理部门已回访核实并完成整改，整改措施和结果可在办件页面查看。`,
    sms: `${SIGN}您对办件 ${p.caseNo} 的评价已整改完毕，结果请登录通办查看。`,
  }),
  'license.revoked': (p) => ({
    title: '电子证照已撤销',
    body: `${about(p)}取得的电子证照（编号 ${p.licenseNo}）已被撤销（理由：${p.reason}），不再有效，扫码验证将显示“已撤销”。如对撤销决定不服，可以依法申请行政复议或者提起行政诉讼。`,
    sms: `${SIGN}办件 ${p.caseNo} 的电子证照已撤销，理由及救济途径请登录通办查看。`,
  }),
  'hall.appointment_booked': appointment('预约'),
  'hall.appointment_changed': appointment('改约'),
};
