import { CITY_HALL, identity, law, need, optional, phoneField, step, type DemoItem } from './demo-items-kit.js';

/**
 * Demo items for businesses: market supervision, health, transport and the district and county
 * approval bureaus. Time limits follow the cited rules; promised days are the city's own promise.
 * Legal texts are our paraphrase, not quotations.
 */
export const BUSINESS_ITEMS: readonly DemoItem[] = [
  {
    department: 'market',
    build: (id) => ({
      code: '360100-SC-0101', name: '食品经营许可', type: '01', departmentId: id('market'),
      // 食品经营许可和备案管理办法: 食品经营许可证有效期为 5 年.
      licenseName: '食品经营许可证', licenseValidYears: 5,
      keywords: ['餐饮', '食品销售', '饭店', '超市', '许可证'], applicantTypes: ['person', 'organization'],
      conditions: [
        '具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所',
        '具有与经营的食品品种、数量相适应的经营设备或者设施',
        '有专职或者兼职的食品安全管理人员和保证食品安全的规章制度',
        '具有合理的设备布局和工艺流程，防止待加工食品与直接入口食品、原料与成品交叉污染',
      ],
      legalBasis: [
        law('《中华人民共和国食品安全法》', '第三十五条', '从事食品生产、食品销售、餐饮服务，应当依法取得许可；仅销售预包装食品的，报所在地县级以上市场监管部门备案即可。'),
        law('《食品经营许可和备案管理办法》', '第二十六条', '市场监管部门应当自受理申请之日起十个工作日内作出是否准予行政许可的决定。'),
      ],
      materials: [
        need('M01', '食品经营许可申请书', { form: 'both', note: '可在网上办理时在线填写，或在窗口领取空白表格' }),
        need('M02', '营业执照或者其他主体资格证明文件', { form: 'electronic', licenseType: '营业执照' }),
        need('M03', '与食品经营相适应的主要设备设施、经营布局、操作流程等文件', { deferrable: true, note: '容缺受理：可在受理后 5 个工作日内补交' }),
        need('M04', '食品安全自查、从业人员健康管理、进货查验记录等食品安全管理制度', { deferrable: true }),
        optional('M05', '授权委托书及受托人身份证明', '委托他人办理的提供'),
      ],
      form: [
        { key: 'operatorName', label: '经营者名称', type: 'text', required: true, maxLength: 60 },
        { key: 'creditCode', label: '统一社会信用代码', type: 'credit_code', required: true },
        { key: 'premises', label: '经营场所', type: 'address', required: true },
        { key: 'category', label: '主体业态', type: 'select', required: true, options: ['食品销售经营者', '餐饮服务经营者', '单位食堂'] },
        { key: 'area', label: '经营面积（平方米）', type: 'number', required: true, min: 1, max: 100000 },
        phoneField,
      ],
      steps: [
        step('review', '材料审查与现场核查', 'review', id('market-registration'), 'handler', 6),
        step('decide', '审批决定', 'decide', id('market'), 'approver', 3),
      ],
      fees: [], feeNote: '不收费',
      statutoryDays: 20, promisedDays: 10, visits: 0, onlineDepth: 4, commitmentAllowed: true,
      contactPhone: '0791-83880101', ...CITY_HALL,
    }),
  },
  {
    department: 'market',
    build: (id) => ({
      code: '360100-SC-0102', name: '企业设立登记', type: '01', departmentId: id('market'),
      keywords: ['开办企业', '公司注册', '营业执照', '一件事'], applicantTypes: ['person', 'organization'],
      conditions: ['申请材料齐全、符合法定形式', '企业名称已自主申报并通过规范性审查', '有符合规定的住所（经营场所）'],
      legalBasis: [
        law('《中华人民共和国市场主体登记管理条例》', '第十九条', '申请材料齐全、符合法定形式的，登记机关予以确认并当场登记；不能当场登记的，应当在 3 个工作日内予以登记。'),
      ],
      materials: [
        need('M01', '公司登记（备案）申请书', { form: 'electronic' }),
        need('M02', '公司章程', { form: 'electronic' }),
        need('M03', '股东的主体资格文件或者自然人身份证明', { form: 'electronic', licenseType: '居民身份证' }),
        need('M04', '住所（经营场所）使用证明', { form: 'electronic', licenseType: '不动产权证书', note: '本市不动产可由登记机关共享核验，免于提交' }),
        need('M05', '法定代表人、董事、监事和高级管理人员的任职文件和身份证明', { form: 'electronic' }),
      ],
      form: [
        { key: 'companyName', label: '企业名称', type: 'text', required: true, maxLength: 60 },
        { key: 'registeredCapital', label: '注册资本（万元）', type: 'number', required: true, min: 0.01 },
        { key: 'legalRepresentativeId', label: '法定代表人身份证号码', type: 'id_number', required: true },
        { key: 'domicile', label: '住所', type: 'address', required: true },
        phoneField,
      ],
      steps: [],
      fees: [], feeNote: '不收费；免费刻制首套印章',
      statutoryDays: 3, promisedDays: 0, visits: 0, onlineDepth: 4,
      contactPhone: '0791-83880102', ...CITY_HALL,
    }),
  },
  {
    department: 'market',
    build: (id) => ({
      code: '360100-SC-1101', name: '第二类医疗器械经营备案', type: '11', departmentId: id('market'),
      keywords: ['医疗器械', '备案', '药店'], applicantTypes: ['organization'],
      conditions: ['有与经营规模和经营范围相适应的经营场所和贮存条件', '有与经营的医疗器械相适应的质量管理制度和质量管理机构或者人员'],
      legalBasis: [law('《医疗器械监督管理条例》', '第四十一条', '从事第二类医疗器械经营的，由经营企业向所在地设区的市级负责药品监督管理的部门备案。')],
      materials: [
        need('M01', '第二类医疗器械经营备案表', { form: 'electronic' }),
        need('M02', '营业执照', { form: 'electronic', licenseType: '营业执照' }),
        need('M03', '经营场所、库房地址的地理位置图、平面图、房屋产权证明文件或者租赁协议'),
        need('M04', '经营质量管理制度、工作程序等文件目录'),
      ],
      form: [{ key: 'creditCode', label: '统一社会信用代码', type: 'credit_code', required: true }, { key: 'warehouse', label: '库房地址', type: 'address', required: true }, phoneField],
      steps: [],
      fees: [],
      statutoryDays: 0, promisedDays: 0, visits: 1, onlineDepth: 3,
      contactPhone: '0791-83880103', ...CITY_HALL,
    }),
  },
  {
    department: 'nanchang-county-approval',
    build: (id) => ({
      code: '360121-SP-0101', name: '个体工商户设立登记', type: '01', departmentId: id('nanchang-county-approval'),
      keywords: ['个体户', '开店', '营业执照'], applicantTypes: ['person'],
      conditions: ['有经营能力的自然人或者家庭', '有固定的经营场所', '经营范围不属于法律、行政法规禁止的项目'],
      legalBasis: [law('《促进个体工商户发展条例》', '第八条', '个体工商户的登记依照市场主体登记管理的规定办理，登记机关应当为申请人提供便利。')],
      materials: [
        need('M01', '个体工商户登记（备案）申请书', { form: 'both' }),
        identity('M02'),
        need('M03', '经营场所使用证明', { deferrable: true, note: '容缺受理：场所证明可在 3 个工作日内补交' }),
      ],
      form: [
        { key: 'operatorName', label: '经营者姓名', type: 'text', required: true, maxLength: 30 },
        { key: 'idNumber', label: '经营者身份证号码', type: 'id_number', required: true },
        { key: 'premises', label: '经营场所', type: 'address', required: true },
        phoneField,
      ],
      steps: [
        step('review', '受理审查', 'review', id('nanchang-county-approval'), 'handler', 0),
        step('decide', '核准登记', 'decide', id('nanchang-county-approval'), 'approver', 1),
      ],
      fees: [],
      statutoryDays: 3, promisedDays: 1, visits: 1, onlineDepth: 4,
      contactPhone: '0791-85700101', complaintPhone: '12345',
      hallAddress: '南昌县政务服务中心（莲塘镇澄碧湖路）一楼', hallHours: CITY_HALL.hallHours,
    }),
  },
  {
    department: 'health',
    build: (id) => ({
      code: '360100-WJ-0101', name: '公共场所卫生许可', type: '01', departmentId: id('health'),
      // 公共场所卫生管理条例实施细则 第二十四条: 公共场所卫生许可证有效期限为四年.
      licenseName: '公共场所卫生许可证', licenseValidYears: 4,
      keywords: ['宾馆', '美容美发', '游泳馆', '卫生许可证'], applicantTypes: ['person', 'organization'],
      conditions: ['公共场所的选址、设计、装修符合国家卫生标准和要求', '具备卫生管理制度和卫生管理人员', '从业人员持有有效健康合格证明'],
      legalBasis: [law('《公共场所卫生管理条例》', '第八条', '经营公共场所的单位，应当取得卫生许可证。')],
      materials: [
        need('M01', '卫生许可证申请表', { form: 'both' }),
        need('M02', '营业执照', { form: 'electronic', licenseType: '营业执照' }),
        need('M03', '公共场所地址方位示意图、平面图和卫生设施平面布局图'),
        need('M04', '公共场所卫生检测或者评价报告', { deferrable: true, note: '实行告知承诺的，可先书面承诺后补交' }),
        need('M05', '公共场所卫生管理制度'),
      ],
      form: [{ key: 'placeName', label: '场所名称', type: 'text', required: true }, { key: 'placeAddress', label: '场所地址', type: 'address', required: true }, phoneField],
      steps: [step('review', '资料审查', 'review', id('health'), 'handler', 3), step('decide', '审批决定', 'decide', id('health'), 'approver', 2)],
      fees: [],
      statutoryDays: 20, promisedDays: 5, visits: 1, onlineDepth: 3, commitmentAllowed: true,
      contactPhone: '0791-83880301', ...CITY_HALL,
    }),
  },
  {
    department: 'health',
    build: (id) => ({
      code: '360100-WJ-0102', name: '医疗机构设置审批', type: '01', departmentId: id('health'),
      keywords: ['诊所', '医院', '医疗机构'], applicantTypes: ['person', 'organization'],
      conditions: ['符合本市医疗机构设置规划', '能够独立承担民事责任', '申请人不属于不得申请设置医疗机构的情形'],
      legalBasis: [law('《医疗机构管理条例》', '第十条', '单位或者个人设置医疗机构，应当经县级以上地方人民政府卫生行政部门审查批准，并取得设置医疗机构批准书。')],
      materials: [
        need('M01', '设置医疗机构申请书'),
        need('M02', '设置可行性研究报告'),
        need('M03', '选址报告和建筑设计平面图'),
        identity('M04'),
      ],
      form: [{ key: 'institutionName', label: '拟设医疗机构名称', type: 'text', required: true }, { key: 'beds', label: '拟设床位数', type: 'number', min: 0, max: 5000 }, phoneField],
      steps: [step('review', '审查与现场核验', 'review', id('health'), 'handler', 8), step('decide', '审批决定', 'decide', id('health'), 'approver', 5)],
      fees: [],
      statutoryDays: 30, promisedDays: 15, visits: 1, onlineDepth: 3,
      contactPhone: '0791-83880302', ...CITY_HALL,
    }),
  },
  {
    department: 'transport',
    build: (id) => ({
      code: '360100-JT-0101', name: '道路货物运输经营许可', type: '01', departmentId: id('transport'),
      licenseName: '道路运输经营许可证',
      keywords: ['货运', '物流', '道路运输经营许可证'], applicantTypes: ['person', 'organization'],
      conditions: ['有与其经营业务相适应并经检测合格的车辆', '有符合规定条件的驾驶人员', '有健全的安全生产管理制度'],
      legalBasis: [law('《中华人民共和国道路运输条例》', '第二十四条', '申请从事货运经营的，应当向县级以上道路运输管理机构提出申请，机构应当自受理之日起 20 日内审查完毕。')],
      materials: [
        need('M01', '道路货物运输经营申请表', { form: 'both' }),
        identity('M02'),
        need('M03', '拟投入车辆承诺书', { note: '告知承诺：车辆可在取得许可后配备' }),
        need('M04', '驾驶人员从业资格证', { licenseType: '道路运输从业人员从业资格证' }),
        need('M05', '安全生产管理制度文本'),
      ],
      form: [{ key: 'enterpriseName', label: '经营者名称', type: 'text', required: true }, { key: 'vehicles', label: '拟投入车辆数', type: 'number', required: true, min: 1, max: 1000 }, phoneField],
      steps: [step('review', '审查', 'review', id('transport'), 'handler', 3), step('decide', '决定', 'decide', id('transport'), 'approver', 2)],
      fees: [],
      statutoryDays: 20, promisedDays: 5, visits: 0, onlineDepth: 4, commitmentAllowed: true,
      contactPhone: '0791-83880401', ...CITY_HALL,
    }),
  },
  {
    department: 'transport',
    build: (id) => ({
      code: '360100-JT-0102', name: '网络预约出租汽车运输证核发', type: '01', departmentId: id('transport'),
      keywords: ['网约车', '运输证'], applicantTypes: ['person', 'organization'],
      conditions: ['车辆为 7 座及以下乘用车', '车辆安装具有行驶记录功能的车辆卫星定位装置和应急报警装置', '车辆技术性能符合运营安全相关标准'],
      legalBasis: [law('《网络预约出租汽车经营服务管理暂行办法》', '第十二条', '拟从事网约车经营的车辆，由服务所在地出租汽车行政主管部门审核后发放《网络预约出租汽车运输证》。')],
      materials: [need('M01', '网络预约出租汽车运输证申请表'), need('M02', '机动车行驶证', { licenseType: '机动车行驶证' }), need('M03', '车辆卫星定位装置安装证明')],
      form: [{ key: 'plateNumber', label: '号牌号码', type: 'text', required: true, pattern: '[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-Z0-9]{5,6}' }, phoneField],
      steps: [step('review', '审核', 'review', id('transport'), 'handler', 3), step('decide', '发证', 'decide', id('transport'), 'approver', 2)],
      fees: [],
      statutoryDays: 20, promisedDays: 5, visits: 1, onlineDepth: 3,
      contactPhone: '0791-83880402', ...CITY_HALL,
    }),
  },
  {
    department: 'donghu-approval',
    build: (id) => ({
      code: '360102-SP-0201', name: '教师资格认定', type: '01', departmentId: id('donghu-approval'),
      keywords: ['教师资格证', '幼儿园', '小学', '初中'], applicantTypes: ['person'],
      conditions: ['遵守宪法和法律，热爱教育事业，具有良好的思想品德', '具备《中华人民共和国教师法》规定的相应学历', '中小学教师资格考试合格', '普通话水平达到二级乙等以上'],
      legalBasis: [law('《中华人民共和国教师法》', '第十三条', '中小学教师资格由县级以上地方人民政府教育行政部门认定。')],
      materials: [
        identity('M01'),
        need('M02', '学历证书', { form: 'electronic', licenseType: '学历证书', note: '可通过学信网在线核验' }),
        need('M03', '普通话水平测试等级证书', { form: 'electronic', licenseType: '普通话水平测试等级证书' }),
        need('M04', '体检合格证明', { deferrable: true }),
      ],
      form: [
        { key: 'idNumber', label: '身份证号码', type: 'id_number', required: true },
        { key: 'level', label: '申请认定的资格种类', type: 'select', required: true, options: ['幼儿园', '小学', '初级中学', '高级中学'] },
        phoneField,
      ],
      steps: [step('review', '材料审查', 'review', id('donghu-approval'), 'handler', 10), step('decide', '认定决定', 'decide', id('donghu-approval'), 'approver', 5)],
      fees: [],
      statutoryDays: 30, promisedDays: 15, visits: 0, onlineDepth: 4,
      contactPhone: '0791-86300201', complaintPhone: '12345',
      hallAddress: '东湖区政务服务中心（阳明路 310 号）二楼', hallHours: CITY_HALL.hallHours,
    }),
  },
];
