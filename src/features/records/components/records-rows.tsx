import { memo } from 'react'
import { Text, View } from '@tarojs/components'
import { ACCOUNT_FLOW_TYPE_LABELS, CONTRIBUTION_STATUS_LABELS, type AccountFlow, type Contribution } from '@/domain'
import { formatInstantCn } from '@/lib/dates'
import { formatYuan } from '@/lib/money'
import { formatPeriod, type MonthTotal, type Row, type YearSummary } from '@/features/records/model'
import './records.scss'

/** Row height in design px (750 wide); rows are fixed-height so a virtual list can place them. See records.scss. */
export const ROW_DESIGN_PX = { normal: 150, care: 206 }

const STATUS_TAG: Record<Contribution['status'], string> = { paid: 'ok', arrears: 'danger', 'back-paid': 'warn' }

/** After a 转移接续 every period names its 参保地. */
const place = (c: Contribution) => (c.insuredRegion ? ` · 参保地 ${c.insuredRegion.cityName || c.insuredRegion.provinceName}` : '')

export function ContributionEntry({ c }: { c: Contribution }) {
  const arrears = c.status === 'arrears'
  const parts =
    c.baseFen !== undefined
      ? `单位 ${formatYuan(c.employerFen)} · 个人 ${formatYuan(c.personalFen)} · 基数 ${formatYuan(c.baseFen)}`
      : `个人缴费 ${formatYuan(c.personalFen)}（城乡居民按年缴纳）`
  return (
    <View className={`rec-row rec-entry ${arrears ? 'rec-entry--arrears' : ''}`}>
      <View className='rec-entry__line'>
        <Text className='rec-entry__title'>{formatPeriod(c.period)}</Text>
        <Text className={`tag ${STATUS_TAG[c.status]}`}>{CONTRIBUTION_STATUS_LABELS[c.status]}</Text>
        <Text className={`rec-entry__amount ${arrears ? 'rec-entry__amount--due' : ''}`}>{formatYuan(c.totalFen)}</Text>
      </View>
      <Text className='rec-entry__meta'>{parts}</Text>
      <Text className={`rec-entry__meta ${arrears ? 'rec-entry__meta--danger' : ''}`}>
        {arrears
          ? c.insuredRegion
            ? `未缴费，不计年限、不划入账户${place(c)}`
            : '未缴费，本期不计缴费年限、不划入个人账户'
          : `${c.status === 'back-paid' ? '补缴于' : '到账'} ${c.paidDate ?? ''}${place(c)}${c.note ? ` · ${c.note}` : ''}`}
      </Text>
    </View>
  )
}

export function YearHeader({ s }: { s: YearSummary }) {
  return (
    <View className='rec-row rec-header'>
      <View className='rec-entry__line'>
        <Text className='rec-header__title'>{s.year}年</Text>
        <Text className='rec-header__total'>合计 {formatYuan(s.totalFen)}</Text>
      </View>
      <Text className={`rec-entry__meta ${s.arrears > 0 ? 'rec-entry__meta--danger' : ''}`}>
        {s.periods > 1 ? `${s.periods} 个月` : '按年缴费'}
        {s.arrears > 0 ? ` · 欠缴 ${s.arrears} ${s.periods > 1 ? '个月' : '年'}` : ''}
        {s.backPaid > 0 ? ` · 补缴 ${s.backPaid} 个月` : ''}
        {s.places.length > 0 ? ` · 参保地 ${s.places.join('→')}` : ''}
      </Text>
    </View>
  )
}

export function FlowEntry({ f }: { f: AccountFlow }) {
  return (
    <View className='rec-row rec-entry'>
      <View className='rec-entry__line'>
        <Text className='rec-entry__title rec-entry__title--ellipsis'>{f.place ?? ACCOUNT_FLOW_TYPE_LABELS[f.type]}</Text>
        <Text className={`rec-entry__amount ${f.amountFen < 0 ? '' : 'rec-entry__amount--in'}`}>
          {formatYuan(f.amountFen, { sign: true })}
        </Text>
      </View>
      <View className='rec-entry__line'>
        <Text className={`tag ${f.type === 'credit' ? 'ok' : f.type === 'family-pay' ? '' : 'gray'}`}>
          {ACCOUNT_FLOW_TYPE_LABELS[f.type]}
        </Text>
        <Text className='rec-entry__meta rec-entry__grow'>{formatInstantCn(f.at)}</Text>
      </View>
      <Text className='rec-entry__meta'>余额 {formatYuan(f.balanceAfterFen)}</Text>
    </View>
  )
}

export function MonthHeader({ t }: { t: MonthTotal }) {
  return (
    <View className='rec-row rec-header'>
      <View className='rec-entry__line'>
        <Text className='rec-header__title'>{formatPeriod(t.month)}</Text>
        <Text className='rec-entry__meta'>{t.count} 笔</Text>
      </View>
      <Text className='rec-entry__meta'>
        收入 {formatYuan(t.inFen)} · 支出 {formatYuan(t.outFen)}
      </Text>
    </View>
  )
}

type ItemProps<H, E> = { id: string; index: number; data: Row<H, E>[] }

/** Virtual-list item renderers: one component each, as VirtualList takes a component, not a render function. */
export const ContributionListItem = memo(function ContributionListItem({ id, index, data }: ItemProps<YearSummary, Contribution>) {
  const row = data[index]
  return <View id={id}>{row.kind === 'header' ? <YearHeader s={row.header} /> : <ContributionEntry c={row.entry} />}</View>
})

export const FlowListItem = memo(function FlowListItem({ id, index, data }: ItemProps<MonthTotal, AccountFlow>) {
  const row = data[index]
  return <View id={id}>{row.kind === 'header' ? <MonthHeader t={row.header} /> : <FlowEntry f={row.entry} />}</View>
})
