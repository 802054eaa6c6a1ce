/**
 * The grammar of a standard's number (标准编号): the code of its kind, the
 * number, and the year after a dash — `GB/T 1.1–2009`, `YD/T 1234—2015`,
 * `DB11/T 1000-2013`, `T/CAS 115–2005`, `Q/ZX 75.1861–2007`, `ISO/IEC 17025`.
 * The parser, the checker, the workflow and the PDF's line breaking all read
 * numbers with it, so they recognise the same codes.
 */

/** Codes that may be written against their number (`GB2312`, `ISO9001`), by kind. */
const codes = [
  // International: ISO, IEC and their joint standards.
  String.raw`ISO\/IEC|ISO|IEC`,
  // National: mandatory, recommended (/T) and guidance (/Z).
  String.raw`GB\/[TZ]|GB`,
  // Local: DB and the province's two digits, recommended with /T.
  String.raw`DB\d{2}(?:\/T)?`,
  // Group (团体标准): T/ and the group's letters.
  String.raw`T\/[A-Z]{2,8}`,
  // Enterprise (企业标准): Q/ and the enterprise's letters.
  String.raw`Q\/[A-Z]{1,8}`,
  // Industry, recommended or guidance: YD/T, JR/T, DL/T, SJ/T …
  String.raw`[A-Z]{2,3}\/[TZ]`
].join('|')

/** Mandatory industry codes (`YD`), two or three capitals: only with a space before the number, or `TL9000` would read as a standard. */
const bareCode = String.raw`[A-Z]{2,3}`

const digits = String.raw`\d+(?:\.\d+)*`

/**
 * A standard's number in running text, as a regular-expression source without
 * groups: a code not glued to a word before it, the number, and a year after
 * a dash written against it (`Q/ZX 75.1760–2006`).
 */
export const standardNumberSource = String.raw`(?<![A-Za-z/])(?:(?:${codes})[ \u00a0]?|${bareCode}[ \u00a0])${digits}(?:[-–—]\d{4})?`

const numberPattern = new RegExp(
  String.raw`^(?:(?<code>${codes})[ \u00a0]?|(?<bareCode>${bareCode})[ \u00a0])(?<number>${digits})(?:\s*(?<dash>[-–—])\s*(?<year>\d{4}))?`,
  'u'
)

/** A dash written before the year: hyphen, en dash (GB/T 1.1's) or em dash. */
export type StandardNumberDash = '-' | '–' | '—'

/** A standard's number read into its parts. */
export interface StandardNumber {
  /** Code of its kind: `GB/T`, `YD/T`, `DB11/T`, `T/CAS`, `Q/ZX`, `ISO/IEC`. */
  code: string
  /** Number within the code: `75.1861`, `19667.1`. */
  number: string
  /** The dash before the year as written; absent without a year. */
  dash?: StandardNumberDash | undefined
  /** Year of the edition, for a dated number. */
  year?: number | undefined
  /** The number as written, from its code to its year. */
  written: string
}

/** Reads the standard's number at the start of `value` (`Q/ZX 75.1861-2006 title` → Q/ZX, 75.1861, -, 2006); `undefined` when there is none. */
export function parseStandardNumber(value: string): StandardNumber | undefined {
  const match = numberPattern.exec(value)
  const groups = match?.groups ?? {}
  const code = groups.code ?? groups.bareCode
  if (!match || code === undefined || groups.number === undefined) return undefined
  const parsed = {code, number: groups.number, written: match[0]}
  return groups.year === undefined ? parsed : {...parsed, dash: groups.dash as StandardNumberDash, year: Number(groups.year)}
}

/** A standard's designation, its number without year: `Q/ZX 75.1861`. */
export function designationOf(number: Pick<StandardNumber, 'code' | 'number'>): string {
  return `${number.code} ${number.number}`
}

/** A number as GB/T 1.1 prints it: code, one space, number, and an en dash before the year (`Q/ZX 75.1861–2007`). */
export function formatStandardNumber(number: Pick<StandardNumber, 'code' | 'number' | 'year'>): string {
  return `${designationOf(number)}${number.year === undefined ? '' : `–${number.year}`}`
}

/** The number `value` holds when it is written exactly as GB/T 1.1 prints it, dated or not; `undefined` otherwise. */
export function printedStandardNumber(value: string): StandardNumber | undefined {
  const parsed = parseStandardNumber(value)
  return parsed && formatStandardNumber(parsed) === value ? parsed : undefined
}

/** Writes a standard number the GB/T way, whatever dash the source used: `Q/ZX 75.1861–2007`. */
export function normalizeNumber(value: string): string {
  return value.trim().replace(/\s*[-–—]\s*(\d{4})$/u, '–$1').replace(/\s+/gu, ' ')
}

/** Whether two numbers name the same edition, whatever dash or spacing each was written with; two absent numbers are the same. */
export function sameStandardNumber(one: string | undefined, other: string | undefined): boolean {
  return one === undefined || other === undefined ? one === other : normalizeNumber(one) === normalizeNumber(other)
}
