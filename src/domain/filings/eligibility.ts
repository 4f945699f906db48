/**
 * Who may file which category, and where (POLICY.md "Eligibility the server must check"). The mock refuses with
 * `RULE_VIOLATION` / `NOT_ELIGIBLE` / `subReason`; the guided start shows the same reason on a category the person
 * cannot use; the form shows it at the field. The 承诺制 never replaces these checks: a pledge covers missing proof,
 * not a category the person does not belong to.
 */
import type { InsuranceStatus, InsuranceType, Region } from '@/domain/common'
import { FILING_CATEGORY_LABELS, type FilingCategory } from '@/domain/filings/types'

export type EligibilitySubReason = 'suspended' | 'not-retired' | 'not-employee' | 'not-mainland' | 'same-city' | 'same-province'

export const ELIGIBILITY_SUB_REASONS: readonly EligibilitySubReason[] = [
  'suspended',
  'not-retired',
  'not-employee',
  'not-mainland',
  'same-city',
  'same-province',
]

/** What the rules need to know about the person: all of it is on the client's PersonSummary too. */
export interface EligibilityFacts {
  name: string
  insuranceType: InsuranceType
  retired: boolean
  /** Absent on records saved before the field existed: treated as active. */
  insuranceStatus?: InsuranceStatus
  insuredRegion: Region
}

export interface Ineligibility {
  subReason: EligibilitySubReason
  /** Why, and which category (if any) fits instead. */
  message: string
  /** The form field the refusal belongs to. */
  field: 'personId' | 'category' | 'destination'
}

/** 香港, 澳门 and 台湾 are not 就医地 of this scheme (GB/T 2260 province codes). */
export const NOT_MAINLAND_PROVINCES: readonly string[] = ['710000', '810000', '820000']

/** A suspended (停保, 中断) 参保 cannot file at all. */
export function statusIneligibility(person: EligibilityFacts): Ineligibility | null {
  const status = person.insuranceStatus ?? 'active'
  if (status === 'active') return null
  return {
    subReason: 'suspended',
    field: 'personId',
    message:
      status === 'terminated'
        ? `${person.name}的医保参保关系已终止，不能办理异地就医备案。请先在参保地恢复参保或办理转移接续后再办理。`
        : `${person.name}的医保参保状态为暂停（停保、中断缴费），不能办理异地就医备案。请先恢复参保缴费，参保状态正常后再办理。`,
  }
}

/** Whether the person's 参保 record fits the category. */
export function categoryIneligibility(person: EligibilityFacts, category: FilingCategory): Ineligibility | null {
  if (category === 'retired-resettled' && !person.retired) {
    return {
      subReason: 'not-retired',
      field: 'category',
      message: `${person.name}的参保记录不是退休状态，不能按${FILING_CATEGORY_LABELS['retired-resettled']}备案。在外省长期居住的，可以按${FILING_CATEGORY_LABELS['long-term-resident']}备案；由单位派驻外省工作的，可以按${FILING_CATEGORY_LABELS['posted-worker']}备案。`,
    }
  }
  if (category === 'posted-worker' && person.insuranceType !== 'employee') {
    return {
      subReason: 'not-employee',
      field: 'category',
      message: `${person.name}参加的是城乡居民医保，${FILING_CATEGORY_LABELS['posted-worker']}备案只适用于由用人单位派驻外省、参加职工医保的人员。在外省长期居住的，可以按${FILING_CATEGORY_LABELS['long-term-resident']}备案；短期去外省看病的，可以按${FILING_CATEGORY_LABELS['other-temporary']}备案。`,
    }
  }
  return null
}

/** Whether the 就医地 is a cross-province destination for someone insured in `insured`. */
export function destinationIneligibility(insured: Region, destination: Region): Ineligibility | null {
  if (NOT_MAINLAND_PROVINCES.includes(destination.provinceCode)) {
    return {
      subReason: 'not-mainland',
      field: 'destination',
      message: `${destination.provinceName}不属于跨省异地就医直接结算的就医地，请选择内地（大陆）其他省份的城市。`,
    }
  }
  if (destination.cityCode && destination.cityCode === insured.cityCode) {
    return {
      subReason: 'same-city',
      field: 'destination',
      message: `就医地和参保地都是${insured.cityName}：在参保地看病不需要办理异地就医备案，请选择其他省份的城市。`,
    }
  }
  if (destination.provinceCode === insured.provinceCode) {
    return {
      subReason: 'same-province',
      field: 'destination',
      message: `就医地和参保地同在${insured.provinceName}，属于省内异地就医，不能办理跨省异地就医备案。省内异地就医请按${insured.provinceName}的规定办理，可咨询参保地医保经办机构或拨打12393；跨省备案请选择其他省份。`,
    }
  }
  return null
}

/** The first reason the person cannot file this category to this place, or null. */
export function filingIneligibility(person: EligibilityFacts, category: FilingCategory, destination: Region | null): Ineligibility | null {
  return (
    statusIneligibility(person) ??
    categoryIneligibility(person, category) ??
    (destination && destination.provinceCode ? destinationIneligibility(person.insuredRegion, destination) : null)
  )
}
