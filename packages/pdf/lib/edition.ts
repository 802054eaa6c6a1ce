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
  exampleLabel,
  handle,
  normalizeNumber,
  noteLabel,
  revisionColumns,
  toText,
  type Appendix,
  type Clause,
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
import {breakLines, type Run, type Style} from './breaking.js'
import {area, Flow, LayoutError, measure, sizes, type Op, type Page} from './layout.js'
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

const labelled = (labelOf: (node: Note | Example) => string) => (node: Note | Example, {handlers, flow}: State): void => {
  const label = labelOf(node)
  const style = {...serif, size: sizes.note}
  flow.paragraph(runs(node.children, handlers, style), {size: sizes.note, label: plain(label, {...sans, size: sizes.note}), labelIndent: sizes.body * 2, indent: sizes.body * 2 + measure(label, {...sans, size: sizes.note}), spaceAfter: 2})
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
  note: labelled(noteLabel),
  example: labelled(exampleLabel),
  list: (node, state) => list(node, state, 0),
  // A change list hangs as a first-level list does.
  changeList: (node, {flow, handlers}) => {
    for (const entry of node.children) flow.paragraph(runs(entry.children, handlers), {label: plain(entry.label), labelIndent: sizes.body * 2, indent: sizes.body * 4, spaceAfter: 1})
  },
  table,
  text: (node, {style}) => [{text: node.value, style}],
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
  const [header, ...rows] = node.children
  const printed = caption('table', node)
  // A cross-reference to the table (`见表1`) leads here.
  if (node.id !== undefined) flow.destination(node.id)
  flow.table({
    caption: printed === undefined ? undefined : plain(printed, sans),
    header: (header?.children ?? []).map((cell) => runs(cell.children, handlers, {...sans, size: sizes.note})),
    rows: rows.map((row) => row.children.map((cell) => runs(cell.children, handlers, {...serif, size: sizes.note}))),
    node
  })
}

/** List items hang: the first level's marker two characters in, its text from the fifth character. */
function list(node: List, state: State, level: number): void {
  const em = sizes.body
  for (const item of node.children) {
    for (const child of item.children) {
      if (child.type === 'list') list(child, state, level + 1)
      else state.flow.paragraph(runs(child.children, state.handlers), {label: plain(item.label), labelIndent: em * (2 + level * 2), indent: em * (4 + level * 2), spaceAfter: 1})
    }
  }
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
      all([node], {handlers, flow: body, depth: 1, toc})
    }
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
  all(frontNodes, {handlers, flow: front, depth: 1, toc: frontToc})
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

function centeredTitle(flow: Flow, text: string): void {
  flow.paragraph(plain(text, {face: 'sansBold', size: sizes.title}), {align: 'center', size: sizes.title, spaceAfter: 14})
}

function clause(node: Clause, state: State): void {
  const {flow, depth, toc} = state
  const title = `${node.number}${node.title ? `\u3000${node.title}` : ''}`
  flow.space(depth === 1 ? 8 : 4)
  flow.ensure(sizes.body * 5)
  flow.destination(node.id)
  flow.outline(title, depth)
  if (depth <= 2) toc.push({title, depth, id: node.id, page: flow.pageIndex, flow: 'body'})
  if (node.title !== undefined || node.children.length === 0) flow.paragraph(plain(title, heading), {align: 'left', keepWithNext: sizes.body * 2, spaceAfter: 2})
  all(node.children, {...state, depth: depth + 1, untitled: node.title === undefined ? title : undefined})
}

function term(node: Term, state: State): void {
  const {flow} = state
  flow.destination(node.id)
  flow.outline(`${node.number}\u3000${node.term}`, 2)
  flow.paragraph(plain(node.number, heading), {spaceBefore: 4, keepWithNext: sizes.body * 3})
  flow.paragraph([{text: node.term, style: heading}, ...(node.english ? [{text: `\u3000${node.english}`, style: sans}] : [])], {firstIndent: sizes.body * 2, keepWithNext: sizes.body * 2})
  all(node.children, {...state, untitled: undefined})
}

function appendix(node: Appendix, state: State): void {
  const {flow, toc} = state
  flow.freshPage()
  flow.destination(node.id)
  const status = appendixStatusLabel(node)
  flow.outline(`${appendixName(node)}\u3000${node.title}`, 1)
  toc.push({title: `${appendixName(node)}${status}\u3000${node.title}`, depth: 1, id: node.id, page: flow.pageIndex, flow: 'body'})
  flow.paragraph(plain(`附\u3000录\u3000${node.letter}`, {face: 'sansBold', size: sizes.title}), {align: 'center', size: sizes.title})
  if (status) flow.paragraph(plain(status, sans), {align: 'center'})
  flow.paragraph(plain(node.title, {face: 'sansBold', size: sizes.title}), {align: 'center', size: sizes.title, spaceAfter: 14})
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
  for (const entry of toc) {
    const folio = entry.flow === 'front' ? roman(frontBefore + 1 + entry.page) : String(entry.page + 1)
    const indent = entry.depth <= 1 ? 0 : sizes.body * 2
    const titleWidth = measure(entry.title, style)
    const folioWidth = measure(folio, style)
    const dot = measure('·', style)
    const room = area.width - indent - titleWidth - folioWidth - sizes.body
    const leaders = '·'.repeat(Math.max(3, Math.floor(room / dot)))
    flow.paragraph([{text: entry.title, style: {...style, link: anchorLink(entry.id)}}, {text: ` ${leaders} `, style}, {text: folio, style}], {indent, align: 'justify', spaceAfter: 1})
    // The entry is one justified line ending at the right margin.
    const last = flow.current.ops.filter((op) => op.op === 'text').at(-1)
    if (last && last.op === 'text') last.x = area.x + area.width - last.width
  }
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
  const ops: Array<Op> = []
  const {cover: data} = tree
  const words = documentWords().cover
  const text = (value: string, wanted: Style, y: number, align: 'left' | 'center' | 'right', at?: number): void => {
    // A line wider than the type area is set smaller, rather than run off the page.
    const natural = measure(value, wanted)
    const style = natural > area.width ? {...wanted, size: (wanted.size * area.width) / natural} : wanted
    const width = Math.min(natural, area.width)
    const x = at ?? (align === 'left' ? area.x : align === 'right' ? area.x + area.width - width : area.x + (area.width - width) / 2)
    ops.push({op: 'text', x, y, text: value, style, spacing: 0, width})
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
  return {kind: 'cover', ops}
}
