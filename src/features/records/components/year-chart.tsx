import { Text, View } from '@tarojs/components'
import { formatYuan } from '@/lib/money'
import { barPercents, type YearSummary } from '@/features/records/model'
import './year-chart.scss'

interface YearChartProps {
  /** Newest first, as yearSummaries returns them. */
  summaries: YearSummary[]
  fromYear: number | null
  toYear: number | null
  onSelect(year: number): void
}

/** What a screen reader says for one bar: "2023年 缴费 12 个月 共 ¥4,320.00，欠缴2期". */
export function barLabel(s: YearSummary): string {
  const periods = s.periods === 1 ? '1 期' : `${s.periods} 个月`
  return `${s.year}年 缴费 ${periods} 共 ${formatYuan(s.totalFen)}${s.arrears ? `，欠缴${s.arrears}期` : ''}`
}

/** Yearly totals as plain View bars (no chart library); tapping a bar shows that year. Arrears: red and marked 欠. */
export function YearChart({ summaries, fromYear, toYear, onSelect }: YearChartProps) {
  const years = [...summaries].reverse()
  const percents = barPercents(years)
  const max = years.reduce((m, s) => Math.max(m, s.totalFen), 0)
  const labelEvery = years.length > 12 ? 5 : years.length > 6 ? 2 : 1
  const inRange = (y: number) => (fromYear === null || y >= fromYear) && (toYear === null || y <= toYear)
  return (
    <View className='card year-chart' role='group' aria-label='每年缴费合计柱状图'>
      <View className='year-chart__head'>
        <Text className='year-chart__title'>每年缴费合计</Text>
        <Text className='year-chart__max'>最高 {formatYuan(max)}</Text>
      </View>
      <View className='year-chart__bars'>
        {years.map((s, i) => (
          <View
            key={s.year}
            className={`year-chart__col ${inRange(s.year) ? '' : 'year-chart__col--dim'}`}
            onClick={() => onSelect(s.year)}
            // A labelled graphic: the bars are too narrow to be buttons; the year pickers above are the control.
            role='img'
            aria-label={barLabel(s)}
          >
            <View className='year-chart__track' aria-hidden>
              {s.arrears > 0 && <Text className='year-chart__flag'>欠</Text>}
              <View className={`year-chart__bar ${s.arrears ? 'year-chart__bar--arrears' : ''}`} style={{ height: `${percents[i]}%` }} />
            </View>
            <Text className='year-chart__label' aria-hidden>
              {(years.length - 1 - i) % labelEvery === 0 ? String(s.year).slice(2) : ''}
            </Text>
          </View>
        ))}
      </View>
      <Text className='year-chart__hint'>点柱子查看当年明细 · 标“欠”的红色柱子表示当年有欠缴 · 横轴为年份后两位</Text>
    </View>
  )
}
