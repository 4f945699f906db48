import dayjs from 'dayjs'

/** Dates travel as `YYYY-MM-DD` strings (China time, no time zone surprises); instants as epoch ms. */
export type IsoDate = string

export const DATE_FORMAT = 'YYYY-MM-DD'

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  return dayjs(text).format(DATE_FORMAT) === text
}

export function toIsoDate(instant: number | Date): IsoDate {
  return dayjs(instant).format(DATE_FORMAT)
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  return dayjs(date).add(months, 'month').format(DATE_FORMAT)
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dayjs(date).add(days, 'day').format(DATE_FORMAT)
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayjs(to).diff(dayjs(from), 'day')
}

/** `2026年11月23日` */
export function formatDateCn(date: IsoDate | number): string {
  return dayjs(date).format('YYYY年M月D日')
}

/** `11月23日 14:05`, or with the year when it is not this year. */
export function formatInstantCn(instant: number, now: number = Date.now()): string {
  const d = dayjs(instant)
  return d.year() === dayjs(now).year() ? d.format('M月D日 HH:mm') : d.format('YYYY年M月D日 HH:mm')
}
