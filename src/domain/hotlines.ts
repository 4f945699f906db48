/**
 * Phone numbers the app states, each with its source. Never add a number for a real institution without one
 * (POLICY.md "Other facts the app uses": hotlines).
 */
import { SOURCES } from '@/domain/sources'

/** The national 医保 service hotline. */
export const NATIONAL_HOTLINE = { phone: '12393', label: '医保服务热线', source: SOURCES.hotline.label } as const

export interface OfficeLines {
  office: string
  lines: { scheme?: '职工医保' | '城乡居民医保'; phone: string }[]
}

/**
 * 衡阳's 异地就医备案 phones, every office as seed 004 (衡阳日报·人社周刊, 2017) lists them. They are from 2017 and
 * may have changed: every screen showing them says so.
 */
export const HENGYANG_FILING_PHONES = {
  year: 2017,
  source: SOURCES.hy.label,
  offices: [
    { office: '衡阳市医保中心', lines: [{ phone: '0734-8867038' }] },
    {
      office: '衡阳县',
      lines: [
        { scheme: '职工医保', phone: '0734-6653009' },
        { scheme: '城乡居民医保', phone: '0734-6653002' },
      ],
    },
    {
      office: '祁东县',
      lines: [
        { scheme: '职工医保', phone: '0734-6283999' },
        { scheme: '城乡居民医保', phone: '0734-6283999' },
      ],
    },
    {
      office: '衡南县',
      lines: [
        { scheme: '职工医保', phone: '0734-8551013' },
        { scheme: '城乡居民医保', phone: '0734-8552048' },
      ],
    },
    {
      office: '衡东县',
      lines: [
        { scheme: '职工医保', phone: '0734-5222146' },
        { scheme: '城乡居民医保', phone: '0734-5236151' },
      ],
    },
    {
      office: '耒阳市',
      lines: [
        { scheme: '职工医保', phone: '0734-4322176' },
        { scheme: '城乡居民医保', phone: '0734-4269955' },
      ],
    },
    {
      office: '常宁市',
      lines: [
        { scheme: '职工医保', phone: '0734-7237198' },
        { scheme: '城乡居民医保', phone: '0734-7668376' },
      ],
    },
    {
      office: '南岳区',
      lines: [
        { scheme: '职工医保', phone: '0734-5678399' },
        { scheme: '城乡居民医保', phone: '0734-5665088' },
      ],
    },
    { office: '雁峰区医保中心', lines: [{ phone: '0734-8468503' }] },
    { office: '蒸湘区医保中心', lines: [{ phone: '0734-8827349' }] },
    { office: '珠晖区医保中心', lines: [{ phone: '0734-2540500' }, { phone: '0734-8683284' }] },
    { office: '石鼓区医保中心', lines: [{ phone: '0734-8177151' }] },
    { office: '高新区医保中心', lines: [{ phone: '0734-8839523' }] },
  ] satisfies OfficeLines[],
} as const

/** `衡阳县：职工医保0734-6653009，城乡居民医保0734-6653002`; one number shared by both schemes is said once. */
export function officeLine(office: OfficeLines): string {
  const phones = new Set(office.lines.map((l) => l.phone))
  const text = phones.size === 1 ? [...phones].join('') : office.lines.map((l) => `${l.scheme ?? ''}${l.phone}`).join('，')
  return `${office.office}：${text}`
}
