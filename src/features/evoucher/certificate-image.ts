import type { InsuranceCertificate } from '@/domain'
import type { Paint2D } from '@/platform/canvas'
import { paintQr, qrMatrix } from '@/features/evoucher/qr'
import { DEMO_NOTICE, MONTH_MARKS, certificateLines, monthLabel } from '@/features/evoucher/model'

export const CERTIFICATE_WIDTH = 600
const FACTS_TOP = 175
const LINE = 24
const GAP = 6
const CELL = 33
const VALUE_WIDTH = CERTIFICATE_WIDTH - 150 - 50
const QR = 150

const yearsOf = (c: InsuranceCertificate) => [...new Set(c.months.map((m) => m.month.slice(0, 4)))]

/** The image height for this certificate (the facts and the month grid grow with the range). */
export function certificateHeight(c: InsuranceCertificate): number {
  // About 24 Chinese characters of 16 px fit a value line; a little slack covers narrower or wider glyphs.
  const factLines = certificateLines(c).reduce((n, line) => n + Math.max(1, Math.ceil(line.value.length / 23)), 0)
  const facts = factLines * LINE + certificateLines(c).length * GAP
  return Math.ceil(FACTS_TOP + facts + 16 + yearsOf(c).length * CELL + 40 + QR + 70)
}

const FONT = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif'
const BLUE = '#1a5fd0'
const RED = '#c62828'
const TEXT = '#1f2329'
const MUTED = '#5f6b7a'

/** Wraps `text` to lines no wider than `width` (character by character: Chinese has no spaces). */
function wrap(ctx: Paint2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const ch of text) {
    if (ctx.measureText(line + ch).width > width && line) {
      lines.push(line)
      line = ch
    } else line += ch
  }
  if (line) lines.push(line)
  return lines
}

/**
 * Draws a 参保证明: heading, the facts, a month grid (缴 / 补 / 欠), the issue date, the verification code and its
 * QR, and an unmissable 演示 watermark so it cannot pass for an official document.
 */
export function paintCertificate(ctx: Paint2D, c: InsuranceCertificate): void {
  const W = CERTIFICATE_WIDTH
  const H = certificateHeight(c)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, W, H)
  ctx.strokeStyle = BLUE
  ctx.lineWidth = 3
  ctx.strokeRect(14, 14, W - 28, H - 28)
  ctx.lineWidth = 1
  ctx.strokeRect(22, 22, W - 44, H - 44)

  // Demo band at the top.
  ctx.fillStyle = RED
  ctx.fillRect(22, 22, W - 44, 40)
  ctx.fillStyle = '#ffffff'
  ctx.font = `bold 15px ${FONT}`
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.fillText('演示 · 非官方证明 · 不能作为办事依据', W / 2, 42)

  ctx.fillStyle = TEXT
  ctx.font = `bold 34px ${FONT}`
  ctx.fillText('参 保 证 明', W / 2, 100)
  ctx.font = `14px ${FONT}`
  ctx.fillStyle = MUTED
  ctx.fillText('基本医疗保险参保缴费情况', W / 2, 132)

  // Facts.
  ctx.textAlign = 'left'
  ctx.textBaseline = 'alphabetic'
  let y = FACTS_TOP
  const labelX = 50
  const valueX = 150
  for (const line of certificateLines(c)) {
    ctx.font = `15px ${FONT}`
    ctx.fillStyle = MUTED
    ctx.fillText(line.label, labelX, y)
    ctx.font = `bold 16px ${FONT}`
    ctx.fillStyle = line.tone === 'danger' ? RED : TEXT
    for (const part of wrap(ctx, line.value, VALUE_WIDTH)) {
      ctx.fillText(part, valueX, y)
      y += LINE
    }
    y += GAP
  }

  // Month grid: one row per year, twelve columns.
  y += 4
  ctx.font = `bold 14px ${FONT}`
  ctx.fillStyle = TEXT
  ctx.fillText('逐月缴费（缴＝已缴，补＝补缴，欠＝欠缴，—＝无记录）', labelX, y)
  y += 12
  const years = yearsOf(c)
  const cell = CELL
  const gridX = 100
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  for (const year of years) {
    ctx.font = `13px ${FONT}`
    ctx.fillStyle = MUTED
    ctx.fillText(year, labelX + 22, y + cell / 2)
    for (let m = 1; m <= 12; m++) {
      const month = `${year}-${String(m).padStart(2, '0')}`
      const found = c.months.find((x) => x.month === month)
      const x = gridX + (m - 1) * cell
      ctx.strokeStyle = '#d0d7e2'
      ctx.strokeRect(x, y, cell - 3, cell - 3)
      if (!found) continue
      const arrears = found.status === 'arrears'
      ctx.fillStyle = arrears ? '#fde8e8' : found.status === 'none' ? '#f2f4f7' : '#e6f4ea'
      ctx.fillRect(x + 1, y + 1, cell - 5, cell - 5)
      ctx.fillStyle = arrears ? RED : found.status === 'none' ? MUTED : '#137333'
      ctx.font = `bold 14px ${FONT}`
      ctx.fillText(MONTH_MARKS[found.status], x + (cell - 3) / 2, y + (cell - 3) / 2)
    }
    y += cell
  }
  ctx.font = `12px ${FONT}`
  ctx.fillStyle = MUTED
  for (let m = 1; m <= 12; m++) ctx.fillText(`${m}月`, gridX + (m - 1) * cell + (cell - 3) / 2, y + 10)

  // Footer: verification code and QR.
  const qrSize = QR
  const qrX = W - 50 - qrSize
  const qrY = Math.max(y + 30, H - 60 - qrSize)
  paintQr(ctx, qrMatrix(c.code), qrX, qrY, qrSize)
  ctx.textAlign = 'left'
  ctx.textBaseline = 'alphabetic'
  ctx.fillStyle = MUTED
  ctx.font = `14px ${FONT}`
  ctx.fillText('验证码', labelX, qrY + 24)
  ctx.fillStyle = TEXT
  ctx.font = `bold 22px ${FONT}`
  ctx.fillText(c.code, labelX, qrY + 56)
  ctx.fillStyle = MUTED
  ctx.font = `13px ${FONT}`
  let noteY = qrY + 88
  for (const part of wrap(
    ctx,
    `在“随行医保” → 参保证明核验 输入验证码，可核对本证明（${monthLabel(c.fromMonth)}起）是否为本应用开具、内容是否被改动。`,
    qrX - labelX - 16,
  )) {
    ctx.fillText(part, labelX, noteY)
    noteY += 19
  }

  // Watermark across the page.
  ctx.save()
  ctx.globalAlpha = 0.13
  ctx.fillStyle = RED
  ctx.font = `bold 44px ${FONT}`
  ctx.textAlign = 'center'
  ctx.translate(W / 2, H / 2)
  ctx.rotate(-Math.PI / 6)
  for (let row = -3; row <= 3; row++) ctx.fillText('演示 · 非官方证明', 0, row * 150)
  ctx.restore()

  ctx.fillStyle = MUTED
  ctx.font = `11px ${FONT}`
  ctx.textAlign = 'center'
  ctx.fillText(DEMO_NOTICE, W / 2, H - 30)
}
