import { MATERIAL_KIND_LABELS, type MaterialKind } from '@/domain'
import { PhotoField as SharedPhotoField } from '@/components/photo-field'
import type { DraftFile } from '@/domain/photos'

interface PhotoFieldProps {
  kind: MaterialKind
  files: DraftFile[]
  error?: string | null
  onChange(files: DraftFile[]): void
  onError(message: string | null): void
}

/** One filing material item, with the shared photo rules (components/photo-field). */
export function PhotoField({ kind, ...props }: PhotoFieldProps) {
  return <SharedPhotoField label={MATERIAL_KIND_LABELS[kind]} {...props} />
}
