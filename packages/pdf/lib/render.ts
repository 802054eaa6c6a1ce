/**
 * Drawing laid-out pages with pdfkit: text in the embedded, subset fonts;
 * the running header and the folio; named destinations, the outline and
 * internal links. The creation date comes from the edition, so the same
 * sources give the same bytes.
 */
import PDFDocument from 'pdfkit'
import SVGtoPDF from 'svg-to-pdfkit'
import type {Style} from './breaking.js'
import type {Typeset} from './edition.js'
import {ascent, drawingFont, type Face} from './fonts.js'
import type {GlyphCheck} from './glyphs.js'
import {area, page, sizes, type Page} from './layout.js'
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
    // No default font: every text is set in a registered face, so pdfkit need not load Helvetica's metrics.
    font: ''
  })
  const chunks: Array<Buffer> = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
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
  const draw = (laid: Page, folio: string): void => {
    glyphs.page(laid)
    doc.addPage({size: [page.width, page.height], margin: 0})
    if (laid.kind !== 'cover') furniture(doc, info.header, folio)
    for (const op of laid.ops) {
      switch (op.op) {
        case 'text': {
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
          if (op.style.link) link(doc, op.style.link, {x: op.x, y: op.y, width: op.width, height: op.style.size * 1.3}, info)
          break
        }
        case 'rule':
          doc.save().lineWidth(op.width).strokeColor(op.colour ? colours[op.colour] : colours.text).moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).stroke().restore()
          break
        case 'svg':
          svg(doc, op.svg, op.x, op.y, op.width, op.height, use)
          break
        case 'image':
          doc.image(Buffer.from(op.data), op.x, op.y, {width: op.width, height: op.height})
          break
        case 'bar':
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
  doc.end()
  await finished
  return Buffer.concat(chunks)
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

/** Makes `box` a link: to a named destination, whose name resolves when the reader follows it; or to another standard's PDF, when the library has it. */
function link(doc: PDFKit.PDFDocument, target: PdfLink, box: {x: number; y: number; width: number; height: number}, info: DocumentInfo): void {
  switch (target.kind) {
    case 'anchor':
      doc.goTo(box.x, box.y, box.width, box.height, target.id)
      return
    case 'standard': {
      const url = info.standardLink?.(target.designation, target.year)
      if (url) doc.link(box.x, box.y, box.width, box.height, url)
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
