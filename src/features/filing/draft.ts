// The filing draft: its defaults, how edits move its dates, what it sends, and the checks the server makes.
// The rules themselves are the domain's (domain/filings/rules), so client and server agree.
import { filingIneligibility, type EligibilityFacts } from '@/domain/filings/eligibility'
import { addMonthsIso, filingInputErrors, groupOf, pledgeAllowed, requiredUploads, type FilingFieldErrors } from '@/domain/filings/rules'
import type { DraftFile } from '@/domain/photos'
import type { FilingCategory, FilingInput, InsuredPlacePolicy, MaterialKind, Region } from '@/domain'

export interface FilingDraft {
  category: FilingCategory | null
  destination: Region | null
  startDate: string
  endDate: string
  phone: string
  address: string
  referringHospital: string
  usePledge: boolean
  lateInHospital: boolean
  materials: Partial<Record<MaterialKind, DraftFile[]>>
  updatedAt: number
}

export function emptyDraft(category: FilingCategory | null, today: string, policy?: InsuredPlacePolicy, now = Date.now()): FilingDraft {
  const temporary = category ? groupOf(category) === 'temporary' : false
  return {
    category,
    destination: null,
    startDate: today,
    endDate: temporary ? addMonthsIso(today, policy?.temporaryValidityMonths ?? 6) : '',
    phone: '',
    address: '',
    referringHospital: '',
    usePledge: category ? groupOf(category) === 'long-term' && (policy?.pledgeAllowed ?? true) : false,
    lateInHospital: false,
    materials: {},
    updatedAt: now,
  }
}

/** Switching category keeps what still applies (place, phone, address) and resets the rest sensibly. */
export function withCategory(draft: FilingDraft, category: FilingCategory, policy: InsuredPlacePolicy): FilingDraft {
  if (draft.category === category) return draft
  const temporary = groupOf(category) === 'temporary'
  return {
    ...draft,
    category,
    endDate: temporary ? draft.endDate || addMonthsIso(draft.startDate, policy.temporaryValidityMonths) : '',
    usePledge: pledgeAllowed(category, policy),
    referringHospital: category === 'referral' ? draft.referringHospital : '',
  }
}

/** The start date moves the default end date along, unless the user chose a longer one. */
export function withStartDate(draft: FilingDraft, startDate: string, policy: InsuredPlacePolicy): FilingDraft {
  const next = { ...draft, startDate }
  if (draft.category && groupOf(draft.category) === 'temporary') {
    const minEnd = addMonthsIso(startDate, policy.temporaryValidityMonths)
    if (!draft.endDate || draft.endDate < minEnd) next.endDate = minEnd
  }
  return next
}

/** What the draft sends; the request id is added by the store (server-state's request ids). */
export function toInput(draft: FilingDraft, personId: string): Omit<FilingInput, 'requestId'> {
  const category = draft.category ?? 'other-temporary'
  const temporary = groupOf(category) === 'temporary'
  const needed = requiredUploads(category, draft.usePledge)
  return {
    personId,
    category,
    destination: draft.destination ?? { provinceCode: '', provinceName: '', cityCode: '', cityName: '' },
    startDate: draft.startDate,
    endDate: temporary ? draft.endDate : undefined,
    phone: draft.phone.replace(/[\s-]/g, ''),
    address: draft.address.trim(),
    referringHospital: category === 'referral' ? draft.referringHospital.trim() : undefined,
    usePledge: draft.usePledge && pledgeAllowed(category, { pledgeAllowed: true }),
    // Only what this category needs is sent; photos for an item no longer needed stay in the draft.
    materials: needed.map((kind) => ({
      kind,
      files: (draft.materials[kind] ?? []).map(({ ref, sizeBytes, mime }) => ({ ref, sizeBytes, mime })),
    })),
    lateInHospital: draft.lateInHospital || undefined,
  }
}

/** The same checks the server makes, before anything is sent; with the person's facts, eligibility too. */
export function draftErrors(
  draft: FilingDraft,
  personId: string,
  today: string,
  policy: InsuredPlacePolicy,
  person?: EligibilityFacts,
): FilingFieldErrors {
  if (!draft.category) return { personId: '请先选择备案类型' }
  const errors = filingInputErrors(toInput(draft, personId), today, policy)
  const ineligible = person ? filingIneligibility(person, draft.category, draft.destination) : null
  if (ineligible) errors[ineligible.field] = ineligible.message
  return errors
}
