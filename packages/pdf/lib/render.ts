/**
 * Drawing laid-out pages with pdfkit: text in the embedded, subset fonts;
 * the running header and the folio; named destinations, the outline and
 * internal links. The PDF is tagged: its text and images are the content of
 * a structure tree (headings, paragraphs, lists, tables, figures, formulas,
 * notes, the 目次), its language is Chinese, and the running headers,
 * folios, rules and change bars are artifacts. Its page labels are the
 * folios printed on the pages. The creation date comes from the edition, so
 * the same sources give the same bytes.
 */
import PDFDocument from 'pdfkit'
import SVGtoPDF from 'svg-to-pdfkit'
import type {Style} from './breaking.js'
import type {Typeset} from './edition.js'
import {ascent, drawingFont, type Face} from './fonts.js'
import type {GlyphCheck} from './glyphs.js'
import {area, page, sizes, type Page, type Tag} from './layout.js'
import {unreachable, type PdfLink} from './link.js'

export interface DocumentInfo {
  title: string
  subject: string
  author: string
  keywords: string
  /** The date the document is of (an edition's issue date), `YYYY-MM-DD`. */
  date: string | undefined
  /** Running header text. */
  header: string
  /** URL of another standard's PDF, by designation and year, when the library has it. */
  standardLink?: ((designation: string, year: number | undefined) => string | undefined) | undefined
}

const colours = {inserted: '#0b5394', deleted: '#a4161a', text: '#000000', bar: '#000000'}

/** Draws a typeset document, the pages before its body and then its body as it is laid out; `glyphs` sees every page before it is drawn. */
export async function renderPdf(typeset: Typeset, glyphs: GlyphCheck, info: DocumentInfo): Promise<Buffer> {
  const date = info.date && /^\d{4}-\d{2}-\d{2}$/u.test(info.date) ? new Date(`${info.date}T00:00:00Z`) : new Date(Date.UTC(2000, 0, 1))
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margin: 0,
    autoFirstPage: false,
    compress: true,
    info: {Title: info.title, Subject: info.subject, Author: info.author, Keywords: info.keywords, Creator: 'stdkit', Producer: 'stdkit', CreationDate: date, ModDate: date},
    displayTitle: true,
    lang: 'zh-CN',
    tagged: true,
    // No default font: every text is set in a registered face, so pdfkit need not load Helvetica's metrics.
    font: ''
  })
  const chunks = collect(doc)
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve())
    doc.on('error', reject)
  })
  // pdfkit (0.20 on) takes a parsed fontkit font, which its types do not know yet.
  for (const face of ['serif', 'sans', 'sansBold'] as const satisfies ReadonlyArray<Face>) doc.registerFont(face, drawingFont(face) as unknown as Uint8Array)
  // The other faces (bold, italic, listings) are read when a document first sets text in them.
  const registered = new Set<Face>(['serif', 'sans', 'sansBold'])
  const use = (face: Face): void => {
    if (registered.has(face)) return
    doc.registerFont(face, drawingFont(face) as unknown as Uint8Array)
    registered.add(face)
  }
  const outline: Array<PDFKit.PDFOutline> = [doc.outline]
  const structure = new Structure(doc)
  const draw = (laid: Page, folio: string): void => {
    glyphs.page(laid)
    structure.endPage()
    doc.addPage({size: [page.width, page.height], margin: 0})
    if (laid.kind !== 'cover') {
      structure.artifact('Pagination')
      furniture(doc, info.header, folio)
    }
    for (const op of laid.ops) {
      switch (op.op) {
        case 'tag':
          structure.current = op.tag
          break
        case 'end':
          structure.end(op.tag)
          break
        case 'text': {
          structure.content(op.style.link !== undefined && (op.style.link.kind === 'anchor' || info.standardLink?.(op.style.link.designation, op.style.link.year) !== undefined), op.style.math?.tex)
          if (op.style.math) {
            // An inline formula: its SVG on the line's baseline.
            const baseline = op.y + ascent(op.style.face) * op.style.size
            const {math, size} = op.style
            svg(doc, math.svg, op.x, baseline - math.height * size, math.width * size, (math.height + math.depth) * size, use)
          } else {
            use(op.style.face)
            setStyle(doc, op.style)
            doc.text(op.text, op.x, op.y, {lineBreak: false, characterSpacing: op.spacing})
          }
          // Underline and strike carry the meaning in black-and-white print; the colour only helps.
          if (op.style.inserted || op.style.deleted) {
            const y = op.y + op.style.size * (op.style.inserted ? 1.32 : 0.78)
            const colour = op.style.inserted ? colours.inserted : colours.deleted
            doc.save().lineWidth(op.style.size / 14).strokeColor(colour).moveTo(op.x, y).lineTo(op.x + op.width, y).stroke().restore()
          }
          if (op.style.link) link(doc, op.style.link, {x: op.x, y: op.y, width: op.width, height: op.style.size * 1.3}, info, structure.link)
          break
        }
        case 'closing':
          structure.artifact()
          doc.save().lineWidth(op.width).strokeColor(colours.text).moveTo(op.x1, op.y).lineTo(op.x2, op.y).stroke().restore()
          break
        case 'rule':
          structure.artifact()
          doc.save().lineWidth(op.width).strokeColor(op.colour ? colours[op.colour] : colours.text).moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).stroke().restore()
          break
        case 'svg':
          structure.content()
          svg(doc, op.svg, op.x, op.y, op.width, op.height, use)
          break
        case 'image':
          structure.content()
          doc.image(Buffer.from(op.data), op.x, op.y, {width: op.width, height: op.height})
          break
        case 'bar':
          structure.artifact()
          doc.save().rect(op.x, op.y, 2.5, op.height).fill(colours.bar).restore()
          break
        case 'dest':
          doc.addNamedDestination(op.id, 'XYZ', 0, page.height - op.y + 4, null)
          break
        case 'outline': {
          while (outline.length > op.depth) outline.pop()
          while (outline.length < op.depth) outline.push(outline.at(-1) as PDFKit.PDFOutline)
          const parent = outline.at(-1) as PDFKit.PDFOutline
          outline.push(parent.addItem(op.title))
          break
        }
      }
    }
  }
  typeset.front.forEach((laid, index) => draw(laid, typeset.folios[index] ?? ''))
  let folio = 0
  typeset.body((laid) => draw(laid, String(++folio)))
  structure.endPage()
  pageLabels(doc, typeset.folios)
  doc.end()
  await finished
  return Buffer.concat(chunks)
}

/**
 * The bytes pdfkit writes, kept as it writes them. pdfkit writes each object
 * in three or four pieces through its stream, and a tagged PDF has an object
 * for every element of its structure (some ten thousand in a standard of a
 * thousand provisions): passing each piece through the stream's machinery
 * costs more than writing it. So its writer is replaced, on this document,
 * by one that keeps the pieces and counts the offsets its cross-reference
 * table needs, as its own does; the stream is left to say when it ends.
 */
function collect(doc: PDFKit.PDFDocument): Array<Uint8Array> {
  // What it wrote on being made (the header), waiting in the stream.
  const head = doc.read() as Buffer | null
  const chunks: Array<Uint8Array> = head ? [head] : []
  const writer = doc as unknown as {_write: (data: Uint8Array | string) => void; _offset: number}
  writer._write = (data) => {
    const bytes = typeof data === 'string' ? Buffer.from(`${data}\n`, 'latin1') : data
    chunks.push(bytes)
    writer._offset += bytes.length
  }
  // Reading the stream lets it end.
  doc.on('data', () => undefined)
  return chunks
}

/**
 * Draws an SVG as vectors into a box (svg-to-pdfkit): its own size is set to
 * the box, in points; text in it is set in the serif face (a formula's CJK
 * words, a figure's labels).
 */
function svg(doc: PDFKit.PDFDocument, source: string, x: number, y: number, width: number, height: number, use: (face: Face) => void): void {
  use('serif')
  const sized = source.replace(/<svg\b[^>]*>/u, (tag) => {
    const rest = tag.replace(/\s(?:width|height)="[^"]*"/gu, '')
    return rest.replace(/^<svg/u, `<svg width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet"`)
  })
  doc.save()
  SVGtoPDF(doc as unknown as Parameters<typeof SVGtoPDF>[0], sized, x, y, {width, height, assumePt: true, fontCallback: () => 'serif', warningCallback: () => undefined})
  doc.restore()
}

/**
 * Makes `box` a link: to a named destination, whose name resolves when the
 * reader follows it; or to another standard's PDF, when the library has it.
 * `parent` gives the element (a `Link`) the annotation is part of.
 */
function link(doc: PDFKit.PDFDocument, target: PdfLink, box: {x: number; y: number; width: number; height: number}, info: DocumentInfo, parent: () => PDFKit.PDFStructureElement): void {
  // pdfkit puts the annotation in the element given as its `structParent`, which its types do not know.
  const tagged = (): PDFKit.Mixins.AnnotationOption => ({structParent: parent()}) as PDFKit.Mixins.AnnotationOption
  switch (target.kind) {
    case 'anchor':
      doc.goTo(box.x, box.y, box.width, box.height, target.id, tagged())
      return
    case 'standard': {
      const url = info.standardLink?.(target.designation, target.year)
      if (url) doc.link(box.x, box.y, box.width, box.height, url, tagged())
      return
    }
    default:
      unreachable(target)
  }
}

function setStyle(doc: PDFKit.PDFDocument, style: Style): void {
  doc.font(style.face).fontSize(style.size).fillColor(style.inserted ? colours.inserted : style.deleted ? colours.deleted : colours.text)
}

/** Running header with the standard's number and a rule; the folio at the foot. */
function furniture(doc: PDFKit.PDFDocument, header: string, folio: string): void {
  const size = sizes.note
  doc.font('sans').fontSize(size).fillColor(colours.text)
  const width = doc.widthOfString(header)
  doc.text(header, area.x + area.width - width, area.top - 34, {lineBreak: false})
  doc.save().lineWidth(0.5).moveTo(area.x, area.top - 20).lineTo(area.x + area.width, area.top - 20).stroke().restore()
  if (folio) {
    doc.font('serif').fontSize(size)
    const folioWidth = doc.widthOfString(folio)
    doc.text(folio, area.x + (area.width - folioWidth) / 2, page.height - page.bottom + 28, {lineBreak: false})
  }
}

/**
 * The structure tree as pdfkit writes it: an element for each tag of the
 * layout, made when its first content is drawn and put in its parent's (the
 * document's, for a tag with none), ended when the layout says it is
 * complete, so that a long document's elements are written as it goes; and
 * the marked content of each page, one sequence for each run of operations
 * of one element, or of decoration (an artifact).
 */
class Structure {
  /** The tag of what is drawn now, as the layout last said. */
  current: Tag | 'artifact' | undefined
  private readonly doc: PDFKit.PDFDocument
  private readonly root: PDFKit.PDFStructureElement
  private readonly elements = new WeakMap<Tag, PDFKit.PDFStructureElement>()
  private readonly ended = new WeakSet<Tag>()
  /** The marked-content sequence open on the page: whose content it is, or decoration. */
  private open: Tag | 'artifact' | undefined
  /** The link whose text is drawn now, and its element. */
  private linked: {tag: Tag; element: PDFKit.PDFStructureElement} | undefined
  /** A paragraph for content the layout gave no tag (none should be without one). */
  private loose: Tag | undefined

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc
    this.root = doc.struct('Document')
    doc.addStructure(this.root)
  }

  /**
   * What is drawn next is content of the current element; of a `Link` in it
   * when `link`, or of a `Formula` with `tex` as its alternate text (an
   * inline formula).
   */
  content(link = false, tex?: string | undefined): void {
    this.endLink()
    let tag = this.current
    if (tag === 'artifact') return this.mark(tag)
    if (tag === undefined) tag = this.loose ??= {type: 'P', parent: undefined}
    if (tex !== undefined) tag = {type: 'Formula', parent: tag, alt: tex}
    if (link) {
      tag = {type: 'Link', parent: tag}
      this.linked = {tag, element: this.element(tag)}
    }
    this.mark(tag)
  }

  /** What is drawn next is decoration: a rule, a change bar; the running header and folio (`Pagination`). */
  artifact(type?: 'Pagination'): void {
    this.endLink()
    if (type === undefined) return this.mark('artifact')
    this.close()
    this.doc.markContent('Artifact', {type})
    this.open = 'artifact'
  }

  /** The element of the link whose text was drawn last, for its annotation. */
  readonly link = (): PDFKit.PDFStructureElement => {
    if (!this.linked) throw new Error('a link annotation outside the text of a link')
    return this.linked.element
  }

  /** `tag` has all its content. */
  end(tag: Tag): void {
    this.endLink()
    this.elements.get(tag)?.end()
    this.ended.add(tag)
    for (let inside = this.current; inside !== undefined && inside !== 'artifact'; inside = inside.parent) {
      if (inside === tag) {
        this.current = tag.parent
        break
      }
    }
  }

  /** Closes what is open on the page before the next one. */
  endPage(): void {
    this.endLink()
    this.close()
  }

  private endLink(): void {
    if (!this.linked) return
    if (this.open === this.linked.tag) this.close()
    this.linked.element.end()
    this.ended.add(this.linked.tag)
    this.linked = undefined
  }

  private close(): void {
    if (this.open !== undefined) this.doc.endMarkedContent()
    this.open = undefined
  }

  private mark(tag: Tag | 'artifact'): void {
    if (this.open === tag) return
    this.close()
    if (tag === 'artifact') this.doc.markContent('Artifact')
    else this.element(tag).add(this.doc.markStructureContent(tag.type))
    this.open = tag
  }

  /** The element of `tag`, made and put in its parent's the first time. */
  private element(tag: Tag): PDFKit.PDFStructureElement {
    let element = this.elements.get(tag)
    if (element) return element
    const options: {alt?: string; scope?: string} = {}
    if (tag.alt) options.alt = tag.alt
    if (tag.scope) options.scope = tag.scope
    // pdfkit writes a header cell's scope, which its types do not know.
    element = this.doc.struct(tag.type, options as {alt?: string})
    // An element whose parent has ended (which the layout never asks for) goes in the document rather than nowhere.
    const parent = tag.parent === undefined || this.ended.has(tag.parent) ? this.root : this.element(tag.parent)
    parent.add(element)
    this.elements.set(tag, element)
    return element
  }
}

/**
 * The page labels, as the folios print them: the pages before the body
 * (`folios`) numbered in upper-case roman from the first one's numeral, the
 * cover (no folio) unnumbered, the body in arabic from 1. pdfkit has no API
 * for them: the number tree is written into the catalogue (`/PageLabels`,
 * PDF 1.7 §12.4.2), each entry starting a range at its page's index.
 */
function pageLabels(doc: PDFKit.PDFDocument, folios: ReadonlyArray<string>): void {
  const nums: Array<number | Record<string, unknown>> = []
  folios.forEach((folio, index) => {
    // A range starts at the first page and wherever the folios go from none to numerals or back.
    if (index > 0 && (folios[index - 1] === '') === (folio === '')) return
    nums.push(index, folio === '' ? {} : {S: 'R', St: fromRoman(folio)})
  })
  nums.push(folios.length, {S: 'D', St: 1})
  const internals = doc as unknown as {_root: {data: Record<string, unknown>}; ref: (data: unknown) => {end: () => void}}
  const labels = internals.ref({Nums: nums})
  internals._root.data.PageLabels = labels
  labels.end()
}

/** The value of an upper-case roman numeral (`IV` → 4). */
function fromRoman(numeral: string): number {
  const values: Readonly<Record<string, number>> = {I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000}
  let total = 0
  for (let index = 0; index < numeral.length; index++) {
    const value = values[numeral[index] as string] ?? 0
    const next = values[numeral[index + 1] as string] ?? 0
    total += value < next ? -value : value
  }
  return total
}
