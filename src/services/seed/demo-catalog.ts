import type { StaffRole } from '../../core/accounts/roles.js';
import { fieldMessage } from '../../core/errors.js';
import { FONT } from '../../documents/pdf/fonts.js';
import { Sheet, SIZE } from '../../documents/pdf/sheet.js';
import { drawTable } from '../../documents/pdf/table.js';
import type { Department } from '../../core/organization/types.js';
import { findItem } from '../../store/repositories/item-repository.js';
import { BUSINESS_ITEMS } from '../catalog/demo-items-business.js';
import type { DemoItem } from '../catalog/demo-items-kit.js';
import { LAND_ITEMS } from '../catalog/demo-items-land.js';
import { PEOPLE_ITEMS } from '../catalog/demo-items-people.js';
import { checkContent } from '../catalog/item-content.js';
import { addItem, publishDraft, publishProblems } from '../catalog/item-store.js';
import { seedMaterialFile } from '../catalog/material-samples.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction } from '../context.js';

/** The demo catalog: 20 published items over 9 departments of the demo city (issue 4 §6). */
export const DEMO_ITEMS: readonly DemoItem[] = [...BUSINESS_ITEMS, ...LAND_ITEMS, ...PEOPLE_ITEMS];

/**
 * Staff the demo items' steps need beyond the foundation's demo accounts (every step must have
 * someone who can do it before an item is published). Same shape as DEMO_STAFF: add them there.
 */
export const DEMO_CATALOG_STAFF: readonly { username: string; name: string; department: string; roles: readonly StaffRole[] }[] = [
  { username: 'housing-handler', name: '黄承办', department: 'housing', roles: ['handler'] },
  { username: 'housing-approver', name: '林审批', department: 'housing', roles: ['approver'] },
  { username: 'env-handler', name: '何承办', department: 'environment', roles: ['handler'] },
  { username: 'env-approver', name: '罗审批', department: 'environment', roles: ['approver'] },
  { username: 'health-handler', name: '高承办', department: 'health', roles: ['handler'] },
  { username: 'health-approver', name: '梁审批', department: 'health', roles: ['approver'] },
  { username: 'transport-handler', name: '宋承办', department: 'transport', roles: ['handler'] },
  { username: 'transport-approver', name: '唐审批', department: 'transport', roles: ['approver'] },
  { username: 'donghu-handler', name: '许承办', department: 'donghu-approval', roles: ['handler'] },
  { username: 'donghu-approver', name: '韩审批', department: 'donghu-approval', roles: ['approver'] },
  { username: 'county-handler', name: '冯承办', department: 'nanchang-county-approval', roles: ['handler'] },
  { username: 'county-approver', name: '曹审批', department: 'nanchang-county-approval', roles: ['approver'] },
];

/** Filled-in application forms (填写示例) attached as the samples of demo materials; every person and number is made up. */
const DEMO_SAMPLES: readonly { code: string; materialCode: string; title: string; rows: readonly (readonly [string, string])[] }[] = [
  { code: '360100-ZR-0701', materialCode: 'M01', title: '不动产登记申请书', rows: [
    ['登记事项', '转移登记（二手房买卖）'], ['不动产坐落', '南昌市东湖区示例路 8 号 2 栋 1 单元 301 室'], ['不动产权证书号', '赣（2020）南昌市不动产权第 0000000 号'],
    ['权利人（买受人）', '张三'], ['义务人（出卖人）', '李四'], ['成交价格', '壹佰贰拾万元整（120 万元）'], ['联系电话', '138****0000'],
    ['申请人签章', '张三　李四（本人签字，不得代签）'] ] },
  { code: '360100-SC-0101', materialCode: 'M01', title: '食品经营许可申请书', rows: [
    ['经营者名称', '南昌示例餐饮管理有限公司'], ['统一社会信用代码', '91360100XXXXXXXXXX'], ['经营场所', '南昌市红谷滩区示例大道 100 号 1 层'],
    ['主体业态', '餐饮服务经营者（小型餐馆）'], ['经营项目', '热食类食品制售；冷食类食品制售'], ['法定代表人', '王五'],
    ['联系电话', '139****0000'], ['申请人声明', '本人对所提交材料的真实性负责。（签字并加盖公章）'] ] },
  { code: '360100-SC-0102', materialCode: 'M01', title: '公司登记（备案）申请书', rows: [
    ['公司名称', '南昌示例科技有限公司'], ['住所', '南昌市青山湖区示例路 66 号'], ['注册资本', '100 万元人民币'],
    ['公司类型', '有限责任公司（自然人投资或控股）'], ['经营范围', '软件开发；信息技术咨询服务（依法须经批准的项目除外）'],
    ['法定代表人', '赵六'], ['股东', '赵六（出资 60 万元）；钱七（出资 40 万元）'], ['联系电话', '137****0000'] ] },
];

/** One sample as a PDF: the form filled in with made-up values, under a large 示例 watermark. */
async function renderSample(sample: (typeof DEMO_SAMPLES)[number], createdAt: Date): Promise<Buffer> {
  const sheet = new Sheet({ title: `${sample.title}（填写示例）`, author: 'Tongban 通办演示数据', subject: '示例样本', createdAt });
  sheet.text(`${sample.title}（填写示例）`, { size: SIZE.title, face: FONT.bold, align: 'center' });
  sheet.gap(12);
  drawTable(sheet, { columns: [{ share: 1, label: true }, { share: 2.6 }], rows: sample.rows });
  sheet.gap(12);
  sheet.text('填写说明：本样本中的人员、号码和地址均为虚构，仅示范各栏应填写的内容；请按本人实际情况如实填写，涂改处须签字确认。', { size: SIZE.small, indent: 2 });
  const { width, height } = sheet.doc.page;
  sheet.doc.save().rotate(-35, { origin: [width / 2, height / 2] }).font(FONT.bold).fontSize(150).fillColor('#d8241c').fillOpacity(0.14)
    .text('示例', width / 2 - 150, height / 2 - 110, { lineBreak: false }).restore();
  return sheet.finish('示例样本 · 仅供参考 · 请勿直接提交');
}

/** Attaches the demo samples to their materials (about 30 ms each). */
async function attachSamples(trx: Trx, ctx: Ctx): Promise<void> {
  for (const sample of DEMO_SAMPLES) {
    const bytes = await renderSample(sample, ctx.clock.now());
    await seedMaterialFile(trx, ctx, { code: sample.code, materialCode: sample.materialCode, kind: 'sample' }, `${sample.title}（填写示例）.pdf`, bytes);
  }
}

function idsOf(departmentsByKey: ReadonlyMap<string, Department>) {
  return (key: string): string => {
    const department = departmentsByKey.get(key);
    if (!department) throw new Error(`demo catalog: no demo department "${key}"`);
    return department.id;
  };
}

async function loadInto(trx: Trx, ctx: Ctx, departmentsByKey: ReadonlyMap<string, Department>): Promise<number> {
  const id = idsOf(departmentsByKey);
  for (const demo of DEMO_ITEMS) {
    const checked = await checkContent(trx, demo.build(id), () => true);
    const department = checked.department;
    const problems = [...checked.errors, ...(department ? await publishProblems(trx, checked.content) : [])];
    if (!department || problems.length > 0) {
      // A broken demo item is a bug in the seed data: say exactly what, rather than seed half a catalog.
      const why = problems.map((p) => `${p.field}: ${fieldMessage(p.code, 'zh', p.params)}`).join('; ');
      throw new Error(`demo catalog: ${checked.content.code} ${checked.content.name} cannot be published: ${why}`);
    }
    await addItem(trx, ctx, checked.content, department, { action: 'seed', catchAll: demo.catchAll ?? false });
    const item = await findItem(trx, checked.content.code);
    if (item) await publishDraft(trx, ctx, item, 'seed_publish');
  }
  await attachSamples(trx, ctx);
  return DEMO_ITEMS.length;
}

/**
 * Loads and publishes the demo catalog for the demo departments (keys as in demo-data.ts), audited
 * as `seed`. Needs the staff of DEMO_STAFF and DEMO_CATALOG_STAFF already stored. Runs in `trx` when
 * given (inside the demo seed's transaction), else in its own; returns the number of items.
 */
export async function loadDemoCatalog(ctx: Ctx, departmentsByKey: ReadonlyMap<string, Department>, trx?: Trx): Promise<number> {
  return trx ? loadInto(trx, ctx, departmentsByKey) : inTransaction(ctx, (own) => loadInto(own, ctx, departmentsByKey));
}
