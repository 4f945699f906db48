// `npm run screenshots`: builds nothing; photographs dist/h5 at 390×844 into docs/screenshots/ (normal and 关怀模式).
// Each capability adds its pages to SHOTS. `setup(page)` may click through to the state worth showing.
import { mkdirSync } from 'node:fs'
import { launchBrowser, PHONE } from './browser.mjs'
import { serveStatic } from './static-server.mjs'

// Taro h5 stores each value as {"data": value}.
const CARE = JSON.stringify({ data: JSON.stringify({ state: { enabled: true }, version: 0 }) })

/** name → file docs/screenshots/<name>.png; care: also <name>-care.png. */
export const SHOTS = [
  { name: 'home', route: 'pages/home/index', care: true },
  { name: 'services', route: 'pages/services/index' },
  { name: 'me', route: 'pages/me/index', care: true },
  { name: 'cases', route: 'subpackages/common/pages/cases/index', care: true },
  // capability pages are appended below by each feature
  // 政策问答: a colloquial question with highlighted results, and an answer page.
  {
    name: 'qa-search',
    route: 'subpackages/qa/pages/index/index',
    care: true,
    setup: async (page) => {
      await page.locator('.qa-search__input input').locator('visible=true').fill('我妈退休去广州跟我住看病能报吗')
      await page.locator('.qa-hit').locator('visible=true').first().waitFor()
    },
  },
  { name: 'qa-entry', route: 'subpackages/qa/pages/entry/index?id=parent-with-child', care: true },
  // 异地就医备案: chooser, form and 承诺书 from a saved draft, detail with its timeline.
  { name: 'filing-start', route: 'subpackages/filing/pages/start/index', care: true },
  {
    name: 'filing-form',
    route: 'subpackages/filing/pages/form/index?category=long-term-resident',
    setup: (page) => withFilingDraft(page, false),
  },
  { name: 'filing-pledge', route: 'subpackages/filing/pages/preview/index?personId=P001', setup: (page) => withFilingDraft(page, true) },
  {
    name: 'filing-detail',
    route: 'subpackages/filing/pages/detail/index?id=FS0003',
    setup: async (page) => {
      await page.getByText('办理进度').locator('visible=true').first().scrollIntoViewIfNeeded()
      await page.evaluate(() => window.scrollBy(0, -160))
    },
  },
  // 手工报销: who it is for, the form from a saved draft, and a claim submitted and followed until it is paid.
  { name: 'claims-start', route: 'subpackages/claims/pages/start/index', care: true },
  {
    name: 'claims-form',
    route: 'subpackages/claims/pages/form/index',
    setup: async (page) => {
      await withClaimDraft(page)
      await page.getByText('票据（每张收费票据一行）').locator('visible=true').first().scrollIntoViewIfNeeded()
    },
  },
  {
    name: 'claims-detail',
    route: 'subpackages/claims/pages/form/index',
    setup: async (page) => {
      await withClaimDraft(page)
      await page.getByText('提交报销申请', { exact: true }).locator('visible=true').first().click()
      await page.locator('.taro-model__confirm').locator('visible=true').click()
      // The fast preset moves a step every 3 s: wait for 已支付.
      await page.getByText('查看结算记录').locator('visible=true').first().waitFor({ timeout: 30000 })
      await page.evaluate(() => window.scrollTo(0, 0))
    },
  },
  { name: 'family-list', route: 'subpackages/family/pages/list/index', care: true },
  {
    name: 'person-switcher',
    route: 'pages/home/index',
    care: true,
    setup: async (page) => {
      // Acting for Mum (the bar turns amber), then the sheet open again to show the choice.
      await page.locator('.acting-for').locator('visible=true').click()
      await page.locator('.acting-sheet__person', { hasText: '王秀英' }).locator('visible=true').click()
      await page.locator('.acting-for').locator('visible=true').click()
      await page.getByText('选择为谁办理').locator('visible=true').waitFor()
    },
  },
  { name: 'family-add', route: 'subpackages/family/pages/add/index', care: true },
  { name: 'family-member', route: 'subpackages/family/pages/member/index?bindingId=B001' },
  {
    name: 'family-confirm',
    route: 'subpackages/family/pages/add/index',
    setup: async (page) => {
      const fill = (placeholder, value) => page.locator(`input[placeholder="${placeholder}"]`).locator('visible=true').fill(value)
      await fill('与身份证一致', '张桂芳')
      await fill('18位身份证号', '320102196207151288')
      await page.getByText('其他近亲属').locator('visible=true').click()
      await fill('在医保登记的手机号', '13951886677')
      await page.getByText('下一步：阅读承诺书').locator('visible=true').click()
      await page.getByText('我已阅读并同意以上承诺').locator('visible=true').click()
      await page.getByText('同意并发送验证码').locator('visible=true').click()
      await page.getByText('演示环境验证码').locator('visible=true').waitFor()
    },
  },
  {
    name: 'points-list',
    route: 'subpackages/points/pages/list/index',
    care: true,
    geolocation: { latitude: 26.9025, longitude: 112.6055 },
  },
  {
    name: 'points-map',
    route: 'subpackages/points/pages/list/index',
    geolocation: { latitude: 26.9025, longitude: 112.6055 },
    setup: async (page) => {
      await page.getByText('地图模式').click()
      // The map page slides in: markers are not hit-testable until it stops.
      await page.waitForTimeout(1000)
      // Tap the first reachable marker from the third on: a hospital and its 医保服务站 share a spot, one covering the other.
      const markers = page.locator('[data-testid=map-marker]')
      for (let i = 2; i < (await markers.count()); i++) {
        if (
          await markers
            .nth(i)
            .click({ timeout: 1500 })
            .then(
              () => true,
              () => false,
            )
        )
          break
      }
    },
  },
  // 门诊慢特病: the finder filtered by kind and disease in 广州, the five diseases for 王秀英, the application, one decided.
  {
    name: 'points-kind-filter',
    route: 'subpackages/points/pages/list/index?cityCode=440100&disease=diabetes',
    care: true,
    setup: (page) => page.getByText('可跨省直接结算门诊慢特病 · 糖尿病').locator('visible=true').first().waitFor(),
  },
  { name: 'chronic-list', route: 'subpackages/chronic/pages/list/index?personId=P002', care: true },
  { name: 'chronic-apply', route: 'subpackages/chronic/pages/apply/index?personId=P002&disease=diabetes' },
  { name: 'chronic-detail', route: 'subpackages/chronic/pages/detail/index?id=CQ0001' },
  {
    name: 'filing-detail-chronic',
    route: 'subpackages/filing/pages/detail/index?id=FS0001',
    setup: async (page) => {
      await page.getByText('在就医地能直接结算什么').locator('visible=true').first().scrollIntoViewIfNeeded()
      await page.evaluate(() => window.scrollBy(0, -120))
    },
  },
  { name: 'records-contributions', route: 'subpackages/records/pages/contributions/index?personId=P002', care: true },
  { name: 'records-account', route: 'subpackages/records/pages/account/index?personId=P001', care: true },
  { name: 'records-settlement', route: 'subpackages/records/pages/settlement/index?id=S-P002-01&personId=P002' },
  {
    // 家庭共济: set up for 李建国, with his 城乡居民 contribution due (September–December).
    name: 'records-family-pay',
    route: 'subpackages/records/pages/family-pay/index?personId=P003',
    setup: async (page) => {
      const father = page.locator('[aria-label="李建国的家庭共济"]').locator('visible=true').first()
      await father.getByText('开通家庭共济', { exact: true }).click()
      await page.locator('.taro-model__confirm').locator('visible=true').click()
      await father.getByText('共济中').waitFor()
      await page.waitForTimeout(2000)
      await father.scrollIntoViewIfNeeded()
    },
  },
  // 跨省转移接续: the form with a draft, a transfer under way, and one completed with the merged contributions.
  { name: 'transfer-form', route: 'subpackages/transfer/pages/start/index?personId=P001', setup: (page) => withTransferDraft(page) },
  {
    name: 'transfer-detail',
    route: 'subpackages/transfer/pages/start/index?personId=P001',
    setup: (page) => applyTransfer(page, '转出地已转出'),
  },
  {
    name: 'transfer-done',
    route: 'subpackages/transfer/pages/start/index?personId=P001',
    setup: async (page) => {
      await applyTransfer(page, '转移接续已完成')
      await page.getByText('办理进度').locator('visible=true').first().scrollIntoViewIfNeeded()
    },
  },
  {
    name: 'transfer-contributions',
    route: 'subpackages/transfer/pages/start/index?personId=P001',
    setup: async (page) => {
      await applyTransfer(page, '转移接续已完成')
      await page.getByText('查看合并后的缴费记录').locator('visible=true').first().click()
      await page.getByText('已办理医保关系转移接续').locator('visible=true').first().waitFor()
    },
  },
  { name: 'records-insurance', route: 'subpackages/records/pages/insurance/index?personId=P002' },
  { name: 'records-statement', route: 'subpackages/records/pages/statement/index?personId=P002&year=2023' },
  // 医保码: 李明 showing his mother's code (亲情码), normal and 关怀模式.
  {
    name: 'evoucher-code',
    route: 'subpackages/evoucher/pages/code/index?personId=P002',
    care: true,
    setup: (page) => page.locator('.ev-qr').locator('visible=true').first().waitFor(),
  },
  {
    // 参保证明 for 李明's last twelve months (one month in arrears), scrolled to the image.
    name: 'evoucher-certificate',
    route: 'subpackages/evoucher/pages/certificate/index?personId=P001',
    setup: async (page) => {
      await page.getByText('生成参保证明').locator('visible=true').click()
      const image = page.locator('img.ev-cert, .ev-cert img').locator('visible=true').first()
      await image.waitFor()
      await image.evaluate((el) => el.scrollIntoView({ block: 'start' }))
      await page.evaluate(() => window.scrollBy(0, -12))
    },
  },
]

/** Saves a filled-in filing draft for 李明 (Taro h5 storage format) and reloads, for the form and 承诺书 shots. */
async function withFilingDraft(page, scrollToPledge) {
  const draft = {
    category: 'long-term-resident',
    destination: { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' },
    startDate: new Date(Date.now() + 8 * 3600e3 + 86400e3).toISOString().slice(0, 10),
    endDate: '',
    phone: '13872451234',
    address: '广州市天河区体育西路1号',
    referringHospital: '',
    usePledge: true,
    lateInHospital: false,
    materials: {},
    requestId: 'fr-screenshot-0001',
    updatedAt: Date.now(),
  }
  await page.evaluate((value) => localStorage.setItem('person:P001:filing-draft', value), JSON.stringify({ data: JSON.stringify(draft) }))
  await page.reload()
  await page.waitForTimeout(1500)
  if (scrollToPledge) await page.getByText('个人承诺书').locator('visible=true').first().scrollIntoViewIfNeeded()
}

/** Saves a filled-in transfer draft for 李明 (荆门 → 广州, a 广州 employer) and reloads. */
async function withTransferDraft(page) {
  // Insured in 广州 since last month, so the merged history has a month there.
  const ym = new Date(Date.now() + 8 * 3600e3 - 31 * 86400e3).toISOString().slice(0, 7)
  const draft = {
    toRegion: { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' },
    employment: 'employer',
    employerName: '广州示例科技有限公司',
    newSinceMonth: ym,
    updatedAt: Date.now(),
  }
  await page.evaluate((value) => localStorage.setItem('person:P001:transfer-draft', value), JSON.stringify({ data: JSON.stringify(draft) }))
  await page.reload()
  await page.getByText('新参保地用人单位').locator('visible=true').first().waitFor()
}

/** Applies with the draft and waits on the detail page until `text` shows (the `fast` preset: a day is 0.7 s). */
async function applyTransfer(page, text) {
  await withTransferDraft(page)
  await page.getByText('提交申请', { exact: true }).locator('visible=true').first().click()
  await page.locator('.taro-model__confirm').locator('visible=true').click()
  await page.getByText(text).locator('visible=true').first().waitFor({ timeout: 40000 })
  await page.waitForTimeout(800)
}

/** A filled-in claim draft for 李明 with two invoices and photo references (a small PNG), then a reload. */
async function withClaimDraft(page) {
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
  const file = (name) => ({ ref: png, sizeBytes: 245_000, mime: 'image/png', name })
  const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10)
  const daysAgo = (n) => new Date(Date.now() + 8 * 3600e3 - n * 86400e3).toISOString().slice(0, 10)
  const draft = {
    basis: 'late-filed',
    hospital: '广州市示例第一人民医院',
    destination: { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' },
    admissionDate: daysAgo(13) < today ? daysAgo(13) : today,
    dischargeDate: daysAgo(8),
    amount: '12345.67',
    invoices: [
      { number: 'GZ20261110', amount: '8000' },
      { number: 'GZ20261111', amount: '4345.67' },
    ],
    materials: { invoice: [file('invoice-1.png'), file('invoice-2.png')], 'cost-list': [file('cost-list.png')] },
    updatedAt: Date.now(),
  }
  await page.evaluate((value) => localStorage.setItem('person:P001:claim-draft', value), JSON.stringify({ data: JSON.stringify(draft) }))
  await page.reload()
  await page.waitForTimeout(1500)
}

const onlyNames = process.argv.slice(2)
const dir = process.env.SHOTS_DIR ?? 'docs/screenshots'
mkdirSync(dir, { recursive: true })
const { server, url } = await serveStatic(process.env.H5_DIR ?? 'dist/h5')
const browser = await launchBrowser()
for (const shot of SHOTS.filter((s) => onlyNames.length === 0 || onlyNames.includes(s.name))) {
  for (const care of shot.care ? [false, true] : [false]) {
    const context = await browser.newContext(PHONE)
    if (care) await context.addInitScript((v) => localStorage.setItem('care-mode', v), CARE)
    if (shot.geolocation) {
      await context.grantPermissions(['geolocation'])
      await context.setGeolocation(shot.geolocation)
    }
    const page = await context.newPage()
    await page.goto(`${url}?mock=${shot.mock ?? 'fast'}#/${shot.route}`)
    await page.waitForTimeout(1500)
    if (shot.setup) await shot.setup(page)
    await page.waitForTimeout(500)
    const file = `${dir}/${shot.name}${care ? '-care' : ''}.png`
    await page.screenshot({ path: file })
    console.log(`wrote ${file}`)
    await context.close()
  }
}
await browser.close()
server.close()
