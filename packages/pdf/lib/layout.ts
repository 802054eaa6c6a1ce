/**
 * The page layout: blocks flow down A4 pages and become drawing operations
 * at known places, so page numbers (for the 目次), outline entries, links and
 * change bars are all known before a byte of PDF is written. The operations
 * also say which element of the document's structure (a heading, a
 * paragraph, a table cell …) the text after them belongs to, for the tagged
 * PDF; rules and bars are decoration (artifacts).
 */
import {messages} from '@stdkit/messages'
import {breakLines, units, type FootnoteText, type Line, type Run, type Style} from './breaking.js'
import {ascent, unitWidth} from './fonts.js'

/** A4 in points, and the type area. */
export const page = {width: 595.28, height: 841.89, top: 78, bottom: 70, left: 76, right: 62}
export const area = {x: page.left, width: page.width - page.left - page.right, top: page.top, bottom: page.height - page.bottom}

/** Body sizes: 五号 10.5pt, notes 小五 9pt. */
export const sizes = {body: 10.5, note: 9, heading: 10.5, title: 16}
export const leading = 1.65

export function measure(text: string, style: Style): number {
  // An inline formula stands as one mark per formula, as wide as the formula.
  if (style.math) return [...text].length * style.math.width * style.size
  return unitWidth(text, style.face) * style.size
}

/**
 * An element of the document's structure, as a tagged PDF names it: its
 * standard type (`H1`, `P`, `L`, `LI`, `Lbl`, `LBody`, `Table`, `TR`, `TH`,
 * `TD`, `Figure`, `Formula`, `Note`, `TOC`, `TOCI` …), the element it is in
 * (none: the document), and its alternate text (a figure's caption, a
 * formula's TeX). The renderer makes it when its first content is drawn.
 */
export interface Tag {
  type: string
  parent: Tag | undefined
  alt?: string | undefined
  /** A header cell's scope. */
  scope?: 'Column' | 'Row' | undefined
}

export type Op =
  /** The text and graphics after it belong to `tag`, or are decoration (running headers, repeated table headers). */
  | {op: 'tag'; tag: Tag | 'artifact'}
  /** `tag` has all its content: no more comes after this. */
  | {op: 'end'; tag: Tag}
  | {op: 'text'; x: number; y: number; text: string; style: Style; spacing: number; width: number}
  /** A straight line: black, or in a redline's colour of inserted or deleted content (an image's frame, a formula's strike). */
  | {op: 'rule'; x1: number; y1: number; x2: number; y2: number; width: number; colour?: 'inserted' | 'deleted' | undefined}
  /** The closing line (终结线) under the last element of a standard: a short solid rule, centred. */
  | {op: 'closing'; x1: number; x2: number; y: number; width: number}
  | {op: 'bar'; x: number; y: number; height: number}
  | {op: 'dest'; id: string; y: number}
  | {op: 'outline'; title: string; depth: number; y: number}
  /** An SVG drawn as vectors into the box (a figure, a formula). */
  | {op: 'svg'; x: number; y: number; width: number; height: number; svg: string}
  /** A PNG or JPEG image drawn into the box. */
  | {op: 'image'; x: number; y: number; width: number; height: number; data: Uint8Array}

export interface Page {
  /** `cover` has no header or folio; `front` is numbered I, II …; `body` 1, 2 …. */
  kind: 'cover' | 'front' | 'body'
  ops: Array<Op>
}

/** Footnotes to the text: their leading, the gap their rule takes, where their text starts after the label. */
const footLeading = 1.5
const footGap = 8
const footIndent = sizes.note * 2.5

/** How a footnote to the text is labelled, at its call and at the foot of the page: `1)`. */
export function footnoteLabel(number: number): string {
  return `${number})`
}

const plainRuns = (text: string): Array<Run> => [{text, style: {face: 'serif', size: sizes.note}}]

function noteLines(note: FootnoteText): Array<Line> {
  return breakLines(note.runs, area.width - sizes.body * 2 - footIndent, measure)
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
  /** The element the text belongs to: a new one of this type in the current group (default `P`), or one the caller made and ends. */
  tag?: string | Tag | undefined
  /** The element the label belongs to (a list item's `Lbl`); by default the text's. */
  labelTag?: Tag | undefined
  /** The text is decoration, not content (a table's caption repeated on the pages it runs on to). */
  artifact?: boolean | undefined
}

/** A block of text in a table cell: its runs, and a label hung in front of them (a note's `注1：`, a footnote's `a`). */
export interface CellBlock {
  runs: Array<Run>
  label?: Array<Run> | undefined
  /** Where the text starts when a label hangs (default: after the label). */
  indent?: number | undefined
}

/** A cell of a table given as a grid: its text, and how many columns and rows it takes. */
export interface GridCell {
  runs: Array<Run>
  colSpan?: number | undefined
  rowSpan?: number | undefined
}

export interface TableOptions {
  caption?: Array<Run> | undefined
  /** The caption over the header repeated on each page the table runs on to (`表1（续）`). */
  continued?: Array<Run> | undefined
  header: Array<Array<Run>>
  rows: Array<Array<Array<Run>>>
  /** The table as a grid of cells that may span columns and rows, instead of `header` and `rows`. */
  grid?: {rows: Array<Array<GridCell>>; headerRows: number} | undefined
  /** Notes and footnotes, set inside the table's frame at its foot. */
  foot?: Array<CellBlock> | undefined
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
  /** The rule id of the message: `pdf-layout`, or `pdf-image` for an image that cannot be read. */
  readonly rule: string

  constructor(reason: string, node: Positioned | undefined, rule = 'pdf-layout') {
    super(reason)
    this.name = 'LayoutError'
    this.node = node
    this.rule = rule
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
  /** Footnotes whose calls are on the current page, and the height they take at its foot. */
  private notes: Array<FootnoteText> = []
  private footHeight = 0
  private readonly placedNotes = new Set<number>()
  /** The group new elements go in (a list, a table, a 目次); none: the document. */
  private group: Tag | undefined
  /** What the text drawn now belongs to; each page starts by saying it again. */
  private marking: Tag | 'artifact' | undefined

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

  /** Where the text of the current page must end: the type area's foot, above the page's footnotes. */
  get bottom(): number {
    return area.bottom - this.footHeight
  }

  newPage(): void {
    this.footnotes()
    this.release()
    this.pages.push({kind: this.kind, ops: this.marking === undefined ? [] : [{op: 'tag', tag: this.marking}]})
    this.count++
    this.y = area.top
    this.notes = []
    this.footHeight = 0
  }

  /** Ends the flow: its last page goes to the sink. */
  end(): void {
    this.footnotes()
    this.release()
  }

  /** Height a footnote takes at the foot of a page: its lines, and the rule over the first. */
  private noteHeight(note: FootnoteText, first: boolean): number {
    return noteLines(note).length * sizes.note * footLeading + (first ? footGap : 0)
  }

  /** The footnotes of the page at its foot, under a short rule, as GB/T 1.1 sets them. */
  private footnotes(): void {
    if (this.notes.length === 0 || this.pages.length === 0) return
    let y = area.bottom - this.footHeight
    this.current.ops.push({op: 'rule', x1: area.x, y1: y + footGap / 2, x2: area.x + area.width / 4, y2: y + footGap / 2, width: 0.5})
    y += footGap
    const saved = this.y
    const marking = this.marking
    for (const note of this.notes) {
      // Each footnote is a note of the document, whatever element its call is in.
      const tag: Tag = {type: 'Note', parent: undefined}
      this.mark(tag)
      const label = footnoteLabel(note.number)
      const lines = noteLines(note)
      lines.forEach((line, index) => {
        this.y = y
        if (index === 0) this.drawPieces(breakLines(plainRuns(label), area.width, measure)[0], area.x + sizes.body * 2, 0, sizes.note * footLeading)
        this.drawPieces(line, area.x + sizes.body * 2 + footIndent, 0, sizes.note * footLeading)
        y += sizes.note * footLeading
      })
      this.close(tag)
    }
    this.y = saved
    this.marking = marking
  }

  /** Footnotes called in `line` not yet set on this page, and the height they would take. */
  private callsIn(line: Line | undefined): {notes: Array<FootnoteText>; height: number} {
    const notes = (line?.pieces ?? []).flatMap((piece) => (piece.style.footnote && !this.placedNotes.has(piece.style.footnote.number) ? [piece.style.footnote] : []))
    return {notes, height: notes.reduce((sum, note, index) => sum + this.noteHeight(note, this.notes.length === 0 && index === 0), 0)}
  }

  /** Sets the footnotes called in a line just drawn at the foot of its page. */
  private place(notes: ReadonlyArray<FootnoteText>): void {
    for (const note of notes) {
      if (this.placedNotes.has(note.number)) continue
      this.footHeight += this.noteHeight(note, this.notes.length === 0)
      this.notes.push(note)
      this.placedNotes.add(note.number)
    }
  }

  private release(): void {
    const full = this.sink ? this.pages.pop() : undefined
    if (full) this.sink?.(full)
  }

  /** Starts a new page unless the current one is still empty. */
  freshPage(): void {
    if (this.current.ops.some((op) => op.op !== 'dest' && op.op !== 'outline' && op.op !== 'tag' && op.op !== 'end')) this.newPage()
  }

  /** A new element of the structure, in the current group. */
  tag(type: string, options: {alt?: string | undefined; scope?: Tag['scope']} = {}): Tag {
    return {type, parent: this.group, ...options}
  }

  /** The text and graphics drawn from now on belong to `tag` (or are decoration). */
  mark(tag: Tag | 'artifact'): void {
    if (this.marking === tag) return
    this.marking = tag
    this.current.ops.push({op: 'tag', tag})
  }

  /** `tag` is complete: its content has all been drawn. */
  close(tag: Tag): void {
    this.current.ops.push({op: 'end', tag})
    // What is drawn next no longer belongs to it, nor to an element in it.
    for (let inside = this.marking; inside !== undefined && inside !== 'artifact'; inside = inside.parent) {
      if (inside === tag) {
        this.marking = tag.parent
        break
      }
    }
  }

  /** Lays out `lay` as the content of a new element (a list, a list item, a table), which ends with it. */
  within<T>(type: string | Tag, lay: (tag: Tag) => T, options: {alt?: string | undefined} = {}): T {
    const tag = typeof type === 'string' ? this.tag(type, options) : type
    const saved = this.group
    this.group = tag
    try {
      return lay(tag)
    } finally {
      this.group = saved
      this.close(tag)
    }
  }

  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > area.top) this.newPage()
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
    this.ensure(lineHeight * Math.min(lines.length, 2) + (options.keepWithNext ?? 0) + this.callsIn(lines[0]).height)
    const tag = options.artifact ? 'artifact' : typeof options.tag === 'object' ? options.tag : this.tag(options.tag ?? 'P')
    lines.forEach((line, index) => {
      // A line that calls a footnote goes where the footnote's text fits at the foot of the same page.
      const calls = this.callsIn(line)
      if (index > 0 || calls.height > 0) this.ensure(lineHeight + calls.height)
      this.place(calls.notes)
      const start = area.x + indent + (index === 0 ? firstIndent : 0)
      const available = width - (index === 0 ? firstIndent : 0)
      if (index === 0 && options.label) {
        this.mark(tag === 'artifact' ? tag : (options.labelTag ?? tag))
        this.drawPieces(breakLines(options.label, area.width, measure)[0], area.x + (options.labelIndent ?? 0), 0, lineHeight)
      }
      this.mark(tag)
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
    if (tag !== 'artifact' && typeof options.tag !== 'object') this.close(tag)
    this.y += options.spaceAfter ?? 0
  }

  drawPieces(line: Line | undefined, x: number, spacing: number, lineHeight: number): void {
    if (!line) return
    let cursor = x
    const base = line.pieces.find((piece) => !piece.style.shift && !piece.style.math) ?? line.pieces[0]
    const top = this.y + (lineHeight - (line.pieces[0]?.style.size ?? sizes.body) * 1.2) / 2
    const baseline = top + ascent(base?.style.face ?? 'serif') * (base?.style.size ?? sizes.body)
    for (const piece of line.pieces) {
      const width = piece.width + spacing * [...piece.text].length
      const {style} = piece
      // Raised or lowered text (a superscript, a subscript) sits on the line's baseline, shifted; the rest at the line's top.
      const y = style.shift === undefined ? top : baseline - ascent(style.face) * style.size - style.shift
      this.current.ops.push({op: 'text', x: cursor, y, text: piece.text, style, spacing, width})
      cursor += width
    }
    this.place(line.pieces.flatMap((piece) => (piece.style.footnote ? [piece.style.footnote] : [])))
  }

  /**
   * The closing line (终结线) GB/T 1.1 sets after the last element of a
   * standard: a solid line a quarter of the type area wide, centred a line's
   * space under it; at the head of the next page when this one has no room.
   */
  closing(): void {
    const gap = sizes.body * leading
    if (this.y + gap > this.bottom) this.newPage()
    const y = this.y > area.top ? this.y + gap / 2 : this.y
    const width = area.width / 4
    this.current.ops.push({op: 'closing', x1: area.x + (area.width - width) / 2, x2: area.x + (area.width + width) / 2, y, width: 1})
    this.y = y + gap / 2
  }

  rule(x1: number, x2: number, width = 0.5): void {
    this.current.ops.push({op: 'rule', x1, y1: this.y, x2, y2: this.y, width})
  }

  table(options: TableOptions): void {
    const size = options.size ?? sizes.note
    const lineHeight = size * 1.5
    const padding = 4
    const grid = options.grid ?? {rows: [options.header, ...options.rows].map((row) => row.map((runs) => ({runs}))), headerRows: 1}
    const placed = placeCells(grid.rows)
    const columns = Math.max(1, ...placed.map((row) => row.reduce((end, cell) => Math.max(end, cell.column + cell.colSpan), 0)), options.grid ? 0 : options.header.length)
    const single = placed.flatMap((row) => row.filter((cell) => cell.colSpan === 1))
    const cellsOf = (column: number) => single.filter((cell) => cell.column === column)
    // What each column's widest cell takes on one line (its forced breaks kept), and its longest unbreakable word (a standard's number).
    const natural = Array.from({length: columns}, (_, column) =>
      Math.max(size * 2, ...cellsOf(column).map((cell) => Math.max(0, ...breakLines(cell.runs, Number.POSITIVE_INFINITY, measure).map((line) => line.width)) + padding * 2))
    )
    const least = Array.from({length: columns}, (_, column) =>
      Math.max(size * 2, ...cellsOf(column).flatMap((cell) => units(cell.runs).map((unit) => unit.tokens.reduce((sum, token) => sum + measure(token.text, token.style), 0) + padding * 2)))
    )
    const widths = columnWidths(natural, least, area.width)
    // Column edges added up from the left, as the rules between them are drawn.
    const lefts: Array<number> = []
    let edgeX = area.x
    for (const value of widths) {
      lefts.push(edgeX)
      edgeX += value
    }
    const right = edgeX
    const spanWidth = (cell: PlacedCell) => widths.slice(cell.column, cell.column + cell.colSpan).reduce((sum, value) => sum + value, 0)
    const height = (lines: number) => lines * lineHeight + padding * 2
    // Each row's cells broken into lines; a cell taking several rows makes the last of them tall enough for it.
    const laid: Array<LaidRow> = placed.map((row) => {
      const cells = row.map((cell) => ({cell, lines: breakLines(cell.runs, spanWidth(cell) - padding * 2, measure).map((line) => [{line, dx: 0}])}))
      return {cells, lines: Math.max(1, ...cells.filter(({cell}) => cell.rowSpan === 1).map(({lines}) => lines.length))}
    })
    laid.forEach((row, index) => {
      for (const {cell, lines} of row.cells) {
        if (cell.rowSpan === 1) continue
        const spanned = laid.slice(index, index + cell.rowSpan)
        const total = spanned.reduce((sum, part) => sum + height(part.lines), 0)
        const last = spanned.at(-1)
        if (last && total < height(lines.length)) last.lines += Math.ceil((height(lines.length) - total) / lineHeight)
      }
    })
    // The notes and footnotes make a last row, one cell across the table.
    if (options.foot && options.foot.length > 0) {
      const inner = area.width - padding * 2
      const lines = options.foot.flatMap((block) => {
        const labelWidth = block.label ? block.label.reduce((sum, run) => sum + measure(run.text, run.style), 0) : 0
        const indent = block.indent ?? labelWidth
        const broken = breakLines(block.runs, inner - indent, measure)
        const label = block.label ? breakLines(block.label, inner, measure)[0] : undefined
        return broken.map((line, index) => [...(index === 0 && label ? [{line: label, dx: 0}] : []), {line, dx: indent}])
      })
      const cell: PlacedCell = {runs: [], column: 0, colSpan: columns, rowSpan: 1, row: laid.length}
      laid.push({cells: [{cell, lines}], lines: lines.length, foot: true})
    }
    // The header is the header rows and the rows their cells reach down into.
    let headerEnd = Math.min(grid.headerRows, laid.length)
    for (let index = 0; index < headerEnd; index++) for (const {cell} of laid[index]?.cells ?? []) headerEnd = Math.max(headerEnd, index + cell.rowSpan)
    const headerRows = laid.slice(0, headerEnd)
    const headerHeight = headerRows.reduce((sum, row) => sum + height(row.lines), 0)
    const continuedHeight = options.continued ? size * leading + 2 : 0
    /** Lines of a row a page holds under the header. */
    const fresh = Math.floor((area.bottom - area.top - continuedHeight - headerHeight - padding * 2) / lineHeight)
    // A page must hold the header and a line of a row under it, or a long row could never be set.
    if (fresh < 1) throw new LayoutError(messages().pdf.tableHeader, options.node)
    // The table, its caption first, then a row (TR) of header (TH) or data (TD) cells for each row, the foot a row of one cell.
    const table = this.tag('Table')
    const rowTags = laid.map((): Tag => ({type: 'TR', parent: table}))
    const cellTags = laid.map((row, index) => row.cells.map((): Tag => (index < grid.headerRows ? {type: 'TH', parent: rowTags[index], scope: 'Column'} : {type: 'TD', parent: rowTags[index]})))
    /** Whether the header drawn now is the table's own or one repeated on a page it runs on to (decoration). */
    let repeated = false
    if (options.caption) this.paragraph(options.caption, {align: 'center', face: 'sans', keepWithNext: headerHeight + lineHeight * 2, tag: {type: 'Caption', parent: table}})
    /** Draws lines `from` to `to` of a row: its cells' text, the rules around them. */
    const drawPart = (row: LaidRow, rowIndex: number, from: number, to: number, changed: boolean, heights: ReadonlyArray<number>) => {
      const partHeight = height(to - from)
      const starts = row.cells
      // The rule over the part, but not through a cell coming down from a row above.
      const covered = coveredColumns(placed, rowIndex)
      this.rules(horizontalSegments(columns, covered, lefts, widths), this.y)
      starts.forEach(({cell, lines}, cellIndex) => {
        this.mark(repeated && rowIndex < headerEnd ? 'artifact' : (cellTags[rowIndex]?.[cellIndex] ?? table))
        const saved = this.y
        // A cell taking several rows is centred in their height.
        const spanHeight = heights.slice(0, cell.rowSpan).reduce((sum, value) => sum + value, 0)
        const offset = cell.rowSpan > 1 && from === 0 ? Math.max(0, (spanHeight - height(lines.length)) / 2) : 0
        this.y += padding + offset
        for (const line of cell.rowSpan > 1 ? (from === 0 ? lines : []) : lines.slice(from, to)) {
          for (const segment of line) this.drawPieces(segment.line, (lefts[cell.column] ?? area.x) + padding + segment.dx, 0, lineHeight)
          this.y += lineHeight
        }
        this.y = saved
      })
      // The rules between columns, but not through a cell taking several columns.
      const inside = interiorEdges(placed, rowIndex, columns, row.foot === true)
      for (let edge = 0; edge <= columns; edge++) {
        if (edge > 0 && edge < columns && !inside.has(edge)) continue
        const x = edge === columns ? right : (lefts[edge] ?? area.x)
        this.current.ops.push({op: 'rule', x1: x, y1: this.y, x2: x, y2: this.y + partHeight, width: 0.5})
      }
      if (changed) this.current.ops.push({op: 'bar', x: area.x - 14, y: this.y + padding, height: partHeight - padding * 2})
      this.y += partHeight
      // The rule under it, but not through a cell going on to the row below (unless the page ends here).
      const below = to < row.lines ? new Set<number>() : coveredColumns(placed, rowIndex + 1)
      this.rules(horizontalSegments(columns, below, lefts, widths), this.y)
    }
    const rowHeights = (from: number) => laid.slice(from).map((row) => height(row.lines))
    const drawHeader = () => headerRows.forEach((row, index) => drawPart(row, index, 0, row.lines, false, rowHeights(index)))
    const underHeader = () => {
      this.newPage()
      repeated = true
      if (options.continued) this.paragraph(options.continued, {align: 'center', face: 'sans', size: sizes.body, spaceAfter: 2 - sizes.body * leading + size * leading, artifact: true})
      drawHeader()
    }
    const fits = (lines: number) => this.y + height(lines) <= this.bottom
    /** Lines of a row the current page has room for. */
    const room = () => Math.floor((this.bottom - this.y - padding * 2) / lineHeight)
    this.ensure(headerHeight + lineHeight * 2)
    drawHeader()
    let index = headerEnd
    while (index < laid.length) {
      // Rows joined by a cell taking several of them are kept together on a page when they can be.
      let end = index + 1
      for (let row = index; row < end; row++) for (const {cell} of laid[row]?.cells ?? []) end = Math.max(end, row + cell.rowSpan)
      end = Math.min(end, laid.length)
      const group = laid.slice(index, end)
      const groupHeight = group.reduce((sum, row) => sum + height(row.lines), 0)
      if (end - index > 1 && this.y + groupHeight > this.bottom && groupHeight <= fresh * lineHeight + padding * 2) underHeader()
      for (let rowIndex = index; rowIndex < end; rowIndex++) {
        const row = laid[rowIndex] as LaidRow
        const changed = options.changedRows?.has(rowIndex - 1) === true && !options.grid
        // A row that fits a page is never split: it moves to the next page, under a repeated header.
        if (!fits(row.lines) && row.lines <= fresh) underHeader()
        // A row taller than a page goes on from page to page, each under the header, its cells' lines where they fall.
        let from = 0
        while (!fits(row.lines - from)) {
          const fit = Math.max(0, room())
          if (fit > 0) drawPart(row, rowIndex, from, from + fit, changed, rowHeights(rowIndex))
          from += fit
          underHeader()
        }
        drawPart(row, rowIndex, from, row.lines, changed, rowHeights(rowIndex))
      }
      index = end
    }
    this.close(table)
    this.y += lineHeight * 0.5
  }

  /** Horizontal rules at `y`, one per run of columns. */
  private rules(segments: ReadonlyArray<[number, number]>, y: number): void {
    for (const [x1, x2] of segments) this.current.ops.push({op: 'rule', x1, y1: y, x2, y2: y, width: 0.5})
  }
}

/**
 * The widths of a table's columns from their content, filling `total`: a
 * table whose cells all fit on one line gets their widths, the room left
 * spread in proportion. Otherwise a column whose widest cell (`natural`)
 * fits its fair share of the width gets that width, so that short columns
 * (names, dates, numbers) do not wrap, and the fair share is worked out
 * again among the rest until each of those is wider than it; they share
 * what is left in proportion to the square root of their widths (a long
 * text takes more, without starving a middling column), none narrower than
 * its longest unbreakable word (`least`) while the table can hold them all.
 */
export function columnWidths(natural: ReadonlyArray<number>, least: ReadonlyArray<number>, total: number): Array<number> {
  const sum = (values: ReadonlyArray<number>) => values.reduce((all, value) => all + value, 0)
  const wanted = sum(natural)
  if (wanted <= total) return natural.map((value) => value + ((total - wanted) * value) / wanted)
  const widths = natural.map(() => 0)
  let open = natural.map((_, column) => column)
  let room = total
  for (;;) {
    const share = room / open.length
    const fits = open.filter((column) => (natural[column] ?? 0) <= share)
    if (fits.length === 0) break
    for (const column of fits) {
      widths[column] = natural[column] ?? 0
      room -= natural[column] ?? 0
    }
    open = open.filter((column) => (natural[column] ?? 0) > share)
  }
  // The rest share what is left; one given less than its longest word takes that much, and the others share the remainder.
  while (open.length > 0) {
    const weight = sum(open.map((column) => Math.sqrt(natural[column] ?? 0)))
    const share = (column: number) => (room * Math.sqrt(natural[column] ?? 0)) / weight
    const short = open.filter((column) => share(column) < (least[column] ?? 0))
    if (short.length === 0) {
      for (const column of open) widths[column] = share(column)
      break
    }
    for (const column of short) {
      widths[column] = least[column] ?? 0
      room -= least[column] ?? 0
    }
    open = open.filter((column) => !short.includes(column))
  }
  // Words too long for the table together: every column narrowed alike, and the longest words cut.
  const scale = Math.min(1, total / sum(widths))
  return widths.map((value) => value * scale)
}

/** A cell where it stands in the grid. */
interface PlacedCell extends GridCell {
  column: number
  row: number
  colSpan: number
  rowSpan: number
}

/** Puts each cell in the first column its row has free: cells of rows above taking several rows hold theirs. */
function placeCells(rows: ReadonlyArray<ReadonlyArray<GridCell>>): Array<Array<PlacedCell>> {
  const taken = new Map<number, Set<number>>()
  const take = (row: number, column: number) => {
    let set = taken.get(row)
    if (!set) taken.set(row, (set = new Set()))
    set.add(column)
  }
  return rows.map((row, rowIndex) => {
    let column = 0
    return row.map((cell) => {
      while (taken.get(rowIndex)?.has(column)) column++
      const colSpan = Math.max(1, cell.colSpan ?? 1)
      const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, rows.length - rowIndex))
      for (let r = rowIndex; r < rowIndex + rowSpan; r++) for (let c = column; c < column + colSpan; c++) take(r, c)
      const placedCell: PlacedCell = {...cell, column, row: rowIndex, colSpan, rowSpan}
      column += colSpan
      return placedCell
    })
  })
}

/** Columns of row `row` taken by a cell that starts in a row above it. */
function coveredColumns(placed: ReadonlyArray<ReadonlyArray<PlacedCell>>, row: number): Set<number> {
  const covered = new Set<number>()
  for (const cells of placed.slice(0, Math.max(0, row))) {
    for (const cell of cells) {
      if (cell.row < row && cell.row + cell.rowSpan > row) for (let c = cell.column; c < cell.column + cell.colSpan; c++) covered.add(c)
    }
  }
  return covered
}

/** The edges between columns that row `row` has a rule on: none inside a cell taking several columns. */
function interiorEdges(placed: ReadonlyArray<ReadonlyArray<PlacedCell>>, row: number, columns: number, foot: boolean): Set<number> {
  const edges = new Set<number>()
  if (foot) return edges
  for (let edge = 1; edge < columns; edge++) edges.add(edge)
  for (const cells of placed.slice(0, row + 1)) {
    for (const cell of cells) {
      if (cell.row <= row && cell.row + cell.rowSpan > row) for (let edge = cell.column + 1; edge < cell.column + cell.colSpan; edge++) edges.delete(edge)
    }
  }
  return edges
}

/** Runs of columns not in `skip`, as the x ranges a rule takes. */
function horizontalSegments(columns: number, skip: ReadonlySet<number>, lefts: ReadonlyArray<number>, widths: ReadonlyArray<number>): Array<[number, number]> {
  const segments: Array<[number, number]> = []
  for (let column = 0; column < columns; column++) {
    if (skip.has(column)) continue
    const x1 = lefts[column] ?? area.x
    const x2 = column === columns - 1 ? area.x + area.width : x1 + (widths[column] ?? 0)
    const last = segments.at(-1)
    if (last && Math.abs(last[1] - x1) < 0.001) last[1] = x2
    else segments.push([x1, x2])
  }
  return segments
}

/** A row as laid out: each of its cells with its lines (each line one or more pieces of text at an offset), and its height in lines. */
interface LaidRow {
  cells: Array<{cell: PlacedCell; lines: Array<Array<{line: Line; dx: number}>>}>
  /** Lines of its tallest cell. */
  lines: number
  /** The row of notes and footnotes at the table's foot. */
  foot?: true
}
