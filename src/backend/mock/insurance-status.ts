import { route } from '@/domain/routes'
/**
 * A change of 参保状态 on a person's record (停保, 中断, 终止, or back to 参保缴费), as a real 参保地 system would
 * record it. Long-term filings stay valid only while the 参保状态 does not change (POLICY.md, seed 003 item 6), so
 * a suspension ends them, with a message to the person. The mock has no user-facing API for this: developer settings
 * and tests call it.
 */
import { FILING_CATEGORY_LABELS, INSURANCE_STATUS_LABELS, canTransition, isActive } from '@/domain'
import type { Filing, FilingStatus, InsuranceStatus, PersonId } from '@/domain'
import { regionLabel } from '@/domain/region-label'
import type { MockServer } from '@/backend/mock/server'

export function setInsuranceStatus(server: MockServer, personId: PersonId, status: InsuranceStatus): Filing[] {
  const person = server.person(personId)
  const before = person.insuranceStatus ?? 'active'
  if (before === status) return []
  person.insuranceStatus = status
  const ended: Filing[] = []
  if (status !== 'active') {
    const now = server.now()
    const note = `参保状态变更为“${INSURANCE_STATUS_LABELS[status]}”，备案终止`
    for (const filing of server.state.filings) {
      if (filing.personId !== personId || filing.group !== 'long-term' || !isActive(filing.status)) continue
      const step = (to: FilingStatus) => {
        if (!canTransition(filing.status, to)) return
        filing.status = to
        filing.history.push({ status: to, at: now, note })
      }
      if (filing.status === 'approved') step('expired')
      else {
        if (filing.status === 'submitted') step('reviewing')
        filing.rejectReason = note
        step('rejected')
      }
      ended.push(filing)
      server.notify({
        kind: 'system',
        personId,
        title: '异地就医备案已终止',
        body: `${person.name}的异地就医备案（${FILING_CATEGORY_LABELS[filing.category]}，就医地${regionLabel(filing.destination)}）因参保状态变更为“${INSURANCE_STATUS_LABELS[status]}”已终止。恢复参保后，如仍需在外省就医，请重新办理备案。`,
        link: route('filingDetail', { id: filing.id }),
      })
    }
  }
  server.save()
  return ended
}
