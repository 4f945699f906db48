import { useEffect, useState } from 'react'
import { Button, View } from '@tarojs/components'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { route } from '@/domain/routes'
import { claimInProgress } from '@/domain/claims/rules'
import { AsyncView } from '@/components/async-view'
import { Chip } from '@/components/chip'
import { PageShell } from '@/components/page-shell'
import { PersonFilter } from '@/components/person-filter'
import { ClaimCard } from '@/features/claims/components/claim-card'
import { claims } from '@/features/claims/claims-store'
import { CLAIM_FILTERS } from '@/features/claims/model'
import { openRoute, routeParams, stopPullDownRefresh } from '@/platform/navigation'
import '@/features/claims/components/claims.scss'

/** While a claim is moving, look again every few seconds: the next step may arrive while the list is open. */
const POLL_MS = 4000

export default function ClaimListPage() {
  const entry = claims.list.useEntry([])
  const { loading, error } = entry
  const items = entry.data ?? []
  const load = claims.list.load
  const [personId, setPersonId] = useState<string | null>(() => routeParams().personId ?? null)
  const [filterIndex, setFilterIndex] = useState(0)

  useDidShow(() => void load())
  usePullDownRefresh(async () => {
    await load()
    stopPullDownRefresh()
  })
  const moving = items.some((c) => claimInProgress(c.status))
  useEffect(() => {
    if (!moving) return
    const timer = setInterval(() => void load(), POLL_MS)
    return () => clearInterval(timer)
  }, [moving, load])

  const statuses = CLAIM_FILTERS[filterIndex].statuses
  const shown = items.filter((c) => (!personId || c.personId === personId) && (!statuses || statuses.includes(c.status)))

  return (
    <PageShell>
      <PersonFilter value={personId} onChange={setPersonId} />
      <View className='chips' role='radiogroup' aria-label='按状态筛选'>
        {CLAIM_FILTERS.map((f, index) => (
          <Chip key={f.label} kind='radio' on={filterIndex === index} onTap={() => setFilterIndex(index)}>
            {f.label}
          </Chip>
        ))}
      </View>
      <AsyncView
        loading={loading && items.length === 0}
        error={error}
        onRetry={() => void load()}
        empty={shown.length === 0}
        emptyText={items.length === 0 ? '还没有报销申请' : '没有符合条件的报销申请'}
      >
        {shown.map((claim) => (
          <ClaimCard key={claim.id} claim={claim} onOpen={() => openRoute(route('claimsDetail', { id: claim.id }))} />
        ))}
      </AsyncView>
      <View className='claim-actions'>
        <Button className='btn' onClick={() => openRoute(route('claimsStart', { personId: personId ?? undefined }))}>
          申请手工报销
        </Button>
      </View>
    </PageShell>
  )
}
