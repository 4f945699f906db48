// Every page of app.json, reached with real fixtures, and what each must show when it works. Shared by the smoke
// test (tests/weapp/smoke.test.mjs) and the audit bench (bench/weapp-runtime.mjs).
// Fixtures come from the running app: ids are read from the page a tap on a real list item opens.
import { measurePage } from './audit.mjs'

/** A few steps from 南华大学附属第一医院, 衡阳 (as in the h5 journeys). */
export const NEAR_NANHUA_FIRST = { latitude: 26.9025, longitude: 112.6055 }

/** Launch options for a run over every page: location allowed, so the points pages list real points. */
export const PAGES_LAUNCH = { location: NEAR_NANHUA_FIRST }

const ZHANG = { name: '张桂芳', idNumber: '320102196207151288', phone: '13951886677' }

/** Opens `list` and taps `item`; resolves the query of the page the tap opened (its real id). */
async function idFromTap(app, list, item, target) {
  await app.reLaunch(list)
  await app.tap(item)
  const page = await app.waitForRoute(target)
  return page.query
}

const q = (query) =>
  query
    ? `?${Object.entries(query)
        .map(([k, v]) => `${k}=${v}`)
        .join('&')}`
    : ''

/**
 * route → how to reach it and what it must show. `url(app)` resolves the launch URL (fixtures through the app);
 * `arrive(app)` reaches it through the app instead, for pages that only make sense that way.
 * `expect`: text that proves real content; `refuse`: text of the page's bad-id / empty state.
 */
export const PAGE_CHECKS = {
  'pages/home/index': { expect: '您好，李明' },
  'pages/services/index': { expect: '新增异地就医备案' },
  'pages/records/index': { expect: '李明的医保记录' },
  'pages/me/index': { expect: '4208**********1733' },
  'subpackages/common/pages/messages/index': { expect: '个人账户划入到账' },
  'subpackages/common/pages/dev-settings/index': { expect: '模拟网络' },
  // Only a case card says when it last changed.
  'subpackages/common/pages/cases/index': { expect: '更新于' },
  'subpackages/chronic/pages/list/index': { expect: '糖尿病' },
  'subpackages/chronic/pages/apply/index': { url: async () => '?disease=diabetes', expect: '诊断材料' },
  // The seeded 高血压 qualification of 王秀英 (bound to 李明).
  'subpackages/chronic/pages/detail/index': { url: async () => '?id=CQ0001', expect: '高血压' },
  'subpackages/points/pages/list/index': { expect: '南华大学附属第一医院', refuse: '未获得定位权限' },
  'subpackages/points/pages/detail/index': {
    url: async (app) => q(await idFromTap(app, '/subpackages/points/pages/list/index', '详情', 'subpackages/points/pages/detail/index')),
    expect: '营业时间',
    refuse: '网点编号不正确',
  },
  'subpackages/points/pages/map/index': {
    // The map shows the points the list found: open it from the list, as the user does.
    arrive: async (app) => {
      await app.reLaunch('/subpackages/points/pages/list/index')
      await app.tap('地图模式')
      await app.waitForRoute('subpackages/points/pages/map/index')
    },
    expect: '15分钟医保服务圈',
    refuse: '还没有网点可显示',
  },
  'subpackages/filing/pages/start/index': { expect: '你为什么要去外地看病' },
  'subpackages/filing/pages/list/index': { expect: '备案号 FS0001' },
  'subpackages/filing/pages/form/index': {
    url: async () => '?category=long-term-resident',
    expect: '居住地址',
    refuse: '你为什么要去外地看病',
  },
  'subpackages/filing/pages/preview/index': {
    arrive: async (app) => {
      await app.reLaunch('/subpackages/filing/pages/form/index?category=long-term-resident')
      await fillLongTermForm(app)
      await app.tap('下一步：核对备案表')
      await app.waitForRoute('subpackages/filing/pages/preview/index')
    },
    expect: '跨省异地就医登记备案表',
    refuse: '没有待提交的备案',
  },
  'subpackages/filing/pages/detail/index': {
    url: async (app) =>
      q(await idFromTap(app, '/subpackages/filing/pages/list/index', '备案号 FS0001', 'subpackages/filing/pages/detail/index')),
    expect: '办理进度',
    refuse: '没有找到',
  },
  'subpackages/filing/pages/change/index': {
    url: async (app) => {
      const { id } = await idFromTap(app, '/subpackages/filing/pages/list/index', '备案号 FS0001', 'subpackages/filing/pages/detail/index')
      return `?id=${id}`
    },
    expect: '新的就医地',
    refuse: '没有找到',
  },
  'subpackages/filing/pages/reimburse/index': { expect: '手工报销' },
  'subpackages/filing/pages/emergency/index': { expect: '急诊抢救视同已备案' },
  'subpackages/records/pages/insurance/index': { expect: '参保状态' },
  'subpackages/records/pages/contributions/index': { url: async () => '?personId=P002', expect: '共 360 期' },
  'subpackages/records/pages/account/index': { expect: '个人账户余额' },
  'subpackages/records/pages/settlements/index': { url: async () => '?personId=P002', expect: '荆门市第一人民医院' },
  'subpackages/records/pages/settlement/index': {
    url: async (app) =>
      q(
        await idFromTap(
          app,
          '/subpackages/records/pages/settlements/index?personId=P002',
          '荆门市第一人民医院',
          'subpackages/records/pages/settlement/index',
        ),
      ),
    expect: '统筹基金支付',
    refuse: '没有找到该结算记录',
  },
  'subpackages/records/pages/statement/index': { url: async () => '?year=2025&personId=P001', expect: '2025年度医保缴费明细' },
  'subpackages/records/pages/family-pay/index': { expect: '为哪位家人' },
  'subpackages/qa/pages/index/index': { expect: '大家常问' },
  'subpackages/qa/pages/entry/index': {
    url: async (app) =>
      q(await idFromTap(app, '/subpackages/qa/pages/index/index', '父母退休后到外省跟子女一起住', 'subpackages/qa/pages/entry/index')),
    expect: '简要回答',
    refuse: '没有找到这个问题',
  },
  'subpackages/family/pages/list/index': { expect: '已绑定 2 人' },
  'subpackages/family/pages/add/index': { expect: '与您的关系' },
  'subpackages/family/pages/confirm/index': {
    // A pending binding exists only once someone asked for one: ask through the form, then open its page.
    url: async (app) => {
      await app.reLaunch('/subpackages/family/pages/add/index')
      await startBinding(app, ZHANG, '其他近亲属')
      return q(app.page.query)
    },
    expect: `请${ZHANG.name}本人确认`,
    refuse: '该绑定申请已失效',
  },
  'subpackages/claims/pages/start/index': { expect: '这次住院属于哪种情况' },
  'subpackages/claims/pages/form/index': { url: async () => '?basis=late-filed', expect: '全额自费的总金额' },
  'subpackages/claims/pages/list/index': { expect: '还没有报销申请' },
  'subpackages/claims/pages/detail/index': {
    // A claim exists only once someone filed one: file it through the form, then it opens its page.
    arrive: async (app) => {
      await app.reLaunch('/subpackages/claims/pages/form/index?basis=late-filed')
      await fillClaimForm(
        app,
        [
          ['GZ20261110', '8000'],
          ['GZ20261111', '4345.67'],
        ],
        '12345.67',
      )
      await submitClaim(app)
    },
    expect: '办理进度',
    refuse: '没有找到该报销申请',
  },
  'subpackages/family/pages/member/index': {
    url: async (app) => q(await idFromTap(app, '/subpackages/family/pages/list/index', '王秀英', 'subpackages/family/pages/member/index')),
    expect: '代办记录',
    refuse: '没有找到该家庭成员',
  },
  // Opening a page with a relative's personId switches the acting-for bar (and later pages): these stay with 李明.
  'subpackages/evoucher/pages/code/index': { url: async () => '?personId=P001', expect: '秒后自动刷新', refuse: '二维码绘制失败' },
  'subpackages/evoucher/pages/certificate/index': { url: async () => '?personId=P001', expect: '李明的参保证明' },
  'subpackages/evoucher/pages/verify/index': { expect: '参保证明验证码' },
  'subpackages/transfer/pages/start/index': { expect: '转移接续怎么办' },
  'subpackages/transfer/pages/detail/index': {
    // A transfer exists only once someone applied: apply through the form (real timing: it stays at 已申请).
    url: async (app) => {
      await app.reLaunch('/subpackages/transfer/pages/start/index')
      const existing = app.findAll({ cls: 'tr-card' })[0]
      if (existing) {
        await app.tap(existing)
      } else {
        await applyForTransfer(app)
      }
      await app.waitForRoute('subpackages/transfer/pages/detail/index')
      return q(app.page.query)
    },
    expect: '办理进度',
    refuse: '没有找到该转移接续申请',
  },
}

/** On the transfer start page: 李明 from 荆门 to a 广州 employer, submitted after the confirmation. */
export async function applyForTransfer(app, employer = '广州示例科技有限公司') {
  await app.waitFor('转移接续怎么办')
  await pickRegion(app, '请选择新参保地的省份和城市', ['广东省', '广州市'])
  await app.waitFor('广东省广州市')
  await app.input('新参保地用人单位', employer)
  await app.tap('提交申请')
  const modal = await app.modal()
  await modal.confirm()
}

/** On the filing form (long-term): destination 广州 through the region picker, phone and address. */
export async function fillLongTermForm(app, { phone = '13872451234', address = '广州市天河区体育西路1号' } = {}) {
  await pickRegion(app, '请选择省份和城市', ['广东省', '广州市'])
  await app.waitFor('广东省广州市')
  await app.input('联系电话', phone)
  await app.input('居住地址', address)
}

/** On the claim form: hospital, 广州, today's dates, the invoices, the total and one photo of each kind. */
export async function fillClaimForm(app, invoices, total) {
  await app.waitFor('全额自费的总金额')
  await app.input('医院全称，与票据上一致', '广州市示例第一人民医院')
  await pickRegion(app, '请选择省份和城市', ['广东省', '广州市'])
  for (const [i, [number, amount]] of invoices.entries()) {
    if (i > 0) await app.tap('再添加一张票据')
    await app.input(`第${i + 1}张票据号码`, number)
    await app.input(`第${i + 1}张票据金额`, amount)
  }
  await app.input('如 12345.67', total)
  for (const name of ['invoice.jpg', 'cost-list.jpg']) {
    app.wx.state.chosenImages.push([{ tempFilePath: `wxfile://tmp/${name}`, size: 250_000, fileType: 'image' }])
  }
  // weapp drops aria-labels: the two add buttons are the invoice field's and the cost list's, in that order.
  for (const i of [0, 1]) {
    const before = app.findAll({ cls: 'photo-field__img' }).length
    await app.tap(app.findAll({ cls: 'photo-field__add' })[i])
    await app.waitFor(() => app.findAll({ cls: 'photo-field__img' }).length > before, { label: 'the photo shown' })
  }
}

/** Submits the claim form and confirms; resolves once the claim's page is open. */
export async function submitClaim(app) {
  await app.tap('提交报销申请')
  const modal = await app.modal()
  await modal.confirm()
  await app.waitForRoute('subpackages/claims/pages/detail/index')
}

/**
 * Chooses a province and city in the weapp region picker (a native multiSelector): the columns the user would
 * scroll, fired as WeChat's columnchange events, then change on 确定.
 */
export async function pickRegion(app, opener, [province, city]) {
  const picker = await pickerAround(app, opener)
  if (!picker) throw new Error(`no picker around "${opener}"`)
  const p = picker.attrs.range[0].map(String).indexOf(province)
  if (p < 0) throw new Error(`${province} is not in the picker: ${picker.attrs.range[0].slice(0, 8).join(',')}…`)
  await app.fire(picker, 'columnchange', { column: 0, value: p })
  // The page answers with the province's cities in the second column.
  const current = await app.waitFor(
    () => {
      const now = pickerAttrs(app, picker)
      return now.range[1].map(String).includes(city) ? now : null
    },
    { label: `${city} in the picker's second column` },
  )
  const c = current.range[1].map(String).indexOf(city)
  await app.fire(current.element, 'columnchange', { column: 1, value: c })
  await app.fire(current.element, 'change', { value: [p, c] })
  await app.settle()
}

async function pickerAround(app, text) {
  const label = await app.waitFor(text)
  for (let node = label.node; node; node = node.parentNode) {
    const found = app.findAll({ tag: 'picker' }).find((el) => el.node === node)
    if (found) return found
  }
  return null
}

/** The picker's current attributes (the element is re-rendered as the columns change). */
function pickerAttrs(app, picker) {
  const el = app.findAll({ tag: 'picker' }).find((x) => x.attrs.id === picker.attrs.id) ?? picker
  return { element: el, range: el.attrs.range }
}

/** On 添加家庭成员: the form, then the 承诺书, then sending the code; ends on the confirmation page. */
export async function startBinding(app, member, relation) {
  await app.waitFor('与您的关系')
  await app.input('与身份证一致', member.name)
  await app.input('18位身份证号', member.idNumber)
  await app.tap(relation)
  await app.input('在医保登记的手机号', member.phone)
  await app.tap('下一步：阅读承诺书')
  await app.waitFor('亲情账户绑定承诺书')
  await app.tap('我已阅读并同意以上承诺')
  await app.tap('同意并发送验证码')
  await app.waitForRoute('subpackages/family/pages/confirm/index')
  await app.waitFor(`请${member.name}本人确认`)
}

/**
 * Opens one page the way PAGE_CHECKS says, waits until it settles and returns what it showed: problems (errors,
 * missing content, template text ≠ data text) and the audit figures.
 */
export async function visitPage(app, route) {
  const check = PAGE_CHECKS[route]
  if (!check) throw new Error(`no check for ${route}: add it to PAGE_CHECKS`)
  const errorsBefore = app.errors.length
  if (check.arrive) await check.arrive(app)
  else {
    const query = check.url ? await check.url(app) : ''
    await app.reLaunch(`/${route}${query}`)
  }
  const page = await app.waitForRoute(route)
  const problems = []
  try {
    await app.waitFor(check.expect)
  } catch {
    problems.push(`does not show "${check.expect}"`)
  }
  await app.settle()
  if (check.refuse && app.has(check.refuse)) problems.push(`shows its bad-id state "${check.refuse}"`)
  const errors = app.errors.slice(errorsBefore)
  if (errors.length > 0) problems.push(`errors: ${errors.join('\n')}`)
  const rendered = app.text()
  const data = app.dataText()
  if (rendered !== data)
    problems.push(`rendered text differs from Taro's data tree:\n  rendered: ${rendered.slice(0, 300)}\n  data:     ${data.slice(0, 300)}`)
  return { route, query: page.query, problems, figures: measurePage(page), text: rendered }
}
