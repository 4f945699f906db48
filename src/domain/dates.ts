// Calendar dates as the app and every adapter reckon them: ISO dates in China time.
import dayjs from 'dayjs'
import type { IsoDate } from '@/domain/common'

const CHINA_OFFSET_MS = 8 * 3600 * 1000

/** The calendar date in China (UTC+8) of an instant, whatever the machine's time zone. */
export function chinaDate(instant: number): IsoDate {
  return new Date(instant + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  return dayjs(date).add(months, 'month').format('YYYY-MM-DD')
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return dayjs(date).add(days, 'day').format('YYYY-MM-DD')
}

/** `2026年5月23日` */
export function dateCn(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

export function isRealDate(text: unknown): text is IsoDate {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && dayjs(text).format('YYYY-MM-DD') === text
}
