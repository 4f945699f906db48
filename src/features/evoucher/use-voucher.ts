import { useEffect, useRef, useState } from 'react'
import { onConnectivityChange } from '@/platform/network'
import { useEVoucher } from '@/features/evoucher/evoucher-store'
import { voucherView, type VoucherView } from '@/features/evoucher/model'

/**
 * The 医保码 of `personId` while the page is visible (`active`): issues one, counts down each second, asks for a new
 * one when it runs out (every 60 s), drops it when the device goes offline and asks again when it is back.
 * After a failed refresh it waits for the user's 刷新 (no retry loop).
 */
export function useVoucher(personId: string | null, active: boolean): { view: VoucherView; refresh(): void; loading: boolean } {
  const code = useEVoucher((s) => s.code)
  const issue = useEVoucher((s) => s.issue)
  const clear = useEVoucher((s) => s.clear)
  const [now, setNow] = useState(() => Date.now())
  const autoFor = useRef<string | null>(null)

  useEffect(() => {
    if (!active || !personId) return
    void issue(personId)
    return () => clear()
  }, [active, personId, issue, clear])

  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [active])

  useEffect(() => {
    if (!active || !personId) return
    return onConnectivityChange((online) => {
      if (online) void issue(personId)
      else clear(true)
    })
  }, [active, personId, issue, clear])

  const view = voucherView(code, personId, now)

  // Expired: ask once for the next code (a token is refreshed once per expiry, never in a loop).
  const expiredToken = view.kind === 'expired' && !code.loading ? code.voucher?.token : null
  useEffect(() => {
    if (!active || !personId || !expiredToken || autoFor.current === expiredToken) return
    autoFor.current = expiredToken
    void issue(personId)
  }, [active, personId, expiredToken, issue])

  return {
    view,
    loading: code.loading,
    refresh: () => {
      if (personId && !code.loading) {
        setNow(Date.now())
        void issue(personId)
      }
    },
  }
}
