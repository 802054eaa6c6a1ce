/**
 * styles.xml read: each style's id, the name Word shows for it, what it is
 * based on, and the properties that matter to recognising (outline level,
 * numbering, alignment, fonts, bold, italic, position, size), resolved along
 * the basedOn chain over the document defaults.
 */
import {child, elements, onOff, valueOf, type XmlElement} from './xml.js'

export interface RunProperties {
  bold?: boolean | undefined
  italic?: boolean | undefined
  vertAlign?: string | undefined
  /** Raised (+) or lowered (−) from the baseline, in half-points (`w:position`). */
  position?: number | undefined
  /** Hidden text (`w:vanish`): not shown, so not read. */
  hidden?: boolean | undefined
  /** East Asian font; ASCII font. */
  eastAsia?: string | undefined
  ascii?: string | undefined
  /** Size in points. */
  size?: number | undefined
}

export interface ParagraphProperties {
  outlineLevel?: number | undefined
  numId?: string | undefined
  ilvl?: number | undefined
  alignment?: 'left' | 'center' | 'right' | 'both' | undefined
  pageBreakBefore?: boolean | undefined
}

export interface Style {
  id: string
  name: string
  type: string
  basedOn: string | undefined
  run: RunProperties
  paragraph: ParagraphProperties
}

/** The theme's fonts by the names a run gives them (`minorEastAsia`, `majorHAnsi` …). */
export type ThemeFonts = ReadonlyMap<string, string>

/** Reads the theme's font scheme (major and minor: latin, East Asian, and the Simplified Chinese script font). */
export function readTheme(theme: XmlElement | undefined): ThemeFonts {
  const fonts = new Map<string, string>()
  const scheme = child(child(theme, 'a:themeElements'), 'a:fontScheme')
  for (const [kind, element] of [['major', child(scheme, 'a:majorFont')], ['minor', child(scheme, 'a:minorFont')]] as const) {
    if (element === undefined) continue
    const latin = child(element, 'a:latin')?.attrs.typeface
    const hans = elements(element, 'a:font').find((font) => font.attrs.script === 'Hans')?.attrs.typeface
    const ea = child(element, 'a:ea')?.attrs.typeface || hans
    if (latin) for (const name of ['HAnsi', 'Ascii', 'Bidi']) fonts.set(`${kind}${name}`, latin)
    if (ea) fonts.set(`${kind}EastAsia`, ea)
  }
  return fonts
}

const alignments: Readonly<Record<string, ParagraphProperties['alignment']>> = {
  left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'both', distribute: 'both', justify: 'both'
}

/** The run properties written in an `w:rPr`. */
export function runProperties(rPr: XmlElement | undefined, theme: ThemeFonts): RunProperties {
  if (rPr === undefined) return {}
  const fonts = child(rPr, 'w:rFonts')
  const font = (name: string): string | undefined => {
    const themed = fonts?.attrs[`w:${name}Theme`]
    return (themed === undefined ? undefined : theme.get(themed)) ?? fonts?.attrs[`w:${name}`]
  }
  const size = valueOf(rPr, 'w:sz')
  const properties: RunProperties = {}
  const bold = onOff(rPr, 'w:b')
  if (bold !== undefined) properties.bold = bold
  const italic = onOff(rPr, 'w:i')
  if (italic !== undefined) properties.italic = italic
  const hidden = onOff(rPr, 'w:vanish')
  if (hidden !== undefined) properties.hidden = hidden
  const position = valueOf(rPr, 'w:position')
  if (position !== undefined && /^-?\d+$/.test(position)) properties.position = Number(position)
  const vertAlign = valueOf(rPr, 'w:vertAlign')
  if (vertAlign !== undefined) properties.vertAlign = vertAlign
  const eastAsia = font('eastAsia')
  if (eastAsia !== undefined) properties.eastAsia = eastAsia
  const ascii = font('ascii') ?? font('hAnsi')
  if (ascii !== undefined) properties.ascii = ascii
  if (size !== undefined && Number.isFinite(Number(size))) properties.size = Number(size) / 2
  return properties
}

/** The paragraph properties written in a `w:pPr`. */
export function paragraphProperties(pPr: XmlElement | undefined): ParagraphProperties {
  if (pPr === undefined) return {}
  const properties: ParagraphProperties = {}
  const outline = valueOf(pPr, 'w:outlineLvl')
  if (outline !== undefined && /^\d+$/.test(outline)) properties.outlineLevel = Number(outline)
  const numPr = child(pPr, 'w:numPr')
  if (numPr !== undefined) {
    const numId = valueOf(numPr, 'w:numId')
    if (numId !== undefined) properties.numId = numId
    const ilvl = valueOf(numPr, 'w:ilvl')
    if (ilvl !== undefined && /^\d+$/.test(ilvl)) properties.ilvl = Number(ilvl)
  }
  const jc = valueOf(pPr, 'w:jc')
  if (jc !== undefined && alignments[jc] !== undefined) properties.alignment = alignments[jc]
  const pageBreakBefore = onOff(pPr, 'w:pageBreakBefore')
  if (pageBreakBefore !== undefined) properties.pageBreakBefore = pageBreakBefore
  return properties
}

/**
 * The name Word's interface shows: a built-in style's name is stored in lower
 * case (`heading 1`, `toc 1`, `caption`) and shown capitalised (`Heading 1`,
 * `TOC 1`, `Caption`); any other name (`标题 1`, `标准文件_章标题`) as written.
 */
export function displayName(name: string): string {
  const toc = /^toc (\d)$/.exec(name)
  if (toc) return `TOC ${toc[1]}`
  if (/^[a-z][a-z0-9 ]*$/.test(name)) return name[0]!.toUpperCase() + name.slice(1)
  return name
}

export class Styles {
  readonly byId = new Map<string, Style>()
  readonly defaultParagraph: string | undefined
  readonly defaultRun: RunProperties
  readonly defaultParagraphProperties: ParagraphProperties
  private readonly paragraphCache = new Map<string, ParagraphProperties>()
  private readonly runCache = new Map<string, RunProperties>()

  constructor(styles: XmlElement | undefined, theme: ThemeFonts) {
    const defaults = child(styles, 'w:docDefaults')
    this.defaultRun = runProperties(child(child(defaults, 'w:rPrDefault'), 'w:rPr'), theme)
    this.defaultParagraphProperties = paragraphProperties(child(child(defaults, 'w:pPrDefault'), 'w:pPr'))
    let defaultParagraph: string | undefined
    for (const element of elements(styles, 'w:style')) {
      const id = element.attrs['w:styleId']
      if (id === undefined) continue
      const type = element.attrs['w:type'] ?? 'paragraph'
      const name = valueOf(element, 'w:name') ?? id
      const style: Style = {
        id,
        name: displayName(name),
        type,
        basedOn: valueOf(element, 'w:basedOn'),
        run: runProperties(child(element, 'w:rPr'), theme),
        paragraph: paragraphProperties(child(element, 'w:pPr'))
      }
      // Word gives its built-in headings their outline level without writing it.
      const heading = /^heading ([1-9])$/i.exec(name)
      if (heading && style.paragraph.outlineLevel === undefined) style.paragraph.outlineLevel = Number(heading[1]) - 1
      this.byId.set(id, style)
      if (type === 'paragraph' && ['1', 'true', 'on'].includes(element.attrs['w:default'] ?? '') && defaultParagraph === undefined) defaultParagraph = id
    }
    this.defaultParagraph = defaultParagraph
  }

  /** The styles of the basedOn chain, the most basic first (a cycle is cut). */
  chain(id: string | undefined): Array<Style> {
    const found: Array<Style> = []
    const seen = new Set<string>()
    let current = id
    while (current !== undefined && !seen.has(current)) {
      seen.add(current)
      const style = this.byId.get(current)
      if (style === undefined) break
      found.unshift(style)
      current = style.basedOn
    }
    return found
  }

  /** A paragraph's style: the one it names, or the default paragraph style. */
  paragraphStyle(id: string | undefined): Style | undefined {
    return (id === undefined ? undefined : this.byId.get(id)) ?? (this.defaultParagraph === undefined ? undefined : this.byId.get(this.defaultParagraph))
  }

  /** A paragraph style's properties resolved along its chain over the defaults. */
  paragraphOf(id: string | undefined): ParagraphProperties {
    const key = id ?? ''
    let found = this.paragraphCache.get(key)
    if (found === undefined) {
      found = {...this.defaultParagraphProperties}
      for (const style of this.chain(id)) {
        const {numId, ilvl, ...rest} = style.paragraph
        Object.assign(found, definedOnly(rest))
        // A style's numbering: its numId with its own level, or level 0.
        if (numId !== undefined) {
          found.numId = numId
          found.ilvl = ilvl
        } else if (ilvl !== undefined) found.ilvl = ilvl
      }
      this.paragraphCache.set(key, found)
    }
    return found
  }

  /** A run's properties resolved: defaults, the paragraph style's chain, the character style's chain, then direct. */
  runOf(paragraphStyle: string | undefined, characterStyle: string | undefined, direct: RunProperties): RunProperties {
    const key = `${paragraphStyle ?? ''}\u0000${characterStyle ?? ''}`
    let base = this.runCache.get(key)
    if (base === undefined) {
      base = {...this.defaultRun}
      for (const style of this.chain(paragraphStyle)) Object.assign(base, definedOnly(style.run))
      for (const style of this.chain(characterStyle)) Object.assign(base, definedOnly(style.run))
      this.runCache.set(key, base)
    }
    return {...base, ...definedOnly(direct)}
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  const found: Partial<T> = {}
  for (const [key, item] of Object.entries(value)) if (item !== undefined) (found as Record<string, unknown>)[key] = item
  return found
}
