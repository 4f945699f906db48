/**
 * Photo uploads, the same rules for every material: a filing's materials and a 门诊慢特病 application's diagnosis
 * proof. At most 5 jpg/png photos per item, each ≤ 10 MB (filesError in filings/rules, which the server runs too).
 */
import type { MaterialFile } from '@/domain/filings/types'
import { filesError } from '@/domain/filings/rules'

/** A photo in a draft: what the server gets (reference, size, type) plus the name it was picked with. */
export interface DraftFile extends MaterialFile {
  name?: string
}

export interface PickedFile {
  path: string
  size: number
  /** A MIME type where the platform gives one (h5), else empty. */
  type?: string
  name?: string
}

/** jpg/png from the MIME type, or from the file extension (weapp temp paths). */
export function mimeOf(file: Pick<PickedFile, 'path' | 'type' | 'name'>): DraftFile['mime'] | null {
  const type = (file.type ?? '').toLowerCase()
  if (type === 'image/jpeg' || type === 'image/jpg') return 'image/jpeg'
  if (type === 'image/png') return 'image/png'
  if (type && type.includes('/')) return null
  const name = (file.name || file.path).toLowerCase().split('?')[0]
  if (/\.(jpe?g)$/.test(name)) return 'image/jpeg'
  if (/\.png$/.test(name)) return 'image/png'
  return null
}

/** Adds picked photos to an item, or says why not (and adds none). */
export function addPhotos(existing: DraftFile[], picked: PickedFile[]): { files: DraftFile[]; error: string | null } {
  const added: DraftFile[] = []
  for (const file of picked) {
    const mime = mimeOf(file)
    if (!mime) return { files: existing, error: '只能上传 jpg 或 png 格式的照片' }
    added.push({ ref: file.path, sizeBytes: file.size, mime, name: file.name })
  }
  const files = [...existing, ...added]
  const error = filesError(files)
  return error ? { files: existing, error } : { files, error: null }
}

export { MAX_FILES_PER_ITEM as MAX_PHOTOS_PER_ITEM } from '@/domain/filings/rules'
