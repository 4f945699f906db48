import dayjs from 'dayjs'

/** GB 11643-1999 resident ID numbers: 17 digits plus a mod 11-2 check character. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

export type IdCardError = 'empty' | 'legacy15' | 'format' | 'birth' | 'checksum'

export const ID_CARD_MESSAGES: Record<IdCardError, string> = {
  empty: '请输入身份证号',
  legacy15: '不支持15位旧身份证号，请使用18位身份证号',
  format: '身份证号应为18位，最后一位可以是数字或X',
  birth: '身份证号中的出生日期不正确',
  checksum: '身份证号校验位不正确，请核对后重新输入',
}

export function checkDigit(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

export function normalizeIdCard(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase()
}

/** Returns null when valid, else the reason. `today` bounds the birth date. */
export function validateIdCard(raw: string, today: Date = new Date()): IdCardError | null {
  const id = normalizeIdCard(raw)
  if (!id) return 'empty'
  if (/^\d{15}$/.test(id)) return 'legacy15'
  if (!/^\d{17}[\dX]$/.test(id)) return 'format'
  const birth = birthDateOf(id)
  if (!birth || birth.isAfter(dayjs(today)) || birth.year() < 1890) return 'birth'
  if (checkDigit(id.slice(0, 17)) !== id[17]) return 'checksum'
  return null
}

export function idCardMessage(raw: string, today?: Date): string | null {
  const error = validateIdCard(raw, today)
  return error ? ID_CARD_MESSAGES[error] : null
}

/** Birth date encoded in positions 7–14, or null if it is not a real calendar date. */
export function birthDateOf(id: string): dayjs.Dayjs | null {
  const text = id.slice(6, 14)
  if (!/^\d{8}$/.test(text)) return null
  const y = Number(text.slice(0, 4))
  const m = Number(text.slice(4, 6))
  const d = Number(text.slice(6, 8))
  const date = dayjs(new Date(y, m - 1, d))
  if (date.year() !== y || date.month() !== m - 1 || date.date() !== d) return null
  return date
}

/** Full years of age on `today`. */
export function ageOn(id: string, today: Date): number {
  const birth = birthDateOf(id)
  if (!birth) return NaN
  return dayjs(today).diff(birth, 'year')
}

export function genderOf(id: string): 'male' | 'female' {
  return Number(id[16]) % 2 === 1 ? 'male' : 'female'
}

/** Builds a valid ID from region code, birth date (YYYYMMDD) and a 3-digit sequence. */
export function makeIdCard(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`
  return first17 + checkDigit(first17)
}
