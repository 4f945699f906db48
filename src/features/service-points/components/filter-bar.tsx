import { useEffect, useRef, useState } from 'react'
import { Input, Picker, ScrollView, Text, View } from '@tarojs/components'
import { SERVICE_KIND_LABELS, type ServiceKind, type ServicePointType } from '@/domain'
import { Chip } from '@/components/chip'
import { DISEASE_OPTIONS, filtersActive, KIND_OPTIONS } from '@/features/service-points/model'
import { useServicePoints } from '@/features/service-points/service-points-store'
import './filter-bar.scss'

const TYPE_CHIPS: [ServicePointType | null, string][] = [
  [null, '全部'],
  ['agency', '经办机构'],
  ['hospital-station', '医保服务站'],
  ['bank', '银行网点'],
  ['hospital', '定点医院'],
  ['pharmacy', '定点药店'],
]
const SERVICE_KEYS = Object.keys(SERVICE_KIND_LABELS) as ServiceKind[]
const SERVICE_OPTIONS = ['全部业务', ...SERVICE_KEYS.map((k) => SERVICE_KIND_LABELS[k])]

/** Search box, type chips and the combinable toggles. */
export function FilterBar() {
  const filters = useServicePoints((s) => s.filters)
  const setFilters = useServicePoints((s) => s.setFilters)
  const clearFilters = useServicePoints((s) => s.clearFilters)
  const [keyword, setKeyword] = useState(filters.keyword)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  // Cleared elsewhere (清除筛选) → clear the box too.
  useEffect(() => setKeyword(filters.keyword), [filters.keyword])

  const commitKeyword = (value: string) => {
    if (timer.current) clearTimeout(timer.current)
    if (value.trim() !== filters.keyword.trim()) void setFilters({ keyword: value })
  }
  const onInput = (value: string) => {
    setKeyword(value)
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => commitKeyword(value), 400)
  }

  const selectedType = filters.types[0] ?? null
  return (
    <View className='filter-bar'>
      <View className='filter-bar__search'>
        <Input
          className='filter-bar__input'
          value={keyword}
          placeholder='搜索网点名称或地址'
          confirmType='search'
          maxlength={30}
          aria-label='搜索网点名称或地址'
          onInput={(e) => onInput(e.detail.value)}
          onConfirm={(e) => commitKeyword(e.detail.value)}
        />
        {keyword !== '' && (
          <Text className='filter-bar__clear' role='button' aria-label='清空搜索' onClick={() => onInput('')}>
            ×
          </Text>
        )}
      </View>
      <ScrollView scrollX className='filter-bar__chips' enhanced showScrollbar={false} role='radiogroup' aria-label='网点类型'>
        {TYPE_CHIPS.map(([type, label]) => (
          <View
            key={label}
            className={`chip ${selectedType === type ? 'chip--on' : ''}`}
            onClick={() => void setFilters({ types: type ? [type] : [] })}
            role='radio'
            aria-checked={selectedType === type}
          >
            {label}
          </View>
        ))}
      </ScrollView>
      <ScrollView scrollX className='filter-bar__chips' enhanced showScrollbar={false} role='radiogroup' aria-label='跨省直接结算类型'>
        {KIND_OPTIONS.map((o) => (
          <Chip key={o.label} kind='radio' on={filters.settlement === o.value} onTap={() => void setFilters({ settlement: o.value })}>
            {o.label}
          </Chip>
        ))}
      </ScrollView>
      {filters.settlement === 'chronic' && (
        <ScrollView scrollX className='filter-bar__chips' enhanced showScrollbar={false} role='radiogroup' aria-label='门诊慢特病病种'>
          {DISEASE_OPTIONS.map((o) => (
            <Chip key={o.label} kind='radio' on={filters.disease === o.value} onTap={() => void setFilters({ disease: o.value })}>
              {o.label}
            </Chip>
          ))}
        </ScrollView>
      )}
      <View className='filter-bar__toggles'>
        <View
          className={`chip ${filters.crossProvince ? 'chip--on' : ''}`}
          role='checkbox'
          aria-checked={filters.crossProvince}
          onClick={() => void setFilters({ crossProvince: !filters.crossProvince })}
        >
          跨省直接结算
        </View>
        <View
          className={`chip ${filters.openNow ? 'chip--on' : ''}`}
          role='checkbox'
          aria-checked={filters.openNow}
          onClick={() => void setFilters({ openNow: !filters.openNow })}
        >
          营业中
        </View>
        <Picker
          mode='selector'
          range={SERVICE_OPTIONS}
          value={filters.service ? SERVICE_KEYS.indexOf(filters.service) + 1 : 0}
          onChange={(e) => {
            const i = Number(e.detail.value)
            void setFilters({ service: i === 0 ? null : SERVICE_KEYS[i - 1] })
          }}
        >
          <View className={`chip ${filters.service ? 'chip--on' : ''}`} role='button'>
            {filters.service ? SERVICE_KIND_LABELS[filters.service] : '全部业务'} ▾
          </View>
        </Picker>
        {filtersActive(filters) && (
          <Text className='filter-bar__reset' role='button' onClick={() => void clearFilters()}>
            清除筛选
          </Text>
        )}
      </View>
    </View>
  )
}
