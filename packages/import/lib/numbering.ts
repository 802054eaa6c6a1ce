/**
 * numbering.xml read, and Word's automatic numbering replayed: each list
 * definition's levels (start, format, text such as `%1.%2`, restart, legal
 * numbering, suffix), each list instance with its overrides, and counters
 * kept per list across the document, lower levels restarting when a higher
 * one advances, so a paragraph gets the `4.2.1`, `a)`, `——` or `附录A` the
 * reader saw.
 *
 * Word's rule for instances: `w:num`s of one `w:abstractNum` continue one
 * another's counting, unless an instance overrides a level's start
 * (`w:lvlOverride/w:startOverride` or a whole `w:lvl`), which makes it a list
 * of its own starting afresh.
 */
import {child, elements, onOff, valueOf, type XmlElement} from './xml.js'
import type {Styles} from './styles.js'

export interface Level {
  start: number
  format: string
  text: string | undefined
  /** `w:lvlRestart`: restart after this (1-based) level; 0 never; undefined after any higher level. */
  restart: number | undefined
  legal: boolean
  suffix: string
  /** The paragraph style linked to this level. */
  style: string | undefined
}

interface Definition {
  id: string
  levels: Array<Level | undefined>
  /** `w:numStyleLink`: the levels live in the definition of this numbering style. */
  styleLink: string | undefined
}

interface Instance {
  id: string
  definition: string
  overrides: Map<number, {start?: number | undefined; level?: Level | undefined}>
}

interface Counters {
  counts: Array<number>
  seen: Array<boolean>
}

function readLevel(lvl: XmlElement): Level {
  const start = valueOf(lvl, 'w:start')
  const restart = valueOf(lvl, 'w:lvlRestart')
  return {
    // The specification's default start is 0.
    start: start !== undefined && /^-?\d+$/.test(start) ? Number(start) : 0,
    format: valueOf(lvl, 'w:numFmt') ?? 'decimal',
    text: valueOf(lvl, 'w:lvlText'),
    restart: restart !== undefined && /^\d+$/.test(restart) ? Number(restart) : undefined,
    legal: onOff(lvl, 'w:isLgl') === true,
    suffix: valueOf(lvl, 'w:suff') ?? 'tab',
    style: valueOf(lvl, 'w:pStyle')
  }
}

export class Numbering {
  private readonly definitions = new Map<string, Definition>()
  private readonly instances = new Map<string, Instance>()
  private readonly counters = new Map<string, Counters>()

  constructor(
    numbering: XmlElement | undefined,
    private readonly styles: Styles
  ) {
    for (const element of elements(numbering, 'w:abstractNum')) {
      const id = element.attrs['w:abstractNumId']
      if (id === undefined) continue
      const levels: Array<Level | undefined> = []
      for (const lvl of elements(element, 'w:lvl')) {
        const ilvl = Number(lvl.attrs['w:ilvl'] ?? '0')
        if (ilvl >= 0 && ilvl < 9) levels[ilvl] = readLevel(lvl)
      }
      this.definitions.set(id, {id, levels, styleLink: valueOf(element, 'w:numStyleLink')})
    }
    for (const element of elements(numbering, 'w:num')) {
      const id = element.attrs['w:numId']
      const definition = valueOf(element, 'w:abstractNumId')
      if (id === undefined || definition === undefined) continue
      const overrides = new Map<number, {start?: number; level?: Level}>()
      for (const override of elements(element, 'w:lvlOverride')) {
        const ilvl = Number(override.attrs['w:ilvl'] ?? '0')
        const start = valueOf(override, 'w:startOverride')
        const lvl = child(override, 'w:lvl')
        const entry: {start?: number; level?: Level} = {}
        if (start !== undefined && /^-?\d+$/.test(start)) entry.start = Number(start)
        if (lvl !== undefined) entry.level = readLevel(lvl)
        if (entry.start !== undefined || entry.level !== undefined) overrides.set(ilvl, entry)
      }
      this.instances.set(id, {id, definition, overrides})
    }
  }

  /** The definition an instance uses, following a numbering style's link (once, to avoid loops). */
  private definitionOf(instance: Instance): Definition | undefined {
    let definition = this.definitions.get(instance.definition)
    for (let hops = 0; definition?.styleLink !== undefined && hops < 4; hops++) {
      const linked = this.styles.paragraphOf(definition.styleLink).numId ?? this.styles.byId.get(definition.styleLink)?.paragraph.numId
      const target = linked === undefined ? undefined : this.instances.get(linked)
      if (target === undefined || target.definition === definition.id) break
      definition = this.definitions.get(target.definition)
    }
    return definition
  }

  private level(instance: Instance, definition: Definition, ilvl: number): Level | undefined {
    return instance.overrides.get(ilvl)?.level ?? definition.levels[ilvl]
  }

  /** The level of list `numId` that paragraph style `style` is linked to (`w:pStyle` in a level), if any. */
  levelOfStyle(numId: string, style: string | undefined): number | undefined {
    if (style === undefined) return undefined
    const instance = this.instances.get(numId)
    const definition = instance === undefined ? undefined : this.definitionOf(instance)
    if (definition === undefined) return undefined
    const index = definition.levels.findIndex((level) => level?.style === style)
    return index < 0 ? undefined : index
  }

  /** Advances list `numId` at level `ilvl` and returns what Word prints, or undefined when nothing is printed. */
  next(numId: string, ilvl: number): {text: string; level: number; format: string} | undefined {
    const instance = this.instances.get(numId)
    if (instance === undefined) return undefined
    const definition = this.definitionOf(instance)
    if (definition === undefined) return undefined
    const current = this.level(instance, definition, ilvl)
    if (current === undefined) return undefined
    const key = instance.overrides.size > 0 ? `num:${instance.id}` : `abstract:${definition.id}`
    let counters = this.counters.get(key)
    if (counters === undefined) {
      counters = {counts: new Array<number>(9).fill(0), seen: new Array<boolean>(9).fill(false)}
      this.counters.set(key, counters)
    }
    const startOf = (index: number): number => {
      const override = instance.overrides.get(index)
      return override?.start ?? this.level(instance, definition, index)?.start ?? 0
    }
    counters.counts[ilvl] = counters.seen[ilvl] ? counters.counts[ilvl]! + 1 : startOf(ilvl)
    counters.seen[ilvl] = true
    for (let lower = ilvl + 1; lower < 9; lower++) {
      const restart = this.level(instance, definition, lower)?.restart
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counters.seen[lower] = false
    }
    if (current.text === undefined) return undefined
    const text = current.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1
      if (index > ilvl) return ''
      const value = counters.seen[index] ? counters.counts[index]! : startOf(index)
      const format = this.level(instance, definition, index)?.format ?? 'decimal'
      return formatNumber(value, current.legal && format !== 'bullet' ? 'decimal' : format)
    })
    const shown = current.format === 'bullet' ? bulletText(text) : text
    if (shown === '') return undefined
    return {text: shown, level: ilvl, format: current.format}
  }
}

/** Bullets set in Symbol or Wingdings are private-use characters: the shapes they show. */
const bullets: Readonly<Record<string, string>> = {
  '\uf0b7': '•', '\uf0a7': '▪', '\uf06c': '●', '\uf06e': '■', '\uf075': '◆', '\uf076': '❖', '\uf0d8': '➢', '\uf0fc': '✓',
  '\uf0a8': '□', '\uf071': '❑', '\uf0e8': '➔', '\uf02d': '-', '\uf0be': '—'
}

function bulletText(text: string): string {
  return text.replace(/[\uf000-\uf0ff]/g, (c) => bullets[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xf000))
}

const chineseDigits = '〇一二三四五六七八九'
const chineseLegal = '零壹贰叁肆伍陆柒捌玖'
const stems = '甲乙丙丁戊己庚辛壬癸'
const branches = '子丑寅卯辰巳午未申酉戌亥'
const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (the counting Word uses for `chineseCounting`). */
function chineseCount(value: number, digits: string, units: ReadonlyArray<string>): string {
  if (value === 0) return digits[0]!
  if (value >= 10000) return String(value)
  const parts: Array<string> = []
  const text = String(value)
  let zero = false
  for (let index = 0; index < text.length; index++) {
    const digit = Number(text[index])
    const unit = units[text.length - 1 - index]!
    if (digit === 0) {
      zero = true
      continue
    }
    if (zero && parts.length > 0) parts.push('零')
    zero = false
    // 10–19 read 十, 十一 … rather than 一十.
    if (!(digit === 1 && unit === units[1] && index === 0 && text.length === 2)) parts.push(digits[digit]!)
    parts.push(unit)
  }
  return parts.join('')
}

function letters(value: number, base: string): string {
  if (value <= 0) return String(value)
  const letter = base[(value - 1) % 26]!
  return letter.repeat(Math.floor((value - 1) / 26) + 1)
}

function roman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value)
  const table: ReadonlyArray<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  const parts: Array<string> = []
  let rest = value
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      parts.push(symbol)
      rest -= amount
    }
  }
  return parts.join('')
}

/** A counter's value in a `w:numFmt`. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'decimal':
      return String(value)
    case 'decimalZero':
      return value < 10 && value >= 0 ? `0${value}` : String(value)
    case 'upperLetter':
      return letters(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    case 'lowerLetter':
      return letters(value, 'abcdefghijklmnopqrstuvwxyz')
    case 'upperRoman':
      return roman(value)
    case 'lowerRoman':
      return roman(value).toLowerCase()
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCount(value, chineseDigits, ['', '十', '百', '千'])
    case 'chineseLegalSimplified':
      return chineseCount(value, chineseLegal, ['', '拾', '佰', '仟'])
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(value)].map((digit) => chineseDigits[Number(digit)] ?? digit).join('')
    case 'ideographTraditional':
      return value >= 1 ? stems[(value - 1) % 10]! : String(value)
    case 'ideographZodiac':
      return value >= 1 ? branches[(value - 1) % 12]! : String(value)
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return value >= 1 && value <= 20 ? circled[value - 1]! : String(value)
    case 'decimalEnclosedParen':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2474 + value - 1) : `(${value})`
    case 'decimalEnclosedFullstop':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2488 + value - 1) : `${value}.`
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)].map((digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)).join('')
    case 'ordinal': {
      const tens = value % 100
      const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th')
      return `${value}${suffix}`
    }
    case 'none':
    case 'bullet':
      return ''
    default:
      return String(value)
  }
}
