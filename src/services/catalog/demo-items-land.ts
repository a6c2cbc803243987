import { CITY_HALL, identity, law, need, optional, parallel, phoneField, step, type DemoItem } from './demo-items-kit.js';

// 《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）.
const REGISTRATION_FEE_BASIS = '发改价格规〔2016〕2559号';
const REAL_ESTATE_LAW = '《不动产登记暂行条例》';

/**
 * Demo items for land, planning, construction and environment: real-estate registration with joint
 * handling (seed 001: one window, parallel handling, 5 workdays), planning and building permits.
 */
export const LAND_ITEMS: readonly DemoItem[] = [
  {
    department: 'land',
    build: (id) => ({
      code: '360100-ZR-0701', name: '不动产转移登记（二手房买卖）', type: '07', departmentId: id('land'),
      keywords: ['二手房', '过户', '房产证', '不动产权证书', '一件事'], applicantTypes: ['person', 'organization'],
      conditions: ['不动产权属清楚、无查封等限制', '买卖双方已签订并网签备案不动产买卖合同', '已依法缴纳相关税费'],
      legalBasis: [
        law(REAL_ESTATE_LAW, '第二十条', '不动产登记机构应当自受理登记申请之日起 30 个工作日内办结不动产登记手续，法律另有规定的除外。'),
        law('《中华人民共和国民法典》', '第二百零九条', '不动产物权的设立、变更、转让和消灭，经依法登记，发生效力。'),
      ],
      materials: [
        need('M01', '不动产登记申请书', { form: 'both' }),
        identity('M02'),
        need('M03', '不动产权证书', { licenseType: '不动产权证书' }),
        need('M04', '网签备案的不动产买卖合同', { form: 'electronic', note: '由住房和城乡建设局网签系统共享，无须提交纸质件' }),
        need('M05', '完税凭证', { form: 'electronic', note: '由税务部门共享' }),
        optional('M06', '婚姻关系证明', '房屋属于夫妻共同财产的提供'),
      ],
      form: [
        { key: 'certificateNo', label: '不动产权证书号', type: 'text', required: true, maxLength: 40 },
        { key: 'location', label: '坐落', type: 'address', required: true },
        { key: 'buyerIdNumber', label: '买受人身份证号码', type: 'id_number', required: true },
        { key: 'price', label: '成交价格（万元）', type: 'number', required: true, min: 0.01 },
        phoneField,
      ],
      // 一窗受理、并联办理: registration and the housing bureau's contract check run at once (seed 001).
      steps: [
        step('accept_review', '受理审核', 'review', id('land-registration'), 'handler', 1),
        parallel('joint', '并联审核（登记审核、交易核验）', 3, [
          { departmentId: id('land-registration'), role: 'handler' },
          { departmentId: id('housing'), role: 'handler' },
        ]),
        step('decide', '登簿发证', 'decide', id('land'), 'approver', 1),
      ],
      fees: [
        { name: '不动产登记费（住宅）', standard: '每件 80 元', basis: REGISTRATION_FEE_BASIS, amountYuan: 80 },
        { name: '不动产登记费（非住宅）', standard: '每件 550 元', basis: REGISTRATION_FEE_BASIS, amountYuan: 550 },
      ],
      statutoryDays: 30, promisedDays: 5, visits: 1, onlineDepth: 3,
      contactPhone: '0791-83880501', ...CITY_HALL,
    }),
  },
  {
    department: 'land',
    build: (id) => ({
      code: '360100-ZR-0702', name: '不动产抵押权首次登记', type: '07', departmentId: id('land'),
      keywords: ['抵押', '按揭', '贷款', '他项权利'], applicantTypes: ['person', 'organization'],
      conditions: ['抵押财产权属清楚', '已签订主债权合同和抵押合同'],
      legalBasis: [law(REAL_ESTATE_LAW, '第二十条', '不动产登记机构应当自受理登记申请之日起 30 个工作日内办结。'), law('《中华人民共和国民法典》', '第四百零二条', '以建筑物等不动产抵押的，应当办理抵押登记，抵押权自登记时设立。')],
      materials: [need('M01', '不动产登记申请书', { form: 'both' }), identity('M02'), need('M03', '不动产权证书', { licenseType: '不动产权证书' }), need('M04', '主债权合同和抵押合同', { form: 'electronic' })],
      form: [{ key: 'certificateNo', label: '不动产权证书号', type: 'text', required: true }, { key: 'amount', label: '被担保主债权数额（万元）', type: 'number', required: true, min: 0.01 }, phoneField],
      steps: [step('review', '审核', 'review', id('land-registration'), 'handler', 1), step('decide', '登簿', 'decide', id('land'), 'approver', 1)],
      fees: [{ name: '不动产登记费（住宅）', standard: '每件 80 元', basis: REGISTRATION_FEE_BASIS, amountYuan: 80 }],
      statutoryDays: 30, promisedDays: 2, visits: 0, onlineDepth: 4,
      contactPhone: '0791-83880502', ...CITY_HALL,
    }),
  },
  {
    department: 'land',
    build: (id) => ({
      code: '360100-ZR-2001', name: '不动产登记资料查询', type: '20', departmentId: id('land'),
      keywords: ['查档', '房产查询', '有无房证明'], applicantTypes: ['person', 'organization'],
      conditions: ['权利人查询本人的不动产登记资料，或利害关系人依法查询'],
      legalBasis: [law(REAL_ESTATE_LAW, '第二十七条', '权利人、利害关系人可以依法查询、复制不动产登记资料。')],
      materials: [need('M01', '不动产登记资料查询申请书', { form: 'both' }), identity('M02')],
      form: [{ key: 'idNumber', label: '查询人身份证号码', type: 'id_number', required: true }, phoneField],
      steps: [],
      fees: [],
      statutoryDays: 0, promisedDays: 0, visits: 0, onlineDepth: 4,
      contactPhone: '0791-83880503', ...CITY_HALL,
    }),
  },
  {
    department: 'land',
    build: (id) => ({
      code: '360100-ZR-0102', name: '建设工程规划许可证核发', type: '01', departmentId: id('land'),
      keywords: ['工程建设', '规划许可', '报建'], applicantTypes: ['organization'],
      conditions: ['已取得建设用地规划许可或者不动产权证书', '建设工程设计方案符合控制性详细规划和规划条件'],
      legalBasis: [law('《中华人民共和国城乡规划法》', '第四十条', '在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当申请办理建设工程规划许可证。')],
      materials: [
        need('M01', '建设工程规划许可申请表', { form: 'both' }),
        need('M02', '使用土地的有关证明文件', { licenseType: '不动产权证书' }),
        need('M03', '建设工程设计方案总平面图及电子报批文件', { form: 'electronic' }),
        need('M04', '人防、消防等专项意见', { deferrable: true, note: '并联审批中由相关部门同步出具' }),
      ],
      form: [{ key: 'projectName', label: '项目名称', type: 'text', required: true }, { key: 'floorArea', label: '总建筑面积（平方米）', type: 'number', required: true, min: 1 }, phoneField],
      steps: [
        step('review', '方案审查', 'review', id('land-registration'), 'handler', 4),
        parallel('joint', '联合审查（规划、建设）', 4, [{ departmentId: id('land-registration'), role: 'handler' }, { departmentId: id('housing'), role: 'handler' }], 'all'),
        step('decide', '核发许可', 'decide', id('land'), 'approver', 2),
      ],
      fees: [],
      statutoryDays: 20, promisedDays: 10, visits: 1, onlineDepth: 3,
      contactPhone: '0791-83880504', ...CITY_HALL,
    }),
  },
  {
    department: 'housing',
    build: (id) => ({
      code: '360100-ZJ-0101', name: '建筑工程施工许可证核发', type: '01', departmentId: id('housing'),
      keywords: ['施工许可', '开工', '工程建设'], applicantTypes: ['organization'],
      conditions: ['已办理用地批准手续', '已取得建设工程规划许可证', '已确定施工企业', '有满足施工需要的技术资料和保证工程质量和安全的具体措施'],
      legalBasis: [law('《中华人民共和国建筑法》', '第八条', '申请领取施工许可证应当具备法定条件；建设行政主管部门应当自收到申请之日起七日内，对符合条件的颁发施工许可证。')],
      materials: [
        need('M01', '建筑工程施工许可证申请表', { form: 'both' }),
        need('M02', '建设工程规划许可证', { licenseType: '建设工程规划许可证' }),
        need('M03', '中标通知书或施工合同'),
        need('M04', '施工图设计文件审查合格书', { deferrable: true }),
        need('M05', '建设资金已落实承诺书', { note: '实行告知承诺制' }),
      ],
      form: [{ key: 'projectName', label: '工程名称', type: 'text', required: true }, { key: 'contractPrice', label: '合同价格（万元）', type: 'number', required: true, min: 0 }, phoneField],
      steps: [step('review', '审查', 'review', id('housing'), 'handler', 2), step('decide', '核发', 'decide', id('housing'), 'approver', 1)],
      fees: [],
      statutoryDays: 7, promisedDays: 3, visits: 0, onlineDepth: 4, commitmentAllowed: true,
      contactPhone: '0791-83880601', ...CITY_HALL,
    }),
  },
  {
    department: 'housing',
    build: (id) => ({
      code: '360100-ZJ-0102', name: '商品房预售许可', type: '01', departmentId: id('housing'),
      keywords: ['预售证', '楼盘', '房地产开发'], applicantTypes: ['organization'],
      conditions: ['已交付全部土地使用权出让金，取得土地使用权证书', '持有建设工程规划许可证和施工许可证', '投入开发建设的资金达到工程建设总投资的 25% 以上'],
      legalBasis: [law('《中华人民共和国城市房地产管理法》', '第四十五条', '商品房预售应当符合法定条件，并向县级以上人民政府房产管理部门办理预售登记，取得商品房预售许可证明。')],
      materials: [need('M01', '商品房预售许可申请表'), need('M02', '开发企业营业执照和资质证书', { licenseType: '营业执照' }), need('M03', '工程施工进度证明'), need('M04', '商品房预售方案')],
      form: [{ key: 'projectName', label: '项目名称', type: 'text', required: true }, { key: 'units', label: '预售套数', type: 'number', required: true, min: 1 }, phoneField],
      steps: [step('review', '审查与现场查勘', 'review', id('housing'), 'handler', 3), step('decide', '决定', 'decide', id('housing'), 'approver', 2)],
      fees: [],
      statutoryDays: 10, promisedDays: 5, visits: 1, onlineDepth: 3,
      contactPhone: '0791-83880602', ...CITY_HALL,
    }),
  },
  {
    department: 'environment',
    build: (id) => ({
      code: '360100-ST-0101', name: '建设项目环境影响报告表审批', type: '01', departmentId: id('environment'),
      keywords: ['环评', '环境影响评价'], applicantTypes: ['organization'],
      conditions: ['建设项目类型及其选址、布局、规模等符合环境保护法律法规和相关规划', '环境影响报告表内容符合技术规范'],
      legalBasis: [law('《中华人民共和国环境影响评价法》', '第二十二条', '审批部门应当自收到环境影响报告表之日起三十日内作出审批决定并书面通知建设单位。')],
      materials: [need('M01', '建设项目环境影响报告表（全本）', { form: 'both' }), need('M02', '报告表全本公开的说明'), need('M03', '建设单位承诺书')],
      form: [{ key: 'projectName', label: '建设项目名称', type: 'text', required: true }, { key: 'site', label: '建设地点', type: 'address', required: true }, phoneField],
      // The law counts 30 days; like most local lists we record it as workdays (docs/catalog.md). Expert review
      // (专家评审) suspends the clock (行政许可法 第四十五条), so the steps count only the bureau's own days.
      steps: [step('review', '技术审查', 'review', id('environment'), 'handler', 6), step('decide', '审批决定', 'decide', id('environment'), 'approver', 4)],
      fees: [],
      statutoryDays: 30, promisedDays: 10, visits: 1, onlineDepth: 3,
      contactPhone: '0791-83880701', ...CITY_HALL,
    }),
  },
];
