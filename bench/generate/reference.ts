/**
 * The organization and catalog of the generated city, written through the product's own repositories and
 * catalog services (so items pass the real publishing checks): 南昌市 with its nine districts and counties,
 * about 80 departments, a handler and an approver for each bureau, and about 170 published items.
 */
import type { ItemInput, Step } from '../../src/core/catalog/index.js';
import type { Department } from '../../src/core/organization/types.js';
import { regionLevelOf } from '../../src/core/organization/region.js';
import { checkContent } from '../../src/services/catalog/item-content.js';
import { addItem, publishDraft } from '../../src/services/catalog/item-store.js';
import type { Ctx } from '../../src/services/context.js';
import { inTransaction } from '../../src/services/context.js';
import { insertDepartment } from '../../src/store/repositories/department-repository.js';
import { findItem } from '../../src/store/repositories/item-repository.js';
import { insertRegion } from '../../src/store/repositories/region-repository.js';
import { insertUser } from '../../src/store/repositories/user-repository.js';
import type { Random } from './random.js';

export const CITY = '360100';

const REGIONS = [
  { code: '360000', name: '江西省', parentCode: null },
  { code: CITY, name: '南昌市', parentCode: '360000' },
  { code: '360102', name: '东湖区', parentCode: CITY },
  { code: '360103', name: '西湖区', parentCode: CITY },
  { code: '360104', name: '青云谱区', parentCode: CITY },
  { code: '360111', name: '青山湖区', parentCode: CITY },
  { code: '360112', name: '新建区', parentCode: CITY },
  { code: '360113', name: '红谷滩区', parentCode: CITY },
  { code: '360121', name: '南昌县', parentCode: CITY },
  { code: '360123', name: '安义县', parentCode: CITY },
  { code: '360124', name: '进贤县', parentCode: CITY },
] as const;

/** City bureaus and what their items are about (names are composed from these). */
const CITY_BUREAUS: readonly { name: string; items: readonly string[] }[] = [
  { name: '市场监督管理局', items: ['食品经营许可', '企业设立登记', '企业变更登记', '特种设备使用登记', '医疗器械经营许可', '药品零售许可', '计量器具型式批准', '广告发布登记'] },
  { name: '自然资源和规划局', items: ['不动产转移登记', '不动产抵押登记', '建设工程规划许可', '建设用地规划许可', '乡村建设规划许可', '不动产登记资料查询'] },
  { name: '住房和城乡建设局', items: ['建筑工程施工许可', '商品房预售许可', '建筑业企业资质核准', '房屋建筑工程竣工验收备案', '城市建筑垃圾处置核准'] },
  { name: '生态环境局', items: ['环境影响报告表审批', '排污许可', '危险废物经营许可', '辐射安全许可'] },
  { name: '卫生健康委员会', items: ['医疗机构执业登记', '公共场所卫生许可', '医师执业注册', '护士执业注册', '放射诊疗许可'] },
  { name: '交通运输局', items: ['道路货物运输经营许可', '网络预约出租汽车运输证', '道路运输从业资格证', '公路超限运输许可'] },
  { name: '人力资源和社会保障局', items: ['社会保障卡申领', '就业创业证申领', '劳务派遣经营许可', '职业技能等级认定', '失业保险金申领'] },
  { name: '公安局', items: ['户口迁移', '居住证签注', '出入境证件办理', '机动车登记', '驾驶证换证'] },
  { name: '民政局', items: ['婚姻登记', '社会团体成立登记', '民办非企业单位登记', '养老机构备案', '最低生活保障审批'] },
  { name: '教育局', items: ['民办学校办学许可', '教师资格认定', '校外培训机构审批'] },
  { name: '文化广电新闻出版旅游局', items: ['娱乐场所经营许可', '营业性演出许可', '旅行社设立许可', '出版物零售许可'] },
  { name: '农业农村局', items: ['农药经营许可', '兽药经营许可', '种子生产经营许可', '动物防疫条件合格证'] },
  { name: '水务局', items: ['取水许可', '洪水影响评价审批', '生产建设项目水土保持方案审批'] },
  { name: '商务局', items: ['成品油零售经营资格', '单用途预付卡备案', '对外贸易经营者备案'] },
  { name: '医疗保障局', items: ['医保关系转移', '异地就医备案', '定点医药机构申请'] },
  { name: '城市管理局', items: ['城市道路占用挖掘许可', '户外广告设置许可', '临时占道经营许可'] },
  { name: '应急管理局', items: ['危险化学品经营许可', '烟花爆竹经营许可', '安全生产许可'] },
  { name: '林业局', items: ['林木采伐许可', '使用林地审核', '野生动物人工繁育许可'] },
  { name: '行政审批局', items: ['个体工商户设立登记', '小餐饮登记', '食品小作坊登记'] },
];

/** What every district and county runs itself. */
const COUNTY_BUREAUS: readonly { name: string; items: readonly string[] }[] = [
  { name: '行政审批局', items: ['个体工商户设立登记', '食品经营许可', '小餐饮登记', '公共场所卫生许可', '建筑工程施工许可'] },
  { name: '公安分局', items: ['户口迁移', '居住证签注', '身份证换领'] },
  { name: '人力资源和社会保障局', items: ['社会保障卡申领', '就业创业证申领', '失业保险金申领'] },
  { name: '民政局', items: ['婚姻登记', '最低生活保障审批', '临时救助'] },
];

/** One item as the generator uses it. */
export interface GeneratedItem {
  readonly code: string;
  readonly versionId: string;
  readonly name: string;
  readonly departmentId: string;
  readonly regionCode: string;
  readonly promisedDays: number;
  readonly statutoryDays: number;
  readonly visits: number;
  readonly steps: readonly Step[];
  /** How popular the item is (relative weight of its cases). */
  readonly weight: number;
}

export interface Reference {
  readonly regions: readonly string[];
  readonly items: readonly GeneratedItem[];
  /** The handler of each bureau's division (by department id). */
  readonly handlers: ReadonlyMap<string, string>;
  /** The city's supervisor (督办), who urges. */
  readonly supervisorId: string;
}

const ROLE_NAMES = { handler: '承办', approver: '审批', supervisor: '督办' } as const;

// Generated staff never sign in: a well-formed hash no password matches.
const FAKE_HASH = 'scrypt$32768$8$1$YmVuY2g$YmVuY2htYXJrLWdlbmVyYXRlZC1ub3QtYS1yZWFsLWhhc2g';

/** A time limit profile: instant items, a few days, two weeks, a month. */
function limits(random: Random): { promisedDays: number; statutoryDays: number } {
  const r = random.next();
  if (r < 0.25) return { promisedDays: 0, statutoryDays: random.int(1, 5) };
  const promisedDays = r < 0.55 ? random.int(1, 5) : r < 0.8 ? random.int(6, 10) : random.int(11, 20);
  return { promisedDays, statutoryDays: Math.max(promisedDays, Math.round(promisedDays * (1.5 + random.next()))) };
}

function stepsFor(promisedDays: number, own: Department, division: Department, other: Department, random: Random): ItemInput['steps'] {
  if (promisedDays === 0) return [];
  if (promisedDays === 1) return [{ key: 'decide', name: '审查决定', kind: 'decide', departmentId: own.id, role: 'approver', workdays: 1 }];
  const parallel = promisedDays >= 6 && random.next() < 0.3;
  // Step limits add up to the promised days (a publishing check).
  const review = Math.max(1, Math.floor(promisedDays / (parallel ? 3 : 2)));
  const joint = parallel ? Math.max(1, Math.floor(promisedDays / 3)) : 0;
  const steps: Step[] = [{ key: 'review', name: '审查', kind: 'review', departmentId: division.id, role: 'handler', workdays: review }];
  if (parallel) {
    steps.push({
      key: 'joint', name: '并联审查', kind: 'parallel', departmentId: division.id, workdays: joint, join: 'all',
      branches: [{ departmentId: division.id, role: 'handler' }, { departmentId: other.id, role: 'handler' }],
    });
  }
  steps.push({ key: 'decide', name: '决定', kind: 'decide', departmentId: own.id, role: 'approver', workdays: Math.max(1, promisedDays - review - joint) });
  return steps;
}

/** Writes the regions, departments, staff and published items; returns what the case generator needs. */
export async function writeReference(ctx: Ctx, random: Random): Promise<Reference> {
  const now = ctx.clock.now().toISOString();
  const handlers = new Map<string, string>();
  let supervisorId = '';
  const inputs: { input: ItemInput; weight: number }[] = [];
  await inTransaction(ctx, async (trx) => {
    for (const region of REGIONS) await insertRegion(trx, { ...region, level: regionLevelOf(region.code) ?? 'county' }, now);
    let staff = 0;
    const department = async (name: string, regionCode: string, kind: Department['kind'], parent: Department | null) => {
      const id = ctx.newId();
      const d: Department = { id, name, regionCode, kind, parentId: parent?.id ?? null, path: `${parent?.path ?? '/'}${id}/` };
      await insertDepartment(trx, d, now);
      return d;
    };
    const person = async (d: Department, role: 'handler' | 'approver' | 'supervisor') => {
      const id = ctx.newId();
      staff += 1;
      await insertUser(trx, {
        id, username: `gen-${role}-${staff}`, password_hash: FAKE_HASH, name: `${ROLE_NAMES[role]}${staff}`, kind: 'staff',
        department_id: d.id, roles: JSON.stringify([role]), active: 1, backup_user_id: null, absence_from: null, absence_to: null,
        failed_logins: 0, locked_until: null, created_at: now, updated_at: now,
      });
      return id;
    };
    supervisorId = await person(await department('南昌市政务服务数据管理局', CITY, 'bureau', null), 'supervisor');
    const bureaus: { own: Department; division: Department; items: readonly string[]; regionName: string }[] = [];
    for (const region of REGIONS.filter((r) => r.parentCode !== null)) {
      const county = region.code !== CITY;
      for (const spec of county ? COUNTY_BUREAUS : CITY_BUREAUS) {
        const own = await department(`${region.name}${spec.name}`, region.code, 'bureau', null);
        const division = await department('审批科', region.code, 'division', own);
        await person(own, 'approver');
        handlers.set(division.id, await person(division, 'handler'));
        bureaus.push({ own, division, items: spec.items, regionName: region.name });
      }
    }
    let serial = 0;
    for (const bureau of bureaus) {
      const other = bureaus[random.int(0, bureaus.length - 1)]?.division ?? bureau.division;
      for (const itemName of bureau.items) {
        serial += 1;
        const time = limits(random);
        inputs.push({
          weight: Math.round(1_000 / (1 + random.int(0, 40))),
          input: {
            code: `${bureau.own.regionCode}-GEN-${String(serial).padStart(4, '0')}`, name: itemName, type: '01', departmentId: bureau.own.id,
            materials: [{ code: 'M01', name: '申请书', required: true, deferrable: false }, { code: 'M02', name: '身份证明', required: true, deferrable: false }],
            form: [{ key: 'subject', label: '申请事项说明', type: 'text', required: true, maxLength: 500 }, { key: 'phone', label: '联系电话', type: 'phone', required: true }],
            steps: stepsFor(time.promisedDays, bureau.own, bureau.division, other, random),
            ...time, visits: random.pick([0, 0, 0, 1, 1, 2]) as 0 | 1 | 2, onlineDepth: 3,
          },
        });
      }
    }
  });
  // Items go through the catalog's own checks and publication, in one transaction.
  const items = await inTransaction(ctx, async (trx) => {
    const written: GeneratedItem[] = [];
    for (const { input, weight } of inputs) {
      const checked = await checkContent(trx, input, () => true);
      if (!checked.department || checked.errors.length > 0) throw new Error(`generated item ${input.code} is invalid: ${JSON.stringify(checked.errors)}`);
      await addItem(trx, ctx, checked.content, checked.department, { action: 'seed' });
      const row = await findItem(trx, input.code);
      if (!row) throw new Error(`generated item ${input.code} was not stored`);
      const version = await publishDraft(trx, ctx, row, 'seed_publish');
      written.push({
        code: input.code, versionId: version.id, name: input.name, departmentId: input.departmentId, regionCode: version.regionCode,
        promisedDays: input.promisedDays, statutoryDays: input.statutoryDays, visits: input.visits ?? 1, steps: version.content.steps, weight,
      });
    }
    return written;
  });
  return { regions: REGIONS.map((r) => r.code), items, handlers, supervisorId };
}
