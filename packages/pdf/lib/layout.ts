/**
 * The page layout: blocks flow down A4 pages and become drawing operations
 * at known places, so page numbers (for the 目次), outline entries, links and
 * change bars are all known before a byte of PDF is written.
 */
import {messages} from '@stdkit/messages'
import {breakLines, units, type Line, type Run, type Style} from './breaking.js'
import {unitWidth} from './fonts.js'

/** A4 in points, and the type area. */
export const page = {width: 595.28, height: 841.89, top: 78, bottom: 70, left: 76, right: 62}
export const area = {x: page.left, width: page.width - page.left - page.right, top: page.top, bottom: page.height - page.bottom}

/** Body sizes: 五号 10.5pt, notes 小五 9pt. */
export const sizes = {body: 10.5, note: 9, heading: 10.5, title: 16}
export const leading = 1.65

export function measure(text: string, style: Style): number {
  return unitWidth(text, style.face) * style.size
}

export type Op =
  | {op: 'text'; x: number; y: number; text: string; style: Style; spacing: number; width: number}
  | {op: 'rule'; x1: number; y1: number; x2: number; y2: number; width: number}
  | {op: 'bar'; x: number; y: number; height: number}
  | {op: 'dest'; id: string; y: number}
  | {op: 'outline'; title: string; depth: number; y: number}

export interface Page {
  /** `cover` has no header or folio; `front` is numbered I, II …; `body` 1, 2 …. */
  kind: 'cover' | 'front' | 'body'
  ops: Array<Op>
}

export interface ParagraphOptions {
  size?: number
  face?: Style['face']
  /** Left indent of every line. */
  indent?: number
  /** Extra indent of the first line (2em for a body paragraph). */
  firstIndent?: number
  /** A label hung in front of the text (`a)`, `——`, `注：`), at `labelIndent`, with the text from `indent`. */
  label?: Array<Run> | undefined
  labelIndent?: number
  align?: 'justify' | 'left' | 'center' | 'right'
  spaceBefore?: number
  spaceAfter?: number
  /** Draw a change bar beside every line (a block wholly inserted or deleted). */
  changed?: boolean
  /** Keep at least this much of what follows on the same page. */
  keepWithNext?: number
}

export interface TableOptions {
  caption?: Array<Run> | undefined
  header: Array<Array<Run>>
  rows: Array<Array<Array<Run>>>
  /** Rows (by index) to mark with a change bar. */
  changedRows?: ReadonlySet<number>
  size?: number
  /** The node the table is set from, for a message when it cannot be. */
  node?: Positioned | undefined
}

/** A node of the source, by where it is. */
export interface Positioned {
  position?: {start: {line: number; column: number}} | undefined
}

/** Thrown when a block cannot be laid out on the page; the publisher names its place in the source. */
export class LayoutError extends Error {
  readonly node: Positioned | undefined

  constructor(reason: string, node: Positioned | undefined) {
    super(reason)
    this.name = 'LayoutError'
    this.node = node
  }
}

/**
 * Blocks flowing down pages. The pages are kept in `pages`; or, given a
 * `sink`, each is handed to it once full and let go, so that a long
 * document is drawn a page at a time rather than held whole.
 */
export class Flow {
  readonly pages: Array<Page> = []
  y = area.top
  /** Pages begun so far, the current one included. */
  count = 0
  private readonly kind: Page['kind']
  private readonly sink: ((page: Page) => void) | undefined

  constructor(kind: Page['kind'], sink?: (page: Page) => void) {
    this.kind = kind
    this.sink = sink
    this.newPage()
  }

  get current(): Page {
    return this.pages.at(-1) as Page
  }

  get pageIndex(): number {
    return this.count - 1
  }

  newPage(): void {
    this.release()
    this.pages.push({kind: this.kind, ops: []})
    this.count++
    this.y = area.top
  }

  /** Ends the flow: its last page goes to the sink. */
  end(): void {
    this.release()
  }

  private release(): void {
    const full = this.sink ? this.pages.pop() : undefined
    if (full) this.sink?.(full)
  }

  /** Starts a new page unless the current one is still empty. */
  freshPage(): void {
    if (this.current.ops.some((op) => op.op !== 'dest' && op.op !== 'outline')) this.newPage()
  }

  ensure(height: number): void {
    if (this.y + height > area.bottom && this.y > area.top) this.newPage()
  }

  space(height: number): void {
    if (this.y > area.top) this.y += height
  }

  destination(id: string): void {
    this.current.ops.push({op: 'dest', id, y: this.y})
  }

  outline(title: string, depth: number): void {
    this.current.ops.push({op: 'outline', title, depth, y: this.y})
  }

  paragraph(runs: Array<Run>, options: ParagraphOptions = {}): void {
    const size = options.size ?? sizes.body
    const lineHeight = size * leading
    const indent = options.indent ?? 0
    const firstIndent = options.firstIndent ?? 0
    const width = area.width - indent
    const lines = breakLines(runs, width, measure, width - firstIndent)
    this.space(options.spaceBefore ?? 0)
    this.ensure(lineHeight * Math.min(lines.length, 2) + (options.keepWithNext ?? 0))
    lines.forEach((line, index) => {
      if (index > 0) this.ensure(lineHeight)
      const start = area.x + indent + (index === 0 ? firstIndent : 0)
      const available = width - (index === 0 ? firstIndent : 0)
      if (index === 0 && options.label) this.drawPieces(breakLines(options.label, area.width, measure)[0], area.x + (options.labelIndent ?? 0), 0, lineHeight)
      const align = options.align ?? 'justify'
      const slack = available - line.width
      const x = align === 'center' ? start + slack / 2 : align === 'right' ? start + slack : start
      // Justified lines spread the slack over the gaps between characters, within reason.
      const spacing = align === 'justify' && !line.last && line.count > 1 && slack / (line.count - 1) < size * 0.5 ? slack / (line.count - 1) : 0
      this.drawPieces(line, x, spacing, lineHeight)
      const marked = options.changed === true || line.pieces.some((piece) => piece.style.inserted === true || piece.style.deleted === true)
      if (marked) this.current.ops.push({op: 'bar', x: area.x - 14, y: this.y + lineHeight * 0.12, height: lineHeight * 0.8})
      this.y += lineHeight
    })
    this.y += options.spaceAfter ?? 0
  }

  private drawPieces(line: Line | undefined, x: number, spacing: number, lineHeight: number): void {
    if (!line) return
    let cursor = x
    const top = this.y + (lineHeight - (line.pieces[0]?.style.size ?? sizes.body) * 1.2) / 2
    for (const piece of line.pieces) {
      const width = piece.width + spacing * [...piece.text].length
      this.current.ops.push({op: 'text', x: cursor, y: top, text: piece.text, style: piece.style, spacing, width})
      cursor += width
    }
  }

  rule(x1: number, x2: number, width = 0.5): void {
    this.current.ops.push({op: 'rule', x1, y1: this.y, x2, y2: this.y, width})
  }

  table(options: TableOptions): void {
    const size = options.size ?? sizes.note
    const lineHeight = size * 1.5
    const padding = 4
    const columns = Math.max(options.header.length, ...options.rows.map((row) => row.length))
    const natural = Array.from({length: columns}, (_, column) =>
      Math.max(
        size * 3,
        ...[options.header, ...options.rows].map((row) => (row[column] ?? []).reduce((sum, run) => sum + measure(run.text, run.style), 0) + padding * 2)
      )
    )
    // A column is at least as wide as its widest unbreakable word (a standard's number); the rest of the
    // width goes to the columns by how much more their content would take.
    const minimum = Array.from({length: columns}, (_, column) =>
      Math.max(
        size * 2,
        ...[options.header, ...options.rows].flatMap((row) =>
          units(row[column] ?? []).map((unit) => unit.tokens.reduce((sum, token) => sum + measure(token.text, token.style), 0) + padding * 2)
        )
      )
    )
    const spare = area.width - minimum.reduce((sum, value) => sum + value, 0)
    const wants = natural.map((value, column) => Math.max(0, value - (minimum[column] ?? 0)))
    const wanted = wants.reduce((sum, value) => sum + value, 0)
    let widths = minimum.map((value, column) => value + (spare > 0 ? (wanted > 0 ? ((wants[column] ?? 0) / wanted) * spare : spare / columns) : 0))
    const scale = area.width / widths.reduce((sum, value) => sum + value, 0)
    widths = widths.map((value) => value * scale)
    const layoutRow = (row: Array<Array<Run>>): LaidRow => {
      const cells = widths.map((cellWidth, column) => breakLines(row[column] ?? [], cellWidth - padding * 2, measure))
      return {cells, lines: Math.max(...cells.map((lines) => lines.length))}
    }
    const height = (lines: number) => lines * lineHeight + padding * 2
    const header = layoutRow(options.header)
    /** Lines of a row a page holds under the header. */
    const fresh = Math.floor((area.bottom - area.top - height(header.lines) - padding * 2) / lineHeight)
    // A page must hold the header and a line of a row under it, or a long row could never be set.
    if (fresh < 1) throw new LayoutError(messages().pdf.tableHeader, options.node)
    if (options.caption) this.paragraph(options.caption, {align: 'center', face: 'sans', keepWithNext: height(header.lines) + lineHeight * 2})
    const drawPart = (row: LaidRow, from: number, to: number, changed: boolean) => {
      const partHeight = height(to - from)
      let x = area.x
      this.current.ops.push({op: 'rule', x1: area.x, y1: this.y, x2: area.x + area.width, y2: this.y, width: 0.5})
      row.cells.forEach((lines, column) => {
        const saved = this.y
        this.y += padding
        for (const line of lines.slice(from, to)) {
          this.drawPieces(line, x + padding, 0, lineHeight)
          this.y += lineHeight
        }
        this.y = saved
        x += widths[column] ?? 0
      })
      let edge = area.x
      for (const cellWidth of [0, ...widths]) {
        edge += cellWidth
        this.current.ops.push({op: 'rule', x1: edge, y1: this.y, x2: edge, y2: this.y + partHeight, width: 0.5})
      }
      if (changed) this.current.ops.push({op: 'bar', x: area.x - 14, y: this.y + padding, height: partHeight - padding * 2})
      this.y += partHeight
      this.current.ops.push({op: 'rule', x1: area.x, y1: this.y, x2: area.x + area.width, y2: this.y, width: 0.5})
    }
    const underHeader = () => {
      this.newPage()
      drawPart(header, 0, header.lines, false)
    }
    const fits = (lines: number) => this.y + height(lines) <= area.bottom
    /** Lines of a row the current page has room for. */
    const room = () => Math.floor((area.bottom - this.y - padding * 2) / lineHeight)
    this.ensure(height(header.lines) + lineHeight * 2)
    drawPart(header, 0, header.lines, false)
    options.rows.forEach((row, index) => {
      const laid = layoutRow(row)
      const changed = options.changedRows?.has(index) === true
      // A row that fits a page is never split: it moves to the next page, under a repeated header.
      if (!fits(laid.lines) && laid.lines <= fresh) underHeader()
      // A row taller than a page goes on from page to page, each under the header, its cells' lines where they fall.
      let from = 0
      while (!fits(laid.lines - from)) {
        const fit = Math.max(0, room())
        if (fit > 0) drawPart(laid, from, from + fit, changed)
        from += fit
        underHeader()
      }
      drawPart(laid, from, laid.lines, changed)
    })
    this.y += lineHeight * 0.5
  }
}

interface LaidRow {
  cells: Array<Array<Line>>
  /** Lines of its tallest cell. */
  lines: number
}
