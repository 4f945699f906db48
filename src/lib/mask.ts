/** `4304**********1234`: keep the region's first 4 and the last 4. */
export function maskIdCard(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length)
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4)
}

/** `138****1234`. */
export function maskPhone(phone: string): string {
  if (phone.length !== 11) return phone.replace(/\d(?=\d{2})/g, '*')
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`
}

/** `李*明` style masking for names shown to third parties; keeps the surname. */
export function maskName(name: string): string {
  if (name.length <= 1) return name
  if (name.length === 2) return `${name[0]}*`
  return name[0] + '*'.repeat(name.length - 2) + name[name.length - 1]
}
