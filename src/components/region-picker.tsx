import { useMemo, useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import type { Region } from '@/domain'
import { provinces, regionLabel, regionOf } from '@/domain/regions'
import './region-picker.scss'

interface RegionPickerProps {
  value: Region | null
  onChange(region: Region): void
  placeholder?: string
  /** Offers “全省” as the first city, for filings where the 参保地 allows province level. */
  allowProvinceLevel?: boolean
  /** Shown under the field in red. */
  error?: string | null
  disabled?: boolean
}

const WHOLE_PROVINCE = '全省'

/** Province → city picker on real region data (a native multi-column picker on both platforms). */
export function RegionPicker({
  value,
  onChange,
  placeholder = '请选择省份和城市',
  allowProvinceLevel = false,
  error,
  disabled,
}: RegionPickerProps) {
  const all = provinces()
  const initialProvince = Math.max(0, value ? all.findIndex((p) => p.code === value.provinceCode) : 0)
  const [provinceIndex, setProvinceIndex] = useState(initialProvince)
  const cityNames = useMemo(() => {
    const names = all[provinceIndex].cities.map((c) => c.name)
    return allowProvinceLevel ? [WHOLE_PROVINCE, ...names] : names
  }, [all, provinceIndex, allowProvinceLevel])

  const onColumnChange = (e: { detail: { column: number; value: number } }) => {
    if (e.detail.column === 0) setProvinceIndex(e.detail.value)
  }
  const onConfirm = (e: { detail: { value: number[] | string[] } }) => {
    const [p, c] = (e.detail.value as (number | string)[]).map(Number)
    const province = all[p] ?? all[provinceIndex]
    const offset = allowProvinceLevel ? 1 : 0
    const region =
      allowProvinceLevel && c === 0
        ? regionOf(province.code)
        : regionOf(province.cities[(c ?? 0) - offset]?.code ?? province.cities[0].code)
    if (region) onChange(region)
  }

  // The error sits outside the Picker: Taro h5's picker moves its children, so React could not remove an error
  // rendered inside it once fixed (removeChild NotFoundError, the page fell into the error boundary).
  return (
    <>
      <Picker
        mode='multiSelector'
        range={[all.map((p) => p.name), cityNames]}
        value={[provinceIndex, 0]}
        onColumnChange={onColumnChange}
        onChange={onConfirm}
        disabled={disabled}
      >
        <View className={`region-picker ${error ? 'region-picker--error' : ''}`} role='button' aria-disabled={disabled}>
          <Text className={value ? 'region-picker__value' : 'region-picker__placeholder'}>{value ? regionLabel(value) : placeholder}</Text>
          <Text className='region-picker__chevron' aria-hidden>
            ›
          </Text>
        </View>
      </Picker>
      {error && (
        <Text className='region-picker__error' role='alert'>
          {error}
        </Text>
      )}
    </>
  )
}
