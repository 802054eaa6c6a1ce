/**
 * Reading a .docx into a `WordDocument`: the package opened and checked
 * (lib/package.ts), styles and numbering read (lib/styles.ts,
 * lib/numbering.ts), then the body walked once, in order: paragraphs with
 * their style, outline level, rebuilt numbering and runs; tables with merges
 * resolved; footnotes, images and formulas where they are referenced.
 *
 * What a reader sees is what is kept: fields as their shown result, tracked
 * insertions kept and deletions dropped (a document with tracked changes
 * reads as if they were accepted), bookmarks, proofing marks and comments
 * ignored. Text is gathered in arrays and joined once, so reading stays
 * linear in the document's size.
 */
import {messages} from '@stdkit/messages'
import {ImportError} from './errors.js'
import {ommlToTex} from './math.js'
import type {WordBlock, WordCell, WordDocument, WordImage, WordParagraph, WordPlace, WordRow, WordRun, WordTable} from './model.js'
import {Numbering} from './numbering.js'
import {mainPart, openPackage, related, type WordPackage} from './package.js'
import {paragraphProperties, readTheme, runProperties, Styles, type RunProperties} from './styles.js'
import {child, descendant, descendants, elements, textOf, valueOf, type XmlElement} from './xml.js'

export {ImportError} from './errors.js'

/** Reads a Word file; throws `ImportError` for input it refuses (see lib/package.ts for the limits). */
export function readDocx(bytes: Uint8Array): WordDocument {
  const pack = openPackage(bytes)
  const main = mainPart(pack)
  const document = pack.xml(main)
  const body = child(document, 'w:body')
  if (document === undefined || body === undefined) throw new ImportError('import-missing-part', messages().docxRead.missingPart({part: `${main} (w:body)`}))
  const theme = readTheme(optionalXml(pack, related(pack, main, 'theme')))
  const styles = new Styles(optionalXml(pack, related(pack, main, 'styles')), theme)
  const numbering = new Numbering(optionalXml(pack, related(pack, main, 'numbering')), styles)
  const reader = new Reader(pack, main, styles, numbering, theme)
  const blocks: Array<WordBlock> = []
  reader.blocks(body, blocks)
  const read: WordDocument = {blocks, properties: readProperties(pack)}
  if (reader.tracked) read.tracked = true
  return read
}

function optionalXml(pack: WordPackage, part: string | undefined): XmlElement | undefined {
  return part === undefined ? undefined : pack.xml(part)
}

function readProperties(pack: WordPackage): WordDocument['properties'] {
  const core = optionalXml(pack, related(pack, '', 'core-properties') ?? (pack.has('docProps/core.xml') ? 'docProps/core.xml' : undefined))
  const properties: {title?: string; creator?: string} = {}
  const title = child(core, 'dc:title')
  const creator = child(core, 'dc:creator')
  if (title !== undefined && textOf(title).trim() !== '') properties.title = textOf(title).trim()
  if (creator !== undefined && textOf(creator).trim() !== '') properties.creator = textOf(creator).trim()
  return properties
}

/** A field being read: its instruction, then (after `separate`) its shown result. */
interface Field {
  instruction: Array<string>
  result: boolean
  toc: boolean
}

/** Prefixes of markup-compatibility choices this reader understands (else it takes the fallback). */
const understood = new Set(['w14', 'w15', 'w16', 'w16se', 'w16cid', 'w16cex', 'wp14', 'a14', 'asvg', 'm'])

/** The content of an `mc:AlternateContent` to read: the first choice understood, else the fallback. */
function chosen(alternate: XmlElement): XmlElement | undefined {
  for (const choice of elements(alternate, 'mc:Choice')) {
    const requires = (choice.attrs.Requires ?? '').split(/\s+/).filter(Boolean)
    if (requires.every((prefix) => understood.has(prefix))) return choice
  }
  return child(alternate, 'mc:Fallback')
}

const cjk = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/
const monospaceFonts = /courier|consolas|mono|menlo|monaco|lucida console|lucida sans typewriter|source code|cascadia|fira code|inconsolata|等宽|fixedsys|ocr-?b/i

/** Symbol font characters (by code, private-use offset removed) as Unicode. */
const symbolFont: Readonly<Record<number, string>> = (() => {
  const table: Record<number, string> = {}
  const upper = 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ'
  const lower = 'αβχδεφγηιϕκλμνοπθρστυϖωξψζ'
  for (let index = 0; index < 26; index++) {
    table[0x41 + index] = upper[index]!
    table[0x61 + index] = lower[index]!
  }
  const others: ReadonlyArray<[number, string]> = [
    [0x22, '∀'], [0x24, '∃'], [0x27, '∋'], [0x2a, '∗'], [0x2d, '−'], [0x40, '≅'], [0x5c, '∴'], [0x5e, '⊥'], [0xa2, '′'], [0xa3, '≤'],
    [0xa5, '∞'], [0xac, '←'], [0xad, '↑'], [0xae, '→'], [0xaf, '↓'], [0xb0, '°'], [0xb1, '±'], [0xb2, '″'], [0xb3, '≥'], [0xb4, '×'],
    [0xb5, '∝'], [0xb6, '∂'], [0xb7, '•'], [0xb8, '÷'], [0xb9, '≠'], [0xba, '≡'], [0xbb, '≈'], [0xbc, '…'], [0xc6, '∅'], [0xc7, '∩'],
    [0xc8, '∪'], [0xce, '∈'], [0xcf, '∉'], [0xd1, '∇'], [0xd6, '√'], [0xd7, '⋅'], [0xd8, '¬'], [0xd9, '∧'], [0xda, '∨'], [0xdb, '⇔'],
    [0xde, '⇒'], [0xe5, '∑'], [0xf2, '∫']
  ]
  for (const [code, text] of others) table[code] = text
  return table
})()

const wingdings: Readonly<Record<number, string>> = {0x6c: '●', 0x6e: '■', 0xa7: '▪', 0xa8: '□', 0x71: '❑', 0x76: '❖', 0xd8: '➢', 0xfb: '✗', 0xfc: '✓', 0xfe: '☑'}

function symbol(sym: XmlElement): string {
  const code = Number.parseInt(sym.attrs['w:char'] ?? '', 16)
  if (!Number.isFinite(code)) return ''
  const font = sym.attrs['w:font'] ?? ''
  const plain = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code
  if (/symbol/i.test(font)) return symbolFont[plain] ?? String.fromCharCode(plain)
  if (/wingdings/i.test(font)) return wingdings[plain] ?? ''
  return String.fromCharCode(code)
}

const EMU_PER_PIXEL = 9525

/** A VML length (`120pt`, `2in`, `3cm`, `40mm`, `150px`) in pixels at 96 per inch. */
function vmlPixels(length: string | undefined): number | undefined {
  const match = /^\s*([\d.]+)\s*(pt|in|cm|mm|px|pc)?\s*$/.exec(length ?? '')
  if (!match) return undefined
  const value = Number(match[1])
  const factor = {pt: 96 / 72, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, px: 1, pc: 16}[match[2] ?? 'px'] ?? 1
  return Math.round(value * factor)
}

const mediaTypes: Readonly<Record<string, string>> = {png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', bmp: 'image/bmp', emf: 'image/emf', wmf: 'image/wmf', tif: 'image/tiff', tiff: 'image/tiff'}

/** The first words of a block, to find it in the Word file. */
function firstWords(text: string): string {
  return [...text.replace(/\s+/g, ' ').trim()].slice(0, 20).join('')
}

class Reader {
  /** A tracked change was met (and read as accepted). */
  tracked = false
  /** Body paragraphs read so far (paragraphs in tables count; footnotes do not). */
  private count = 0
  private fields: Array<Field> = []
  /** Inside a table-of-contents content control. */
  private tocControl = 0
  /** The part whose relationships resolve images (the document, or the notes part). */
  private part: string
  /** While reading a footnote: the number of the body paragraph that refers to it. */
  private notePlace: number | undefined
  private readonly images = new Map<string, WordImage>()
  private readonly notes = new Map<string, Map<string, XmlElement>>()
  /** Runs added while a TOC field's result was showing, in the current paragraph. */
  private tocRuns = 0
  /** Text boxes met in the current paragraph, read after it. */
  private boxes: Array<XmlElement> = []

  constructor(
    private readonly pack: WordPackage,
    private readonly main: string,
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly theme: ReturnType<typeof readTheme>
  ) {
    this.part = main
  }

  /** Reads the block-level content of a body, cell, note or content control into `out`. */
  blocks(container: XmlElement, out: Array<WordBlock>): void {
    for (const item of container.children) {
      if (typeof item === 'string') continue
      switch (item.name) {
        case 'w:p': {
          const outer = this.boxes
          this.boxes = []
          out.push(this.paragraph(item))
          const boxes = this.boxes
          this.boxes = outer
          for (const box of boxes) this.blocks(box, out)
          break
        }
        case 'w:tbl': {
          // A table whose every row was deleted with tracked changes is gone once they are accepted.
          const table = this.table(item)
          if (table) out.push(table)
          break
        }
        case 'w:sdt': {
          const gallery = descendant(child(item, 'w:sdtPr'), 'w:docPartGallery')?.attrs['w:val']
          const toc = gallery !== undefined && /table of contents/i.test(gallery)
          if (toc) this.tocControl++
          const content = child(item, 'w:sdtContent')
          if (content !== undefined) this.blocks(content, out)
          if (toc) this.tocControl--
          break
        }
        case 'w:ins':
        case 'w:moveTo':
          this.tracked = true
          this.blocks(item, out)
          break
        case 'w:del':
        case 'w:moveFrom':
          this.tracked = true
          break
        case 'w:customXml':
        case 'w:smartTag':
          this.blocks(item, out)
          break
        case 'mc:AlternateContent': {
          const content = chosen(item)
          if (content !== undefined) this.blocks(content, out)
          break
        }
        default:
          // w:sectPr, bookmarks, permissions and the like: nothing a reader sees.
          break
      }
    }
  }

  private get tocActive(): boolean {
    return this.tocControl > 0 || this.fields.some((field) => field.toc && field.result)
  }

  private get hidden(): boolean {
    return this.fields.some((field) => !field.result)
  }

  private paragraph(p: XmlElement): WordParagraph {
    const number = this.notePlace ?? ++this.count
    const pPr = child(p, 'w:pPr')
    const style = this.styles.paragraphStyle(valueOf(pPr, 'w:pStyle'))
    const resolved = this.styles.paragraphOf(style?.id)
    const direct = paragraphProperties(pPr)
    const tocAtStart = this.tocActive
    this.tocRuns = 0
    const runs: Array<WordRun> = []
    this.inline(p, runs, style?.id)
    const paragraph: WordParagraph = {kind: 'paragraph', place: {paragraph: number, words: ''}, runs}
    if (style !== undefined) paragraph.style = {id: style.id, name: style.name}
    const outline = direct.outlineLevel ?? resolved.outlineLevel
    if (outline !== undefined && outline >= 0 && outline < 9) paragraph.outlineLevel = outline
    // Numbering: the paragraph's own list, else its style's; the level written, else the style's, else the level linked to the style.
    const numId = direct.numId ?? resolved.numId
    if (numId !== undefined && numId !== '0') {
      const level = direct.ilvl ?? (direct.numId === undefined ? resolved.ilvl : undefined) ?? this.numbering.levelOfStyle(numId, style?.id) ?? resolved.ilvl ?? 0
      const shown = this.numbering.next(numId, level)
      if (shown !== undefined) paragraph.numbering = shown
    }
    const alignment = direct.alignment ?? resolved.alignment
    if (alignment !== undefined) paragraph.alignment = alignment
    if (direct.pageBreakBefore ?? resolved.pageBreakBefore) paragraph.pageBreakBefore = true
    if (child(pPr, 'w:sectPr') !== undefined) paragraph.sectionEnd = true
    const tocStyle = style !== undefined && /^TOC \d$/.test(style.name)
    if (tocStyle || this.tocRuns > 0 || (runs.length === 0 && tocAtStart && this.tocActive)) paragraph.contents = true
    paragraph.runs = joinRuns(runs)
    paragraph.place.words = firstWords(runs.map((run) => run.text).join(''))
    return paragraph
  }

  /** Reads a paragraph's inline content (runs, links, fields, formulas …) into `runs`. */
  private inline(container: XmlElement, runs: Array<WordRun>, paragraphStyle: string | undefined): void {
    for (const item of container.children) {
      if (typeof item === 'string') continue
      switch (item.name) {
        case 'w:r':
          this.run(item, item, runs, paragraphStyle)
          break
        case 'w:ins':
        case 'w:moveTo':
          this.tracked = true
          this.inline(item, runs, paragraphStyle)
          break
        case 'w:del':
        case 'w:moveFrom':
          this.tracked = true
          break
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:dir':
        case 'w:bdo':
          this.inline(item, runs, paragraphStyle)
          break
        case 'w:sdt': {
          const content = child(item, 'w:sdtContent')
          if (content !== undefined) this.inline(content, runs, paragraphStyle)
          break
        }
        case 'w:fldSimple': {
          const instruction = item.attrs['w:instr'] ?? ''
          this.fields.push({instruction: [instruction], result: true, toc: /^\s*TOC\b/i.test(instruction)})
          this.inline(item, runs, paragraphStyle)
          this.fields.pop()
          break
        }
        case 'm:oMathPara':
        case 'm:oMath': {
          if (this.hidden) break
          for (const math of item.name === 'm:oMath' ? [item] : descendants(item, 'm:oMath')) {
            const kept = acceptedMath(math)
            if (kept.tracked) this.tracked = true
            // A formula whose every run was deleted with tracked changes is gone once they are accepted.
            if (kept.math !== undefined) this.push(runs, {text: '', math: {tex: ommlToTex(kept.math), display: item.name === 'm:oMathPara'}})
          }
          break
        }
        case 'mc:AlternateContent': {
          const content = chosen(item)
          if (content !== undefined) this.inline(content, runs, paragraphStyle)
          break
        }
        default:
          // w:pPr, bookmarks, proofing and comment marks.
          break
      }
    }
  }

  private push(runs: Array<WordRun>, run: WordRun): void {
    if (this.tocActive) this.tocRuns++
    runs.push(run)
  }

  /** Reads one `w:r`: its text and what it holds, with its formatting resolved. */
  private run(r: XmlElement, container: XmlElement, runs: Array<WordRun>, paragraphStyle: string | undefined): void {
    const rPr = child(r, 'w:rPr')
    let properties: RunProperties | undefined
    const format = (): RunProperties => (properties ??= this.runFormat(paragraphStyle, valueOf(rPr, 'w:rStyle'), rPr))
    const text: Array<string> = []
    const flush = (): void => {
      if (text.length === 0) return
      const joined = text.join('')
      text.length = 0
      if (joined !== '') this.push(runs, this.formatted(joined, format()))
    }
    const walk = (holder: XmlElement): void => {
      for (const item of holder.children) {
        if (typeof item === 'string') continue
        if (item.name === 'w:fldChar') {
          const type = item.attrs['w:fldCharType']
          if (type === 'begin') {
            flush()
            this.fields.push({instruction: [], result: false, toc: false})
          } else if (type === 'separate') {
            const field = this.fields[this.fields.length - 1]
            if (field !== undefined) {
              field.result = true
              field.toc = /^\s*TOC\b/i.test(field.instruction.join(''))
            }
          } else if (type === 'end') {
            flush()
            this.fields.pop()
          }
          continue
        }
        if (item.name === 'w:instrText') {
          const field = this.fields[this.fields.length - 1]
          if (field !== undefined && !field.result) field.instruction.push(textOf(item))
          continue
        }
        if (this.hidden || format().hidden === true) continue
        switch (item.name) {
          case 'w:t':
            text.push(textOf(item))
            break
          case 'w:tab':
          case 'w:ptab':
            text.push('\t')
            break
          case 'w:noBreakHyphen':
            text.push('-')
            break
          case 'w:sym':
            text.push(symbol(item))
            break
          case 'w:br':
          case 'w:cr': {
            flush()
            const type = item.attrs['w:type']
            this.push(runs, type === 'page' ? {text: '', pageBreak: true} : {text: '', break: true})
            break
          }
          case 'w:footnoteReference':
          case 'w:endnoteReference': {
            flush()
            const id = item.attrs['w:id']
            const kind = item.name === 'w:footnoteReference' ? 'footnotes' : 'endnotes'
            if (id !== undefined) this.push(runs, {text: '', footnote: this.note(kind, id)})
            break
          }
          case 'w:drawing':
          case 'w:pict':
          case 'w:object': {
            flush()
            for (const image of this.drawing(item)) this.push(runs, {text: '', image})
            // A text box's paragraphs are read after the paragraph it is anchored in.
            this.boxes.push(...descendants(item, 'w:txbxContent'))
            break
          }
          case 'mc:AlternateContent': {
            const content = chosen(item)
            if (content !== undefined) walk(content)
            break
          }
          default:
            // w:rPr, w:delText, w:softHyphen, w:lastRenderedPageBreak, w:footnoteRef (a note's own mark) …
            break
        }
      }
    }
    walk(container)
    flush()
  }

  /**
   * A run's formatting resolved; text raised or lowered by `w:position` and set smaller than its
   * style's size (as LibreOffice writes an HTML `<sup>`), or moved 3 points or more, reads as
   * superscript or subscript, as it looks.
   */
  private runFormat(paragraphStyle: string | undefined, characterStyle: string | undefined, rPr: XmlElement | undefined): RunProperties {
    const resolved = this.styles.runOf(paragraphStyle, characterStyle, runProperties(rPr, this.theme))
    const position = resolved.position ?? 0
    if (resolved.vertAlign === undefined && position !== 0) {
      const base = this.styles.runOf(paragraphStyle, characterStyle, {}).size
      const smaller = resolved.size !== undefined && base !== undefined && resolved.size < base
      if (smaller || Math.abs(position) >= 6) return {...resolved, vertAlign: position > 0 ? 'superscript' : 'subscript'}
    }
    return resolved
  }

  private formatted(text: string, properties: RunProperties): WordRun {
    const run: WordRun = {text}
    if (properties.bold) run.bold = true
    if (properties.italic) run.italic = true
    if (properties.vertAlign === 'superscript') run.superscript = true
    if (properties.vertAlign === 'subscript') run.subscript = true
    const font = cjk.test(text) ? (properties.eastAsia ?? properties.ascii) : (properties.ascii ?? properties.eastAsia)
    if (font !== undefined) run.font = font
    const latin = properties.ascii ?? properties.eastAsia
    if ((latin !== undefined && monospaceFonts.test(latin)) || (font !== undefined && monospaceFonts.test(font))) run.monospace = true
    if (properties.size !== undefined) run.size = properties.size
    return run
  }

  /** The paragraphs of footnote (or endnote) `id`, the separators skipped. */
  private note(kind: 'footnotes' | 'endnotes', id: string): Array<WordParagraph> {
    const part = related(this.pack, this.main, kind)
    if (part === undefined) return []
    let byId = this.notes.get(kind)
    if (byId === undefined) {
      byId = new Map()
      for (const note of elements(this.pack.xml(part), kind === 'footnotes' ? 'w:footnote' : 'w:endnote')) {
        const type = note.attrs['w:type']
        if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue
        const noteId = note.attrs['w:id']
        if (noteId !== undefined) byId.set(noteId, note)
      }
      this.notes.set(kind, byId)
    }
    const note = byId.get(id)
    if (note === undefined) return []
    const saved = {part: this.part, notePlace: this.notePlace, fields: this.fields, tocControl: this.tocControl, tocRuns: this.tocRuns}
    this.part = part
    this.notePlace = this.count
    this.fields = []
    this.tocControl = 0
    const blocks: Array<WordBlock> = []
    this.blocks(note, blocks)
    Object.assign(this, saved)
    return blocks.filter((block): block is WordParagraph => block.kind === 'paragraph')
  }

  /** The images of a `w:drawing` (DrawingML) or a `w:pict`/`w:object` (VML). */
  private drawing(holder: XmlElement): Array<WordImage> {
    const found: Array<WordImage> = []
    if (holder.name === 'w:drawing') {
      const extent = descendant(holder, 'wp:extent')
      const docPr = descendant(holder, 'wp:docPr')
      const alt = docPr?.attrs.descr || docPr?.attrs.title || undefined
      const source = docPr?.attrs.name || undefined
      const width = extent?.attrs.cx === undefined ? undefined : Math.round(Number(extent.attrs.cx) / EMU_PER_PIXEL)
      const height = extent?.attrs.cy === undefined ? undefined : Math.round(Number(extent.attrs.cy) / EMU_PER_PIXEL)
      for (const blip of descendants(holder, 'a:blip')) {
        // Word keeps an SVG picture as a PNG with the SVG beside it: the SVG is the original.
        const svg = descendant(blip, 'asvg:svgBlip')?.attrs['r:embed']
        const image = this.image(svg ?? blip.attrs['r:embed'], width, height, alt)
        if (image !== undefined && source !== undefined) image.source = source
        if (image !== undefined) found.push(image)
      }
      return found
    }
    for (const data of descendants(holder, 'v:imagedata')) {
      const shape = descendants(holder, 'v:shape')[0]
      const style = new Map<string, string>()
      for (const declaration of (shape?.attrs.style ?? '').split(';')) {
        const [name, value] = declaration.split(':')
        if (name !== undefined && value !== undefined) style.set(name.trim(), value.trim())
      }
      const alt = shape?.attrs.alt || data.attrs['o:title'] || undefined
      const image = this.image(data.attrs['r:id'] ?? data.attrs['r:embed'], vmlPixels(style.get('width')), vmlPixels(style.get('height')), alt)
      if (image !== undefined) found.push(image)
    }
    return found
  }

  private image(id: string | undefined, width: number | undefined, height: number | undefined, alt: string | undefined): WordImage | undefined {
    if (id === undefined) return undefined
    const relationship = this.pack.relationships(this.part).get(id)
    if (relationship === undefined || relationship.external) return undefined
    const data = this.pack.bytes(relationship.target)
    if (data === undefined) return undefined
    const name = relationship.target.slice(relationship.target.lastIndexOf('/') + 1)
    const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase()
    const image: WordImage = {name, mediaType: this.pack.mediaType(relationship.target) ?? mediaTypes[extension] ?? 'application/octet-stream', data}
    if (width !== undefined && Number.isFinite(width)) image.width = width
    if (height !== undefined && Number.isFinite(height)) image.height = height
    if (alt !== undefined) image.alt = alt
    return image
  }

  private table(tbl: XmlElement): WordTable | undefined {
    const place: WordPlace = {paragraph: (this.notePlace ?? this.count) + 1, words: ''}
    const rows: Array<WordRow> = []
    /** The cell a vertical merge started in, by its grid column. */
    const open = new Map<number, WordCell & {rowSpan: number}>()
    let deleted = 0
    for (const tr of flatten(tbl, 'w:tr')) {
      const trPr = child(tr, 'w:trPr')
      // A row deleted with tracked changes is gone once they are accepted.
      if (child(trPr, 'w:del') !== undefined) {
        this.tracked = true
        deleted++
        continue
      }
      if (child(trPr, 'w:ins') !== undefined) this.tracked = true
      const header = child(trPr, 'w:tblHeader') !== undefined && !['0', 'false', 'off'].includes(child(trPr, 'w:tblHeader')?.attrs['w:val'] ?? '')
      let column = Number(valueOf(trPr, 'w:gridBefore') ?? '0') || 0
      const cells: Array<WordCell> = []
      for (const tc of flatten(tr, 'w:tc')) {
        const tcPr = child(tc, 'w:tcPr')
        const colSpan = Math.max(1, Number(valueOf(tcPr, 'w:gridSpan') ?? '1') || 1)
        const vMerge = child(tcPr, 'w:vMerge')
        const merge = vMerge === undefined ? undefined : vMerge.attrs['w:val'] === 'restart' ? 'restart' : 'continue'
        const started = open.get(column)
        const widened = cells[cells.length - 1]
        if (child(tcPr, 'w:hMerge') !== undefined && child(tcPr, 'w:hMerge')?.attrs['w:val'] !== 'restart' && widened !== undefined) {
          // The older horizontal merge: this cell widens the one before it.
          widened.colSpan += colSpan
          this.blocks(tc, [])
        } else if (merge === 'continue' && started !== undefined) {
          started.rowSpan++
          // The continuing cell's content is empty in Word; read it all the same so paragraph numbers stay true.
          this.blocks(tc, [])
        } else {
          const blocks: Array<WordBlock> = []
          this.blocks(tc, blocks)
          const cell = {colSpan, rowSpan: 1, blocks}
          cells.push(cell)
          if (merge === 'restart') open.set(column, cell)
          else open.delete(column)
        }
        column += colSpan
      }
      rows.push({header, cells})
    }
    if (rows.length === 0 && deleted > 0) return undefined
    const first = rows[0]?.cells[0]?.blocks[0]
    place.words = first === undefined ? '' : first.place.words
    return {kind: 'table', place, rows}
  }
}

/** The formatting of a text run, as a key; undefined for a run that holds something else (a break, a note, a formula, an image). */
/**
 * A formula as it reads with its tracked changes accepted: deleted runs
 * (`w:del`, `w:moveFrom` around them, or marked so in their `w:rPr`) left out,
 * inserted ones kept; no formula when no text is left.
 */
function acceptedMath(oMath: XmlElement): {math: XmlElement | undefined; tracked: boolean} {
  let tracked = false
  const keep = (element: XmlElement): XmlElement => {
    const children: Array<XmlElement | string> = []
    for (const item of element.children) {
      if (typeof item === 'string') children.push(item)
      else if (item.name === 'w:del' || item.name === 'w:moveFrom' || (item.name === 'm:r' && child(child(item, 'w:rPr'), 'w:del') !== undefined)) tracked = true
      else if (item.name === 'w:ins' || item.name === 'w:moveTo') {
        tracked = true
        children.push(...keep(item).children)
      } else children.push(keep(item))
    }
    return {...element, children}
  }
  const math = keep(oMath)
  if (!tracked) return {math: oMath, tracked}
  return {math: descendants(math, 'm:t').some((text) => textOf(text) !== '') ? math : undefined, tracked}
}

function formatKey(run: WordRun): string | undefined {
  if (run.break || run.pageBreak || run.footnote || run.math || run.image) return undefined
  return JSON.stringify([run.bold, run.italic, run.superscript, run.subscript, run.font, run.monospace, run.size])
}

/** Neighbouring runs of one formatting joined (Word splits text into runs for its own reasons: revisions, spelling marks), each text joined once. */
function joinRuns(runs: ReadonlyArray<WordRun>): Array<WordRun> {
  const joined: Array<WordRun> = []
  let group: Array<WordRun> = []
  const close = (): void => {
    if (group.length === 1) joined.push(group[0]!)
    else if (group.length > 1) joined.push({...group[0]!, text: group.map((run) => run.text).join('')})
    group = []
  }
  let key: string | undefined
  for (const run of runs) {
    const next = formatKey(run)
    if (next === undefined || next !== key) close()
    if (next === undefined) joined.push(run)
    else group.push(run)
    key = next
  }
  close()
  return joined
}

/** The children named `name`, looking through the wrappers (content controls, custom XML, tracked insertions) around them. */
function flatten(container: XmlElement, name: string, into: Array<XmlElement> = []): Array<XmlElement> {
  for (const item of container.children) {
    if (typeof item === 'string') continue
    if (item.name === name) into.push(item)
    else if (item.name === 'w:sdt') {
      const content = child(item, 'w:sdtContent')
      if (content !== undefined) flatten(content, name, into)
    } else if (item.name === 'w:customXml' || item.name === 'w:ins' || item.name === 'w:moveTo') flatten(item, name, into)
    else if (item.name === 'mc:AlternateContent') {
      const content = chosen(item)
      if (content !== undefined) flatten(content, name, into)
    }
  }
  return into
}
