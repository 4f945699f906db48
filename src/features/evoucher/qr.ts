import { encode } from 'uqr'
import type { Paint2D } from '@/platform/canvas'

/** The QR module matrix of `text` (true = dark), with a 4-module quiet zone as scanners expect. */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 4 }).data
}

/** Draws a module matrix as crisp squares filling a `size` × `size` box at (x, y). */
export function paintQr(ctx: Paint2D, matrix: boolean[][], x: number, y: number, size: number): void {
  const n = matrix.length
  const cell = size / n
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(x, y, size, size)
  ctx.fillStyle = '#000000'
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      // Slightly overlapping cells, so no hairline gaps appear between modules when scaled.
      if (matrix[row][col]) ctx.fillRect(x + col * cell, y + row * cell, cell + 0.5, cell + 0.5)
    }
  }
}
