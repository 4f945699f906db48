import { Image, Text, View } from '@tarojs/components'
import { addPhotos, MAX_PHOTOS_PER_ITEM, type DraftFile } from '@/domain/photos'
import { chooseImages, previewImages } from '@/platform/media'
import './photo-field.scss'

interface PhotoFieldProps {
  /** What the photos show, e.g. 诊断证明. */
  label: string
  files: DraftFile[]
  error?: string | null
  onChange(files: DraftFile[]): void
  onError(message: string | null): void
}

/** One material item: up to 5 jpg/png photos of ≤ 10 MB, checked before anything is kept. */
export function PhotoField({ label, files, error, onChange, onError }: PhotoFieldProps) {
  const add = async () => {
    try {
      const picked = await chooseImages(MAX_PHOTOS_PER_ITEM - files.length)
      if (picked.length === 0) return
      const result = addPhotos(files, picked)
      onError(result.error)
      if (!result.error) onChange(result.files)
    } catch (e) {
      onError((e as Error).message)
    }
  }
  const remove = (index: number) => {
    onError(null)
    onChange(files.filter((_, i) => i !== index))
  }
  return (
    <View className='photo-field'>
      <Text className='photo-field__label'>{label}</Text>
      <Text className='muted'>最多{MAX_PHOTOS_PER_ITEM}张，jpg 或 png，每张不超过10MB</Text>
      <View className='photo-field__grid'>
        {files.map((file, index) => (
          <View key={`${file.ref}-${index}`} className='photo-field__item'>
            {/* The tap target carries the name; the picture itself is decoration (h5 renders an <img> without alt). */}
            <View
              role='button'
              aria-label={`查看第${index + 1}张${label}照片`}
              onClick={() =>
                previewImages(
                  files.map((f) => f.ref),
                  file.ref,
                )
              }
            >
              <Image className='photo-field__img' src={file.ref} mode='aspectFill' aria-hidden />
            </View>
            <Text className='photo-field__remove' role='button' aria-label={`删除第${index + 1}张照片`} onClick={() => remove(index)}>
              ×
            </Text>
          </View>
        ))}
        {files.length < MAX_PHOTOS_PER_ITEM && (
          <View className='photo-field__add' role='button' aria-label={`添加${label}照片：拍照/相册`} onClick={() => void add()}>
            <Text className='photo-field__plus' aria-hidden>
              ＋
            </Text>
            <Text className='photo-field__add-text'>拍照/相册</Text>
          </View>
        )}
      </View>
      {error && (
        <Text className='field-error' role='alert'>
          {error}
        </Text>
      )}
    </View>
  )
}
