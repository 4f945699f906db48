import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { useApp, visible } from './harness.mjs'
import { confirmModal } from './steps.mjs'

const yuan = (text) => Math.round(Number(text.replace(/[¥,\s]/g, '').match(/-?\d+(\.\d+)?/)[0]) * 100)
/** Inside the 城乡居民 collection window (September–December), whatever today's date is. */
const NOVEMBER = Date.parse('2026-11-23T10:00:00+08:00')

describe('家庭共济', () => {
  const app = useApp()

  it('李明 pays his father’s resident contribution from his account, and both records show it', async () => {
    const context = await app.newContext()
    await context.clock.install({ time: NOVEMBER })
    const page = await app.open('subpackages/records/pages/account/index?personId=P001', { context })
    await visible(page, '个人账户余额').waitFor({ timeout: 15000 })
    const before = yuan(await page.locator('.rec-big').locator('visible=true').first().textContent())

    await visible(page, '家庭共济 · 为家人缴医保费').click()
    const father = page.locator('[aria-label="李建国的家庭共济"]').locator('visible=true').first()
    await father.waitFor({ timeout: 15000 })
    assert.equal(yuan(await page.locator('.fp-balance').locator('visible=true').first().textContent()), before)
    // Set up the relationship first, after a confirmation.
    await father.getByText('开通家庭共济', { exact: true }).click()
    await visible(page, '为李建国（父亲）开通家庭共济').waitFor()
    await confirmModal(page)
    await father.getByText('共济中').waitFor({ timeout: 10000 })
    await father.getByText('2027年度城乡居民医保个人缴费').waitFor()
    await father.getByText('2026年9月1日—12月31日').waitFor()
    // Pay the 2027 contribution after confirming what, for whom and how much.
    // The toast saying it is set up goes away by itself.
    await page.getByText('已开通家庭共济', { exact: true }).locator('visible=true').waitFor({ state: 'detached', timeout: 10000 })
    await father.getByText('从我的个人账户缴纳 ¥400.00').click()
    await visible(page, '为李建国（父亲）缴纳2027年度城乡居民医保个人缴费').waitFor()
    await confirmModal(page)
    await father.getByText('2027年度城乡居民医保费已缴纳').waitFor({ timeout: 10000 })
    await father.getByText('已支出 1 笔，共 ¥400.00').waitFor()
    assert.equal(yuan(await page.locator('.fp-balance').locator('visible=true').first().textContent()), before - 40_000)

    // The father's record: his 2027 contribution, paid from his son's account.
    await father.getByText('查看李建国的缴费记录').click()
    await visible(page, '正在代父亲办理').waitFor({ timeout: 15000 })
    await visible(page, '家庭共济：由 李明（儿子）的职工医保个人账户支付').waitFor({ timeout: 15000 })
    const row = page.locator('.rec-entry', { hasText: '家庭共济' }).locator('visible=true').first()
    assert.match(await row.textContent(), /2027年/)
    assert.match(await row.textContent(), /¥400\.00/)

    // The payer's record: the account flow shows the payment, and the balance went down by it.
    await page.goBack()
    await visible(page, '查看个人账户明细').click()
    await visible(page, '当前办理人').waitFor({ timeout: 15000 })
    await visible(page, '为 李建国（父亲）缴纳2027年度城乡居民医保').waitFor({ timeout: 15000 })
    assert.equal(yuan(await page.locator('.rec-big').locator('visible=true').first().textContent()), before - 40_000)
    assert.deepEqual(page.errors, [])
  })

  it('explains why a relative cannot be chosen, and ends a relationship after confirming', async () => {
    const context = await app.newContext()
    await context.clock.install({ time: NOVEMBER })
    const page = await app.open('subpackages/records/pages/family-pay/index?personId=P002', { context })
    const mother = page.locator('[aria-label="王秀英的家庭共济"]').locator('visible=true').first()
    await mother.waitFor({ timeout: 15000 })
    // 王秀英 pays 职工医保 herself: no contribution to pay, but her bills can be.
    await mother.getByText('职工医保费由单位或本人缴纳，不能代缴').waitFor()
    await mother.getByText('开通家庭共济', { exact: true }).click()
    await confirmModal(page)
    await mother.getByText('共济中').waitFor({ timeout: 10000 })
    await page.getByText('已开通家庭共济', { exact: true }).locator('visible=true').waitFor({ state: 'detached', timeout: 10000 })
    await mother.getByText('解除家庭共济').click()
    await visible(page, '已经支付的记录会保留').waitFor()
    await confirmModal(page)
    await visible(page, '已解除的共济').waitFor({ timeout: 10000 })
    await mother.getByText('未开通').waitFor()
    await visible(page, '家庭共济是什么').waitFor()
    assert.deepEqual(page.errors, [])
  })
})
