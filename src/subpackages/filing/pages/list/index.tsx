import { route } from '@/domain/routes'
import { useEffect, useState } from 'react'
import { Button, View } from '@tarojs/components'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { AsyncView } from '@/components/async-view'
import { Chip } from '@/components/chip'
import { PageShell } from '@/components/page-shell'
import { PersonFilter } from '@/components/person-filter'
import { FilingCard } from '@/features/filing/components/filing-card'
import { filings } from '@/features/filing/filing-store'
import { STATUS_FILTERS } from '@/features/filing/display'
import { openRoute, stopPullDownRefresh } from '@/platform/navigation'
import '@/subpackages/filing/pages/filing-pages.scss'

export default function FilingListPage() {
  const entry = filings.list.useEntry([])
  const { loading, error } = entry
  const items = entry.data ?? []
  const load = filings.list.load
  const [personId, setPersonId] = useState<string | null>(null)
  const [statusIndex, setStatusIndex] = useState(0)

  useDidShow(() => void load())
  usePullDownRefresh(async () => {
    await load()
    stopPullDownRefresh()
  })
  // A review may finish while the list is open.
  const reviewing = items.some((f) => f.status === 'reviewing' || f.status === 'submitted')
  useEffect(() => {
    if (!reviewing) return
    const timer = setInterval(() => void load(), 5000)
    return () => clearInterval(timer)
  }, [reviewing, load])

  const statuses = STATUS_FILTERS[statusIndex].statuses
  const shown = items.filter((f) => (!personId || f.personId === personId) && (!statuses || statuses.includes(f.status)))

  return (
    <PageShell>
      <PersonFilter value={personId} onChange={setPersonId} />
      <View className='chips' role='radiogroup' aria-label='按状态筛选'>
        {STATUS_FILTERS.map((f, index) => (
          <Chip key={f.label} kind='radio' on={statusIndex === index} onTap={() => setStatusIndex(index)}>
            {f.label}
          </Chip>
        ))}
      </View>
      <AsyncView
        loading={loading && items.length === 0}
        error={error}
        onRetry={() => void load()}
        empty={shown.length === 0}
        emptyText={items.length === 0 ? '还没有备案记录' : '没有符合条件的备案'}
      >
        {shown.map((filing) => (
          <FilingCard key={filing.id} filing={filing} onOpen={() => openRoute(route('filingDetail', { id: filing.id }))} />
        ))}
      </AsyncView>
      <View className='page-actions'>
        <Button className='btn' onClick={() => openRoute(route('filingStart', { personId: personId ?? undefined }))}>
          新增备案
        </Button>
      </View>
    </PageShell>
  )
}
