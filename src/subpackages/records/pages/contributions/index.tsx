import { route } from '@/domain/routes'
import { useMemo, useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { Chip } from '@/components/chip'
import { VirtualRows } from '@/components/virtual-rows'
import { PageShell } from '@/components/page-shell'
import { ContributionListItem, ROW_DESIGN_PX } from '@/features/records/components/records-rows'
import { YearChart } from '@/features/records/components/year-chart'
import { arrearsOf, contributionPlaces, contributionRows, formatPeriod, inYearRange, yearSummaries } from '@/features/records/model'
import { updatedText, useRecordSection } from '@/features/records/use-record-section'
import { formatYuan, sumFen } from '@/lib/money'
import { openRoute, stopPullDownRefresh } from '@/platform/navigation'
import '@/features/records/components/records.scss'

const NONE: never[] = []

export default function ContributionsPage() {
  const { data, loading, error, reload, staleNote, loadedAt, personId } = useRecordSection('contributions')
  const all = data ?? NONE
  const [range, setRange] = useState<{ from: number | null; to: number | null; personId: string | null }>({
    from: null,
    to: null,
    personId: null,
  })
  // A new person starts with every year again.
  const fromYear = range.personId === personId ? range.from : null
  const toYear = range.personId === personId ? range.to : null
  usePullDownRefresh(() => void reload().finally(stopPullDownRefresh))

  const summaries = useMemo(() => yearSummaries(all), [all])
  const arrears = useMemo(() => arrearsOf(all), [all])
  const places = useMemo(() => contributionPlaces(all), [all])
  const shown = useMemo(() => inYearRange(all, fromYear, toYear), [all, fromYear, toYear])
  const rows = useMemo(() => contributionRows(shown), [shown])
  const years = summaries.map((s) => s.year)
  const yearOptions = ['不限', ...years.map((y) => `${y}年`)]

  const setYears = (from: number | null, to: number | null) => {
    // Picking a start after the end (or the reverse) moves the other end along, so the range is never empty by mistake.
    if (from !== null && to !== null && from > to) {
      if (from !== fromYear) to = from
      else from = to
    }
    setRange({ from, to, personId })
  }
  const pick = (which: 'from' | 'to', index: number) => {
    const year = index === 0 ? null : years[index - 1]
    if (which === 'from') setYears(year, toYear)
    else setYears(fromYear, year)
  }
  const paidTotal = sumFen(shown.filter((c) => c.status !== 'arrears').map((c) => c.totalFen))
  const rangeLabel =
    fromYear === null && toYear === null
      ? '全部年份'
      : fromYear === toYear
        ? `${fromYear}年`
        : `${fromYear ?? '最早'}–${toYear ?? '至今'}年`

  const header = (
    <View>
      <Text className='rec-updated'>{updatedText(loadedAt)} · 下拉可刷新</Text>
      {arrears.length > 0 && (
        <Alert tone='danger' title={`有 ${arrears.length} 期欠缴`}>
          <Text>
            {arrears
              .slice(0, 3)
              .map((c) => formatPeriod(c.period))
              .join('、')}
            {arrears.length > 3 ? ' 等' : ''} 未缴费。欠缴期间不计缴费年限、不划入个人账户，请联系单位或到参保地经办机构补缴。
          </Text>
        </Alert>
      )}
      {places.length > 1 && (
        <Alert tone='info' title='已办理医保关系转移接续'>
          <Text>
            缴费记录合并了{places.join('、')}的缴费年限，每期标注参保地（{places.join(' → ')}）。
          </Text>
        </Alert>
      )}
      <YearChart summaries={summaries} fromYear={fromYear} toYear={toYear} onSelect={(y) => setYears(y, y)} />
      <View className='chips'>
        <Picker
          mode='selector'
          range={yearOptions}
          value={fromYear === null ? 0 : years.indexOf(fromYear) + 1}
          onChange={(e) => pick('from', Number(e.detail.value))}
        >
          <Chip on={fromYear !== null}>从 {fromYear === null ? '最早' : `${fromYear}年`} ▾</Chip>
        </Picker>
        <Picker
          mode='selector'
          range={yearOptions}
          value={toYear === null ? 0 : years.indexOf(toYear) + 1}
          onChange={(e) => pick('to', Number(e.detail.value))}
        >
          <Chip on={toYear !== null}>到 {toYear === null ? '至今' : `${toYear}年`} ▾</Chip>
        </Picker>
        {(fromYear !== null || toYear !== null) && (
          <Chip on={false} kind='button' onTap={() => setYears(null, null)}>
            全部年份
          </Chip>
        )}
      </View>
      <View className='card'>
        <Text className='muted'>
          {rangeLabel} · 共 {shown.length} 期 · 已缴合计
        </Text>
        <Text className='rec-big'>{formatYuan(paidTotal)}</Text>
        {fromYear !== null && fromYear === toYear && shown.length > 0 && (
          <Text className='rec-link' onClick={() => openRoute(route('recordsStatement', { personId: personId ?? '', year: fromYear }))}>
            导出{fromYear}年缴费明细 ›
          </Text>
        )}
      </View>
      <View className='rec-list-gap' />
      {shown.length === 0 && <Text className='rec-updated'>所选年份没有缴费记录</Text>}
    </View>
  )

  return (
    <PageShell actingFor>
      <AsyncView
        loading={loading || (!data && !error)}
        error={error}
        onRetry={() => void reload()}
        empty={!data || all.length === 0}
        emptyText='暂无缴费记录'
        staleNote={staleNote}
      >
        <VirtualRows className='rec-list' item={ContributionListItem} rows={rows} rowHeights={ROW_DESIGN_PX} header={header} />
      </AsyncView>
    </PageShell>
  )
}
