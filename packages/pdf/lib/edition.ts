/**
 * An edition typeset: the cover, the 目次 with real page numbers, the 前言
 * with the revision record as a ruled table, then the body with headings in
 * the sans face and text in the serif face, appendices each on a new page.
 */
import {
  appendixName,
  appendixStatusLabel,
  caption,
  documentTypeOf,
  numberedName,
  exampleLabel,
  handle,
  normalizeNumber,
  noteLabel,
  revisionColumns,
  toText,
  type Appendix,
  type Bibliography,
  type Clause,
  type Code,
  type DefinitionList,
  type Figure,
  type Formula,
  type Image,
  type TableFootnote,
  type TermIndex,
  type TermSource,
  type Example,
  type FlowContent,
  type Foreword,
  type Handlers,
  type Introduction,
  type List,
  type Note,
  type Paragraph,
  type PhrasingContent,
  type RevisionHistory,
  type Standard,
  type Table,
  type Term
} from '@stdkit/tree'
import {documentWords, messages} from '@stdkit/messages'
import {typeset} from '@stdkit/math'
import {breakLines, lineMark, mathMark, type Run, type Style} from './breaking.js'
import {ascent, hasGlyph} from './fonts.js'
import {imageFacts} from './images.js'
import {area, Flow, footnoteLabel, leading, LayoutError, measure, sizes, type CellBlock, type GridCell, type Op, type Page, type ParagraphOptions, type Positioned, type Tag} from './layout.js'
import {anchorLink, standardLink} from './link.js'

export const serif: Style = {face: 'serif', size: sizes.body}
export const sans: Style = {face: 'sans', size: sizes.body}
export const heading: Style = {face: 'sansBold', size: sizes.heading}

/** Writes each node type: flow content into the flow of its state, phrasing as runs of text. */
export type PdfHandlers = Handlers<FlowContent, State, void> & Handlers<PhrasingContent, Inline, Array<Run>>

/** What a handler of flow content is given besides the node. */
export interface State {
  handlers: PdfHandlers
  flow: Flow
  /** Level of the clauses written: a chapter's is 1. */
  depth: number
  /** Entries of the 目次 found so far. */
  toc: Array<TocEntry>
  /** Number of the untitled clause whose first paragraph is still to come, which prints it. */
  untitled?: string | undefined
  /** The edition typeset, for what is gathered from all of it (the index of its terms). */
  tree?: Standard | undefined
  /** The bytes of an image, by its path relative to the source; undefined when it cannot be read. */
  readImage?: ((url: string) => Uint8Array | undefined) | undefined
}

/** What a handler of phrasing is given besides the node. */
export interface Inline {
  handlers: PdfHandlers
  style: Style
}

function runs(nodes: ReadonlyArray<PhrasingContent>, handlers: PdfHandlers, style: Style = serif): Array<Run> {
  return nodes.flatMap((node) => handle<PhrasingContent, Inline, Array<Run>>(handlers, node, {handlers, style}))
}

function all(nodes: ReadonlyArray<FlowContent>, state: State): void {
  for (const node of nodes) handle<FlowContent, State, void>(state.handlers, node, state)
}

export interface Options {
  /** Handlers merged over the default ones, by node type (default: none). */
  handlers?: Partial<PdfHandlers> | undefined
  /** The bytes of an image of a figure, by its path relative to the source (`figures/grounding.svg`); undefined when it cannot be read. */
  readImage?: ((url: string) => Uint8Array | undefined) | undefined
}

export const plain = (text: string, style: Style = serif): Array<Run> => [{text, style}]

/** One entry of the 目次: what it says, its depth, and where its heading landed. */
export interface TocEntry {
  title: string
  depth: number
  id: string
  /** Index of the page in its flow. */
  page: number
  flow: 'front' | 'body'
}

/** A note's label: `注：`, `注1：`, or a note to a term entry's `注1到条目：`. */
const noteOrEntryLabel = (node: Note | Example): string =>
  node.type === 'note' && node.toEntry ? documentWords().technical.noteToEntry({number: String(node.number ?? 1)}) : node.type === 'note' ? noteLabel(node) : exampleLabel(node)

const labelled = (labelOf: (node: Note | Example) => string) => (node: Note | Example, {handlers, flow}: State): void => {
  const label = labelOf(node)
  const style = {...serif, size: sizes.note}
  // A note is a `Note` of the structure, its label included; an example a paragraph.
  const tag = node.type === 'note' ? 'Note' : 'P'
  flow.paragraph(runs(node.children, handlers, style), {size: sizes.note, label: plain(label, {...sans, size: sizes.note}), labelIndent: sizes.body * 2, indent: sizes.body * 2 + measure(label, {...sans, size: sizes.note}), spaceAfter: 2, tag})
}

export const defaultHandlers = {
  foreword,
  revisionHistory: (node, {flow}) => revisionTable(flow, node),
  introduction,
  clause,
  term,
  normativeReference: (node, {flow}) => {
    const year = node.year === undefined ? '' : `–${node.year}`
    flow.paragraph(plain(`${node.designation}${year}\u3000${node.title}`), {firstIndent: sizes.body * 2, spaceAfter: 2})
  },
  appendix,
  paragraph,
  note: labelled(noteOrEntryLabel),
  example: labelled(exampleLabel),
  list: (node, state) => list(node, state, 0),
  // A change list hangs as a first-level list does.
  changeList: (node, {flow, handlers}) =>
    flow.within('L', () => {
      for (const entry of node.children) listItem(flow, plain(entry.label), [runs(entry.children, handlers)], {labelIndent: sizes.body * 2, indent: sizes.body * 4, spaceAfter: 1})
    }),
  table,
  figure,
  formula,
  code,
  definitionList: (node, state) => definitionList(node, state, sizes.body),
  bibliography,
  termIndex,
  text: (node, {style}) => [{text: node.value, style}],
  // An inline formula: one mark the line breaker measures as the formula and the renderer draws it in its place.
  inlineMath: (node, {style}) => {
    const {svg, width, height, depth} = typeset(node.value, false)
    return [{text: mathMark, style: {...style, math: {tex: node.value, svg, width, height, depth}}}]
  },
  // The call `1)` raised; its text at the foot of the page the call lands on.
  footnote: (node, {handlers, style}) => [
    {text: footnoteLabel(node.number), style: {...raised(style), footnote: {number: node.number, runs: runs(node.children, handlers, {...serif, size: sizes.note})}}}
  ],
  superscript: (node, {handlers, style}) => runs(node.children, handlers, raised(style)),
  subscript: (node, {handlers, style}) => runs(node.children, handlers, lowered(style)),
  emphasis: (node, {handlers, style}) => runs(node.children, handlers, style).flatMap(italic),
  strong: (node, {handlers, style}) => runs(node.children, handlers, bold(style)),
  break: (_node, {style}) => [{text: lineMark, style}],
  crossReference: (node, {style}) => [node.targetId === undefined ? {text: toText(node), style} : {text: toText(node), style: {...style, link: anchorLink(node.targetId)}}],
  // Another standard: resolved to a file when the document is drawn, if the library has it.
  standardReference: (node, {style}) => [{text: toText(node), style: {...style, link: standardLink(node.designation, node.year)}}]
} satisfies PdfHandlers

function paragraph(node: Paragraph, state: State): void {
  const {flow, handlers, untitled} = state
  if (untitled === undefined) return flow.paragraph(runs(node.children, handlers), {firstIndent: sizes.body * 2, spaceAfter: 2})
  // An untitled clause prints its number at the start of its first paragraph.
  flow.paragraph([{text: `${untitled}\u3000`, style: heading}, ...runs(node.children, handlers)], {spaceAfter: 2})
  state.untitled = undefined
}

function table(node: Table, {flow, handlers}: State): void {
  const printed = caption('table', node)
  // A cross-reference to the table (`见表1`) leads here.
  if (node.id !== undefined) flow.destination(node.id)
  const rows = node.children.filter((child) => child.type === 'tableRow')
  const small = {...serif, size: sizes.note}
  const head = {...sans, size: sizes.note}
  const grid = rows.map((row, index): Array<GridCell> =>
    row.children.map((cell) => ({runs: runs(cell.children, handlers, index < node.headerRows ? head : small), colSpan: cell.colSpan, rowSpan: cell.rowSpan}))
  )
  const foot = node.children.flatMap((child): Array<CellBlock> => (child.type === 'note' ? [noteBlock(child, handlers)] : child.type === 'tableFootnote' ? [footnoteBlock(child, handlers)] : []))
  flow.table({
    caption: printed === undefined ? undefined : plain(printed, sans),
    continued: node.number === undefined ? undefined : plain(documentWords().technical.continued({name: numberedName('table', node.number)}), sans),
    header: [],
    rows: [],
    grid: {rows: grid, headerRows: node.headerRows},
    foot: foot.length > 0 ? foot : undefined,
    node
  })
}

/** A note of a table or figure, its label hung: `注1：…`. */
function noteBlock(node: Note, handlers: PdfHandlers): CellBlock {
  const label = noteLabel(node)
  return {label: plain(label, {...sans, size: sizes.note}), runs: runs(node.children, handlers, {...serif, size: sizes.note}), indent: measure(label, {...sans, size: sizes.note})}
}

/** A footnote of a table or figure: its letter raised, then its text, `ᵃ　…`. */
function footnoteBlock(node: TableFootnote, handlers: PdfHandlers): CellBlock {
  const style = {...serif, size: sizes.note}
  return {label: [{text: node.label, style: raised(style)}], runs: runs(node.children, handlers, style), indent: sizes.note * 1.5}
}

/** Text raised a third of the size, smaller: a superscript, a footnote's call. */
export function raised(style: Style): Style {
  return {...style, size: style.size * 0.7, shift: (style.shift ?? 0) + style.size * 0.36}
}

/** Text lowered, smaller: a subscript. */
export function lowered(style: Style): Style {
  return {...style, size: style.size * 0.7, shift: (style.shift ?? 0) - style.size * 0.14}
}

/** Emphasis: Latin letters and digits in the italic Latin face; CJK, which has no italic, as it was. */
function italic(run: Run): Array<Run> {
  if (run.style.math || run.style.face === 'mono') return [run]
  return (run.text.match(/[\p{Script=Latin}\p{Script=Greek}0-9]+|[^\p{Script=Latin}\p{Script=Greek}0-9]+/gu) ?? []).map((text) =>
    /^[\p{Script=Latin}\p{Script=Greek}0-9]/u.test(text) ? {text, style: {...run.style, face: 'italic'}} : {text, style: run.style}
  )
}

/** Strong emphasis: the bold of the face. */
function bold(style: Style): Style {
  return {...style, face: style.face === 'sans' ? 'sansBold' : style.face === 'serif' ? 'serifBold' : style.face}
}

/** An image file read: its bytes, its size in CSS pixels, and whether it is an SVG. */
export interface ImageRead {
  bytes: Uint8Array
  width: number
  height: number
  svg: boolean
}

/** What an image is read by: its path, the facts of its file when known, and where it stands for a message. */
export interface ImageSource extends Positioned {
  url: string
  file?: {width: number; height: number} | undefined
}

/** Reads an image of a figure: its bytes and facts, or a message at the image. */
export function readImage(node: ImageSource, reader: State['readImage']): ImageRead {
  const bytes = reader?.(node.url)
  const fail = (reason: string): never => {
    throw new LayoutError(messages().pdf.image({url: node.url, reason}), node, 'pdf-image')
  }
  if (bytes === undefined) return fail(messages().library.noFile)
  const facts = imageFacts(bytes)
  if (typeof facts === 'string') return fail(facts)
  return {bytes, width: node.file?.width ?? facts.width, height: node.file?.height ?? facts.height, svg: facts.mediaType === 'image/svg+xml'}
}

/** The operation that draws an image read into a box. */
export function imageOp(image: ImageRead, x: number, y: number, width: number, height: number): Op {
  return image.svg ? {op: 'svg', x, y, width, height, svg: new TextDecoder().decode(image.bytes)} : {op: 'image', x, y, width, height, data: image.bytes}
}

/** Room kept under an image on its page: its sub-figure title, the key and notes, the caption. */
export const underImage = sizes.body * leading * 4

/** An image centred, scaled (never up) to the text width and to what a page holds; a `Figure` of the structure, `alt` its alternate text. */
function drawImage(node: Image, flow: Flow, state: State, alt: string): void {
  const image = readImage(node, state.readImage)
  // CSS pixels are 3/4 of a point.
  let width = image.width * 0.75
  let height = image.height * 0.75
  const scale = Math.min(1, area.width / width, (area.bottom - area.top - underImage) / height)
  width *= scale
  height *= scale
  flow.ensure(height + (node.label || node.caption ? sizes.body * leading : 0))
  const x = area.x + (area.width - width) / 2
  const tag = flow.tag('Figure', {alt})
  flow.mark(tag)
  flow.current.ops.push(imageOp(image, x, flow.y, width, height))
  flow.close(tag)
  flow.y += height + 4
  const title = [node.label, node.caption].filter(Boolean).join('\u3000')
  if (title) flow.paragraph(plain(title), {align: 'center', spaceAfter: 4, tag: 'Caption'})
}

/** Height a block takes when laid out alone from the top of a page, or Infinity when a page cannot hold it. */
function heightOf(lay: (flow: Flow) => void): number {
  const scratch = new Flow('body')
  lay(scratch)
  return scratch.pages.length > 1 ? Number.POSITIVE_INFINITY : scratch.y - area.top
}

/**
 * A figure as GB/T 1.1 sets it: its images centred (sub-figures each with
 * `a)　title` under it), its key, notes and footnotes, then its caption
 * centred under it in the sans face; kept whole on a page when a page holds it.
 */
function figure(node: Figure, state: State): void {
  const {flow} = state
  const printed = caption('figure', node)
  const lay = (target: Flow): void => {
    const inner = {...state, flow: target}
    for (const child of node.children) {
      // Each image a figure whose alternate text is the caption, with the sub-figure's title, or else the image's own.
      if (child.type === 'image') drawImage(child, target, inner, [printed, child.label, child.caption].filter(Boolean).join('\u3000') || child.alt)
      else if (child.type === 'definitionList') definitionList(child, inner, sizes.note)
      else if (child.type === 'note') labelled(noteLabel)(child, inner)
      else target.paragraph(footnoteBlock(child, state.handlers).label?.concat(plain('\u3000', {...serif, size: sizes.note}), runs(child.children, state.handlers, {...serif, size: sizes.note})) ?? [], {size: sizes.note, firstIndent: sizes.body * 2, spaceAfter: 2, tag: 'Note'})
    }
    if (printed) target.paragraph(plain(printed, sans), {align: 'center', spaceBefore: 2, spaceAfter: 6, tag: 'Caption'})
  }
  flow.space(4)
  const whole = heightOf(lay)
  if (whole < Number.POSITIVE_INFINITY) flow.ensure(whole)
  // A cross-reference to the figure (`见图1`) leads here.
  if (node.id !== undefined) flow.destination(node.id)
  lay(flow)
}

/** A display formula typeset as mathematics, centred, its number `（1）` flush right on its baseline. */
function formula(node: Formula, {flow}: State): void {
  displayFormula(flow, node.value, node.number === undefined ? '' : `（${node.number}）`, node.id)
}

/** Where a display formula was drawn: its box, and its baseline. */
export interface FormulaBox {
  x: number
  top: number
  width: number
  height: number
  baseline: number
}

/**
 * Sets a display formula centred on its own lines, `number` (`（1）`, or
 * nothing) flush right on its baseline; `id` is the destination a
 * cross-reference leads to.
 */
export function displayFormula(flow: Flow, tex: string, number: string, id?: string | undefined): FormulaBox {
  const {svg, width, height, depth} = typeset(tex, true)
  const size = sizes.body
  const numberWidth = measure(number, serif)
  // A formula wider than the line beside its number is set smaller.
  const scale = Math.min(1, (area.width - numberWidth * 2 - size) / (width * size))
  const w = width * size * scale
  const h = height * size * scale
  const d = depth * size * scale
  flow.space(4)
  flow.ensure(h + d + 8)
  if (id !== undefined) flow.destination(id)
  const top = flow.y + 2
  const x = area.x + (area.width - w) / 2
  // A `Formula` of the structure, its TeX the alternate text, its number part of it.
  const tag = flow.tag('Formula', {alt: tex})
  flow.mark(tag)
  flow.current.ops.push({op: 'svg', x, y: top, width: w, height: h + d, svg})
  if (number) {
    const baseline = top + h
    flow.current.ops.push({op: 'text', x: area.x + area.width - numberWidth, y: baseline - ascent('serif') * size, text: number, style: serif, spacing: 0, width: numberWidth})
  }
  flow.close(tag)
  flow.y = top + h + d + 6
  return {x, top, width: w, height: h + d, baseline: top + h}
}

/**
 * The explanations of symbols: `式中：` under a formula or `说明：` in a
 * figure, then one entry a line, `R——接地电阻…`, the explanations hanging
 * after the widest symbol; or a symbols chapter's `ETS　接地端子系统`.
 */
function definitionList(node: DefinitionList, {flow, handlers}: State, size: number): void {
  const words = documentWords().technical
  const style = {...serif, size}
  const em = size
  const separator = node.kind === 'symbols' ? '\u3000' : '——'
  const labels = node.children.map((item) => [...runs(item.children[0].children, handlers, style), ...plain(separator, style)])
  const widest = Math.max(0, ...labels.map((label) => label.reduce((sum, run) => sum + measure(run.text, run.style), 0)))
  const lead = node.kind === 'where' ? words.where : node.kind === 'key' ? words.key : undefined
  const start = node.kind === 'symbols' ? sizes.body * 2 : sizes.body * 2 + em * 2
  if (lead) flow.paragraph(plain(lead, style), {size, firstIndent: sizes.body * 2, keepWithNext: size * leading, spaceAfter: 0})
  // A list of the structure: each symbol the label of an item, its explanation the body.
  flow.within('L', () =>
    node.children.forEach((item, index) => {
      const label = labels[index] ?? []
      // The symbol stands right against its dash, the explanations start in one column.
      const labelWidth = label.reduce((sum, run) => sum + measure(run.text, run.style), 0)
      listItem(flow, label, [runs(item.children[1].children, handlers, style)], {size, labelIndent: start + (node.kind === 'symbols' ? 0 : widest - labelWidth), indent: start + widest, spaceAfter: 1})
    })
  )
  flow.space(2)
}

/** Listing text: the monospace face, a character it lacks (CJK) in the sans face; `style` says the rest (a redline's marks). */
export function listingRuns(text: string, style: Style): Array<Run> {
  const out: Array<Run> = []
  for (const char of text) {
    const face = hasGlyph('mono', char) || /\s/u.test(char) ? 'mono' : 'sans'
    const last = out.at(-1)
    if (last && last.style.face === face) last.text += char
    else out.push({text: char, style: {...style, face}})
  }
  return out
}

/** The size a listing is set in. */
export const listingSize = sizes.note * 0.95

/** A line of a listing: its runs, and whether it is changed (a redline marks it with a bar). */
export interface ListingLine {
  runs: Array<Run>
  changed?: boolean | undefined
}

/**
 * A listing, line for line as written: the monospace face, a smaller size,
 * framed by light rules; a line wider than the frame goes on under itself
 * after a continuation mark at the frame's edge; pages break between lines.
 */
function code(node: Code, {flow}: State): void {
  const source = node.value.replace(/\r\n?/gu, '\n').replace(/\t/gu, '    ').split('\n')
  listing(flow, source.map((text) => ({runs: listingRuns(text, {face: 'mono', size: listingSize})})))
}

/** Sets the lines of a listing in its frame (see `code`); a changed line has a change bar beside it. */
export function listing(flow: Flow, source: ReadonlyArray<ListingLine>): void {
  const size = listingSize
  const lineHeight = size * 1.45
  const padding = 5
  const mark = size * 0.9
  const width = area.width - padding * 2 - mark
  const lines: Array<{pieces: Array<Run>; continued: boolean; changed: boolean}> = []
  for (const {runs: text, changed = false} of source) {
    let line: Array<Run> = []
    let used = 0
    for (const run of text) {
      for (const char of run.text) {
        const charWidth = measure(char, run.style)
        if (used + charWidth > width && used > 0) {
          lines.push({pieces: line, continued: true, changed})
          line = []
          used = 0
        }
        const last = line.at(-1)
        if (last && last.style === run.style) last.text += char
        else line.push({text: char, style: run.style})
        used += charWidth
      }
    }
    lines.push({pieces: line, continued: false, changed})
  }
  const light = 0.4
  let partTop = 0
  const open = () => {
    partTop = flow.y
    flow.current.ops.push({op: 'rule', x1: area.x, y1: flow.y, x2: area.x + area.width, y2: flow.y, width: light})
    flow.y += padding
  }
  const close = () => {
    flow.y += padding
    const ops = flow.current.ops
    ops.push({op: 'rule', x1: area.x, y1: flow.y, x2: area.x + area.width, y2: flow.y, width: light})
    ops.push({op: 'rule', x1: area.x, y1: partTop, x2: area.x, y2: flow.y, width: light})
    ops.push({op: 'rule', x1: area.x + area.width, y1: partTop, x2: area.x + area.width, y2: flow.y, width: light})
  }
  flow.space(4)
  flow.ensure(lineHeight * Math.min(lines.length, 3) + padding * 2)
  const tag = flow.tag('Code')
  flow.mark(tag)
  open()
  for (const line of lines) {
    if (flow.y + lineHeight + padding > flow.bottom) {
      close()
      flow.newPage()
      open()
    }
    let x = area.x + padding
    const top = flow.y + (lineHeight - size * 1.2) / 2
    for (const piece of line.pieces) {
      const pieceWidth = measure(piece.text, piece.style)
      flow.current.ops.push({op: 'text', x, y: top, text: piece.text, style: piece.style, spacing: 0, width: pieceWidth})
      x += pieceWidth
    }
    if (line.continued) {
      // The continuation mark: a hooked arrow at the frame's edge, drawn, so that it is never taken for the listing's text.
      const right = area.x + area.width - padding
      const mid = flow.y + lineHeight * 0.35
      const low = flow.y + lineHeight * 0.7
      const ops = flow.current.ops
      ops.push({op: 'rule', x1: right, y1: mid, x2: right, y2: low, width: 0.6})
      ops.push({op: 'rule', x1: right, y1: low, x2: right - mark * 0.7, y2: low, width: 0.6})
      ops.push({op: 'rule', x1: right - mark * 0.7, y1: low, x2: right - mark * 0.4, y2: low - mark * 0.25, width: 0.6})
      ops.push({op: 'rule', x1: right - mark * 0.7, y1: low, x2: right - mark * 0.4, y2: low + mark * 0.25, width: 0.6})
    }
    if (line.changed) flow.current.ops.push({op: 'bar', x: area.x - 14, y: flow.y + lineHeight * 0.12, height: lineHeight * 0.8})
    flow.y += lineHeight
  }
  close()
  flow.close(tag)
  flow.y += 6
}

/** The bibliography: on a new page after the appendices, its heading centred, each entry's label hung. */
function bibliography(node: Bibliography, state: State): void {
  const {flow, toc, handlers} = state
  const title = documentWords().technical.bibliography
  backMatter(title, node.id, state)
  const labels = node.children.flatMap((child) => (child.type === 'bibliographyEntry' && child.label ? [child.label] : []))
  const indent = Math.max(0, ...labels.map((label) => measure(`${label}\u3000`, serif)))
  for (const child of node.children) {
    if (child.type !== 'bibliographyEntry') all([child], state)
    else if (child.label === undefined) flow.paragraph(runs(child.children, handlers), {spaceAfter: 2})
    else flow.paragraph(runs(child.children, handlers), {label: plain(child.label), labelIndent: 0, indent, spaceAfter: 2})
  }
  void toc
}

/** A part after the appendices: a new page, its heading centred, an entry of the 目次 and of the outline. */
function backMatter(title: string, id: string, {flow, toc}: State): void {
  flow.freshPage()
  flow.destination(id)
  flow.outline(title, 1)
  toc.push({title, depth: 1, id, page: flow.pageIndex, flow: 'body'})
  centeredTitle(flow, [...title].join('\u3000'))
}

/** Every term entry of the edition, in order. */
function termsOf(tree: Standard | undefined): Array<Term> {
  const found: Array<Term> = []
  const walk = (nodes: ReadonlyArray<{type: string}>): void => {
    for (const node of nodes) {
      if (node.type === 'term') found.push(node as Term)
      else if ((node.type === 'clause' || node.type === 'appendix') && 'children' in node) walk(node.children as ReadonlyArray<{type: string}>)
    }
  }
  walk(tree?.children ?? [])
  return found
}

/**
 * The index of the terms, generated: the Chinese terms in pinyin order, then
 * their English equivalents in alphabetical order, each with the number of
 * its entry, which leads to it.
 */
function termIndex(node: TermIndex, state: State): void {
  const {flow} = state
  const words = documentWords().technical
  backMatter(words.index, node.id, state)
  const terms = termsOf(state.tree)
  const section = (heading: string, entries: Array<{text: string; term: Term}>, collator: Intl.Collator) => {
    if (entries.length === 0) return
    flow.paragraph(plain(heading, sans), {align: 'center', spaceBefore: 6, spaceAfter: 6, keepWithNext: sizes.body * 3})
    const sorted = [...entries].sort((a, b) => collator.compare(a.text, b.text) || a.term.number.localeCompare(b.term.number, 'en', {numeric: true}))
    for (const {text, term: entry} of sorted) {
      const link = {kind: 'anchor' as const, id: entry.id}
      const number = entry.number
      const room = area.width - sizes.body * 2 - measure(text, serif) - measure(number, serif) - sizes.body
      const leaders = '·'.repeat(Math.max(3, Math.floor(room / measure('·', serif))))
      flow.paragraph([{text, style: serif}, {text: ` ${leaders} `, style: serif}, {text: number, style: {...serif, link}}], {indent: sizes.body * 2, align: 'left', spaceAfter: 1})
    }
  }
  section(words.chineseIndex, terms.map((entry) => ({text: entry.term, term: entry})), new Intl.Collator('zh-u-co-pinyin'))
  section(words.englishIndex, terms.flatMap((entry) => (entry.english ? [{text: entry.english, term: entry}] : [])), new Intl.Collator('en', {sensitivity: 'base'}))
}

/**
 * List items hang: the first level's marker two characters in, its text from
 * the fifth character. A list of the structure (`L`), each item (`LI`) its
 * label (`Lbl`) and its body (`LBody`), a list under it in its body.
 */
function list(node: List, state: State, level: number): void {
  const em = sizes.body
  const {flow} = state
  flow.within('L', () => {
    for (const item of node.children) {
      flow.within('LI', () => {
        const label = flow.tag('Lbl')
        flow.within('LBody', (body) => {
          for (const child of item.children) {
            if (child.type === 'list') list(child, state, level + 1)
            else flow.paragraph(runs(child.children, state.handlers), {label: plain(item.label), labelIndent: em * (2 + level * 2), indent: em * (4 + level * 2), spaceAfter: 1, tag: body, labelTag: label})
          }
        })
      })
    }
  })
}

/** An item of a list of the structure, its label hung before its paragraphs: `LI` holding `Lbl` and `LBody`. */
export function listItem(flow: Flow, label: Array<Run>, paragraphs: ReadonlyArray<Array<Run>>, options: Omit<ParagraphOptions, 'label' | 'tag' | 'labelTag'>): void {
  flow.within('LI', () => {
    const lbl = flow.tag('Lbl')
    flow.within('LBody', (body) => {
      for (const text of paragraphs) flow.paragraph(text, {...options, label, tag: body, labelTag: lbl})
    })
  })
}

/** A document typeset: the pages before its body, and its body, laid out a page at a time as the renderer draws it. */
export interface Typeset {
  /** The pages before the body: the cover, the 目次 and the 前言; a comparison's summary. */
  front: Array<Page>
  /** The folio printed on each of them (empty for the cover). */
  folios: Array<string>
  /** Lays the body out, handing each page to `sink` once it is full; its folios are 1, 2 …. */
  body: (sink: (page: Page) => void) => void
}

/** A body of up to this many pages is kept from its first layout and drawn from it; a longer one is laid out again, page by page, rather than held. */
const keptPages = 64

export function roman(value: number): string {
  const numerals: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let rest = value
  let out = ''
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      out += numeral
      rest -= amount
    }
  }
  return out
}

/** The foreword and the introduction come before the body, on pages numbered in roman. */
const frontMatter: ReadonlySet<string> = new Set(['foreword', 'introduction'])

export function typesetEdition(tree: Standard, options: Readonly<Options> = {}): Typeset {
  const handlers: PdfHandlers = {...defaultHandlers, ...options.handlers}
  const layBody = (sink: (page: Page) => void, toc: Array<TocEntry>): void => {
    const body = new Flow('body', sink)
    let first = true
    for (const node of tree.children) {
      if (frontMatter.has(node.type)) continue
      if (node.type === 'clause' && first) {
        bodyTitle(body, tree.cover.title)
        first = false
      }
      all([node], {handlers, flow: body, depth: 1, toc, tree, readImage: options.readImage})
    }
    body.closing()
    body.end()
  }
  // The 目次 lists the pages the headings land on: a first layout of the body finds them.
  const toc: Array<TocEntry> = []
  let kept: Array<Page> | undefined = []
  layBody((page) => {
    if (kept && kept.length < keptPages) kept.push(page)
    else kept = undefined
  }, toc)
  const front = new Flow('front')
  const frontToc: Array<TocEntry> = []
  const frontNodes = tree.children.filter((node) => frontMatter.has(node.type))
  all(frontNodes, {handlers, flow: front, depth: 1, toc: frontToc, tree, readImage: options.readImage})
  toc.unshift(...frontToc)
  // The 目次 is laid out after the pages it lists; a first pass tells how many pages it takes itself.
  const tocPages = contents(toc, contents(toc, 0).pages.length).pages
  const pages = [cover(tree), ...tocPages, ...(frontNodes.length > 0 ? front.pages : [])]
  const laid = kept
  return {
    front: pages,
    folios: pages.map((_, index) => (index === 0 ? '' : roman(index))),
    body: laid ? (sink) => laid.forEach((page) => sink(page)) : (sink) => layBody(sink, [])
  }
}

/** An unnumbered part of the front matter, on a page of its own: the 前言, the 引言. */
function frontPart(title: string, id: string, {flow, toc}: State): void {
  flow.freshPage()
  toc.push({title, depth: 0, id, page: flow.pageIndex, flow: 'front'})
  flow.destination(id)
  flow.outline(title, 1)
  centeredTitle(flow, `${[...title].join('\u3000\u3000')}`)
}

function foreword(node: Foreword, state: State): void {
  frontPart('前言', 'foreword', state)
  all(node.children, state)
}

function introduction(node: Introduction, state: State): void {
  frontPart('引言', 'introduction', state)
  all(node.children, state)
}

function bodyTitle(flow: Flow, title: string): void {
  flow.paragraph(plain(title, {face: 'sansBold', size: sizes.title}), {align: 'center', spaceAfter: 18, size: sizes.title})
}

/** A heading of the front or back matter (the 目次, the 前言, the 参考文献): a first-level heading of the structure. */
function centeredTitle(flow: Flow, text: string): void {
  flow.paragraph(plain(text, {face: 'sansBold', size: sizes.title}), {align: 'center', size: sizes.title, spaceAfter: 14, tag: 'H1'})
}

/** The heading of a clause or term entry `depth` deep (a chapter's is 1), as the structure names it: `H1` … `H6`. */
export function headingTag(depth: number): string {
  return `H${Math.min(Math.max(depth, 1), 6)}`
}

function clause(node: Clause, state: State): void {
  const {flow, depth, toc} = state
  const title = `${node.number}${node.title ? `\u3000${node.title}` : ''}`
  flow.space(depth === 1 ? 8 : 4)
  flow.ensure(sizes.body * 5)
  flow.destination(node.id)
  flow.outline(title, depth)
  if (depth <= 2) toc.push({title, depth, id: node.id, page: flow.pageIndex, flow: 'body'})
  if (node.title !== undefined || node.children.length === 0) flow.paragraph(plain(title, heading), {align: 'left', keepWithNext: sizes.body * 2, spaceAfter: 2, tag: headingTag(depth)})
  all(node.children, {...state, depth: depth + 1, untitled: node.title === undefined ? title : undefined})
}

function term(node: Term, state: State): void {
  const {flow} = state
  flow.destination(node.id)
  flow.outline(`${node.number}\u3000${node.term}`, 2)
  flow.paragraph(plain(node.number, heading), {spaceBefore: 4, keepWithNext: sizes.body * 3, tag: headingTag(state.depth)})
  flow.paragraph([{text: node.term, style: heading}, ...(node.english ? [{text: `\u3000${node.english}`, style: sans}] : [])], {firstIndent: sizes.body * 2, keepWithNext: sizes.body * 2})
  // Admitted terms, then abbreviated ones, each on a line of its own under the preferred term, without a lead word.
  for (const other of [...(node.admitted ?? []), ...(node.abbreviations ?? [])]) flow.paragraph(plain(other), {firstIndent: sizes.body * 2, keepWithNext: sizes.body * 2})
  for (const child of node.children) {
    if (child.type === 'termSource') termSource(child, state)
    else all([child], {...state, untitled: undefined})
  }
}

/** `[来源：GB/T 20000.1—2014，3.1，有修改]`, the last line of a term entry. */
function termSource(node: TermSource, {flow, handlers}: State): void {
  const words = documentWords().technical
  flow.paragraph([...plain(words.sourceOpen), ...runs(node.children, handlers), ...plain(`${node.modified ? words.modified : ''}${words.sourceClose}`)], {firstIndent: sizes.body * 2, spaceAfter: 2})
}

function appendix(node: Appendix, state: State): void {
  const {flow, toc} = state
  flow.freshPage()
  flow.destination(node.id)
  const status = appendixStatusLabel(node)
  flow.outline(`${appendixName(node)}\u3000${node.title}`, 1)
  toc.push({title: `${appendixName(node)}${status}\u3000${node.title}`, depth: 1, id: node.id, page: flow.pageIndex, flow: 'body'})
  // Its name, status and title: one first-level heading of the structure.
  const tag = flow.tag('H1')
  flow.paragraph(plain(`附\u3000录\u3000${node.letter}`, {face: 'sansBold', size: sizes.title}), {align: 'center', size: sizes.title, tag})
  if (status) flow.paragraph(plain(status, sans), {align: 'center', tag})
  flow.paragraph(plain(node.title, {face: 'sansBold', size: sizes.title}), {align: 'center', size: sizes.title, spaceAfter: 14, tag})
  flow.close(tag)
  // Its clauses are numbered A.1, A.2 … under it, and left out of the 目次.
  all(node.children, {...state, depth: 2, toc: [], untitled: undefined})
}

function revisionTable(flow: Flow, history: RevisionHistory): void {
  const small = {...serif, size: sizes.note}
  flow.table({
    caption: plain('历次修订记录', sans),
    header: revisionColumns.map((column) => plain(column, {...sans, size: sizes.note})),
    rows: history.children.map((row) => [
      plain(row.number, small),
      plain(row.replaces ?? '', small),
      plain(row.changes.map((change, index) => (row.changes.length > 1 ? `${index + 1}. ${change}；` : change)).join(' '), small),
      plain(row.departments.join('、'), small),
      plain(row.revisers.join('、'), small),
      plain(row.approvers.join('、'), small)
    ]),
    node: history
  })
}

/** The 目次: one line per entry with dot leaders and the page number it landed on. */
function contents(toc: ReadonlyArray<TocEntry>, frontBefore: number): Flow {
  const flow = new Flow('front')
  centeredTitle(flow, '目\u3000\u3000次')
  const style = serif
  // A table of contents of the structure, an item (`TOCI`) for each entry.
  const list = flow.tag('TOC')
  for (const entry of toc) {
    const folio = entry.flow === 'front' ? roman(frontBefore + 1 + entry.page) : String(entry.page + 1)
    const indent = entry.depth <= 1 ? 0 : sizes.body * 2
    const titleWidth = measure(entry.title, style)
    const folioWidth = measure(folio, style)
    const dot = measure('·', style)
    const room = area.width - indent - titleWidth - folioWidth - sizes.body
    const leaders = '·'.repeat(Math.max(3, Math.floor(room / dot)))
    flow.paragraph([{text: entry.title, style: {...style, link: anchorLink(entry.id)}}, {text: ` ${leaders} `, style}, {text: folio, style}], {indent, align: 'justify', spaceAfter: 1, tag: {type: 'TOCI', parent: list}})
    // The entry is one justified line ending at the right margin.
    const last = flow.current.ops.filter((op) => op.op === 'text').at(-1)
    if (last && last.op === 'text') last.x = area.x + area.width - last.width
  }
  flow.close(list)
  return flow
}

/** Where the title starts on the cover, and where it must end, above the dates. */
const coverTitleArea = {top: 340, bottom: 690}

/** A block of centred lines under the title: the English title, the adoption, the stage of a draft. */
interface TitleLines {
  lines: Array<string>
  style: Style
  lineHeight: number
  /** Space above the block. */
  gap: number
}

/**
 * The title on the cover, then the English title, the adoption and the stage
 * of a draft: as many centred lines as they take, or an error at the title
 * when they reach the dates.
 */
function coverTitle(tree: Standard, text: (value: string, style: Style, y: number, align: 'center') => void): void {
  const style: Style = {face: 'sansBold', size: 26}
  const lineHeight = style.size * 1.5
  // A part's title starts a new line at `第N部分`, under the title of its series.
  const at = tree.cover.part ? tree.cover.title.search(/第\d+部分[：:]/u) : -1
  const pieces = at > 0 ? [tree.cover.title.slice(0, at).trimEnd(), tree.cover.title.slice(at)] : [tree.cover.title]
  const lines = pieces.flatMap((piece) => breakLines(plain(piece, style), area.width, measure))
  const words = documentWords().cover
  const data = tree.cover
  const under: Array<TitleLines> = []
  const small = (value: string, size: number, gap: number): void => {
    const wanted: Style = {face: 'sans', size}
    under.push({lines: breakLines(plain(value, wanted), area.width, measure).map((line) => line.pieces.map((piece) => piece.text).join('')), style: wanted, lineHeight: size * 1.5, gap})
  }
  if (data.titleEnglish) small(data.titleEnglish, 14, 8)
  if (data.adoption) small(words.adoption(data.adoption), 14, 8)
  if (data.stage) small(words.stage({stage: words.stages[data.stage]}), 16, 16)
  const height = lines.length * lineHeight + under.reduce((sum, block) => sum + block.gap + block.lines.length * block.lineHeight, 0)
  if (coverTitleArea.top + height > coverTitleArea.bottom) {
    throw new LayoutError(messages().pdf.coverTitle({lines: lines.length, fit: Math.floor((coverTitleArea.bottom - coverTitleArea.top) / lineHeight)}), {position: tree.cover.positions?.title})
  }
  lines.forEach((line, index) => text(line.pieces.map((piece) => piece.text).join(''), style, coverTitleArea.top + index * lineHeight, 'center'))
  let y = coverTitleArea.top + lines.length * lineHeight
  for (const block of under) {
    y += block.gap
    for (const line of block.lines) {
      text(line, block.style, y, 'center')
      y += block.lineHeight
    }
  }
}

/**
 * The cover, laid out as GB/T 1.1 lays it out (an enterprise standard's is the
 * same with fewer fields): classification numbers top left, the code top
 * right, the filing number under it, the type line, the number as written and
 * the numbers it replaces, the title and what follows it, the dates, and the
 * issuers one per line.
 */
function cover(tree: Standard): Page {
  // A section of the structure, each line of the cover a paragraph of it.
  const section: Tag = {type: 'Sect', parent: undefined}
  const ops: Array<Op> = []
  const {cover: data} = tree
  const words = documentWords().cover
  const text = (value: string, wanted: Style, y: number, align: 'left' | 'center' | 'right', at?: number): void => {
    const tag: Tag = {type: 'P', parent: section}
    // A line wider than the type area is set smaller, rather than run off the page.
    const natural = measure(value, wanted)
    const style = natural > area.width ? {...wanted, size: (wanted.size * area.width) / natural} : wanted
    const width = Math.min(natural, area.width)
    const x = at ?? (align === 'left' ? area.x : align === 'right' ? area.x + area.width - width : area.x + (area.width - width) / 2)
    ops.push({op: 'tag', tag}, {op: 'text', x, y, text: value, style, spacing: 0, width}, {op: 'end', tag})
  }
  const left = [
    ...(data.ics && data.ics.length > 0 ? [words.ics({numbers: data.ics})] : []),
    ...(data.ccs ? [words.ccs({value: data.ccs})] : []),
    ...(data.classification ? [data.classification] : []),
    ...(data.category ? [data.category] : [])
  ]
  left.forEach((line, index) => text(line, {face: 'sans', size: 12}, 60 + index * 18, 'left'))
  text(data.code, {face: 'sansBold', size: 36}, 90, 'right')
  if (data.filing) text(words.filing({number: data.filing}), {face: 'sans', size: 12}, 128, 'right')
  text(data.documentType ?? documentTypeOf(data.code, data.issuer), {face: 'sansBold', size: 26}, 150, 'center')
  ops.push({op: 'rule', x1: area.x, y1: 196, x2: area.x + area.width, y2: 196, width: 1})
  text(data.number, {face: 'sans', size: 14}, 206, 'right')
  const replaced = data.replacedNumbers ?? (data.replaces === undefined ? [] : [data.replaces])
  replaced.forEach((number, index) => text(words.replaces({number}), {face: 'sans', size: 12}, 230 + index * 18, 'right'))
  coverTitle(tree, text)
  text(words.issued({date: data.issued ?? ''}), {face: 'sansBold', size: 14}, 700, 'left')
  text(words.effective({date: data.effective ?? ''}), {face: 'sansBold', size: 14}, 700, 'right')
  ops.push({op: 'rule', x1: area.x, y1: 724, x2: area.x + area.width, y2: 724, width: 1})
  const issuers = data.issuers ?? []
  const style: Style = {face: 'sansBold', size: 16}
  if (issuers.length > 1) {
    // The issuers one per line, `发布` beside the middle of the block, the whole centred.
    const suffix = `\u3000${words.issuedBy}`
    const widest = Math.min(Math.max(...issuers.map((name) => measure(name, style))), area.width - measure(suffix, style))
    const x = area.x + (area.width - widest - measure(suffix, style)) / 2
    const lineHeight = style.size * 1.4
    issuers.forEach((name, index) => text(name, style, 740 + index * lineHeight, 'left', x))
    text(suffix, style, 740 + ((issuers.length - 1) * lineHeight) / 2, 'left', x + widest)
  } else {
    text(`${data.issuer ?? ''}\u3000${words.issuedBy}`, style, 740, 'center')
  }
  ops.push({op: 'end', tag: section})
  return {kind: 'cover', ops}
}
