/**
 * An edition typeset: the cover, the 目次 with real page numbers, the 前言
 * with the revision record as a ruled table, then the body with headings in
 * the sans face and text in the serif face, appendices each on a new page.
 */
import {normalizeNumber, revisionColumns, type Appendix, type BlockContent, type Clause, type ClauseContent, type Foreword, type List, type PhrasingContent, type Standard, type Term} from '@stdkit/tree'
import {breakLines, type Run, type Style} from './breaking.js'
import {area, Flow, LayoutError, measure, sizes, type Op, type Page} from './layout.js'

export const serif: Style = {face: 'serif', size: sizes.body}
export const sans: Style = {face: 'sans', size: sizes.body}
export const heading: Style = {face: 'sansBold', size: sizes.heading}

export function runs(nodes: ReadonlyArray<PhrasingContent>, style: Style = serif): Array<Run> {
  return nodes.map((node) => {
    const text = node.type === 'text' ? node.value : node.children.map((child) => child.value).join('')
    if (node.type === 'crossReference' && node.targetId !== undefined) return {text, style: {...style, link: node.targetId}}
    // Another standard: resolved to a file when the document is drawn, if the library has it.
    if (node.type === 'standardReference') return {text, style: {...style, link: `${standardLinkPrefix}${node.designation}${node.year === undefined ? '' : `@${node.year}`}`}}
    return {text, style}
  })
}

/** Marks a link to another standard rather than a destination in the document. */
export const standardLinkPrefix = 'standard:'

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

/** Writes block content into a flow. */
export function blocks(flow: Flow, nodes: ReadonlyArray<BlockContent>): void {
  for (const node of nodes) block(flow, node)
}

function block(flow: Flow, node: BlockContent): void {
  switch (node.type) {
    case 'paragraph':
      flow.paragraph(runs(node.children), {firstIndent: sizes.body * 2, spaceAfter: 2})
      return
    case 'note':
    case 'example': {
      const name = node.type === 'note' ? '注' : '示例'
      const label = `${name}${node.number ?? ''}：`
      const style = {...serif, size: sizes.note}
      flow.paragraph(runs(node.children, style), {size: sizes.note, label: plain(label, {...sans, size: sizes.note}), labelIndent: sizes.body * 2, indent: sizes.body * 2 + measure(label, {...sans, size: sizes.note}), spaceAfter: 2})
      return
    }
    case 'list':
      list(flow, node, 0)
      return
    case 'table': {
      const [header, ...rows] = node.children
      const caption = node.number === undefined && node.caption === undefined ? undefined : plain(`表${node.number ?? ''}\u3000${node.caption ?? ''}`.trim(), sans)
      flow.table({
        caption,
        header: (header?.children ?? []).map((cell) => runs(cell.children, {...sans, size: sizes.note})),
        rows: rows.map((row) => row.children.map((cell) => runs(cell.children, {...serif, size: sizes.note}))),
        node
      })
      return
    }
  }
}

/** List items hang: the first level's marker two characters in, its text from the fifth character. */
function list(flow: Flow, node: List, level: number): void {
  const em = sizes.body
  for (const item of node.children) {
    for (const child of item.children) {
      if (child.type === 'list') list(flow, child, level + 1)
      else flow.paragraph(runs(child.children), {label: plain(item.label), labelIndent: em * (2 + level * 2), indent: em * (4 + level * 2), spaceAfter: 1})
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

export function typesetEdition(tree: Standard): Typeset {
  const layBody = (sink: (page: Page) => void, toc: Array<TocEntry>): void => {
    const body = new Flow('body', sink)
    let first = true
    for (const node of tree.children) {
      if (node.type === 'clause') {
        if (first) {
          bodyTitle(body, tree.cover.title)
          first = false
        }
        clause(body, node, 1, toc)
      } else if (node.type === 'appendix') {
        appendix(body, node, toc)
      }
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
  const foreword = tree.children.find((node): node is Foreword => node.type === 'foreword')
  if (foreword) {
    toc.unshift({title: '前言', depth: 0, id: 'foreword', page: 0, flow: 'front'})
    front.destination('foreword')
    front.outline('前言', 1)
    centeredTitle(front, '前\u3000\u3000言')
    for (const child of foreword.children) {
      if (child.type === 'revisionHistory') revisionTable(front, child)
      else blocks(front, [child])
    }
  }
  // The 目次 is laid out after the pages it lists; a first pass tells how many pages it takes itself.
  const tocPages = contents(toc, contents(toc, 0).pages.length).pages
  const pages = [cover(tree), ...tocPages, ...(foreword ? front.pages : [])]
  const laid = kept
  return {
    front: pages,
    folios: pages.map((_, index) => (index === 0 ? '' : roman(index))),
    body: laid ? (sink) => laid.forEach((page) => sink(page)) : (sink) => layBody(sink, [])
  }
}

function bodyTitle(flow: Flow, title: string): void {
  flow.paragraph(plain(title, {face: 'sansBold', size: sizes.title}), {align: 'center', spaceAfter: 18, size: sizes.title})
}

function centeredTitle(flow: Flow, text: string): void {
  flow.paragraph(plain(text, {face: 'sansBold', size: sizes.title}), {align: 'center', size: sizes.title, spaceAfter: 14})
}

function clause(flow: Flow, node: Clause, depth: number, toc: Array<TocEntry>): void {
  const title = `${node.number}${node.title ? `\u3000${node.title}` : ''}`
  flow.space(depth === 1 ? 8 : 4)
  flow.ensure(sizes.body * 5)
  flow.destination(node.id)
  flow.outline(title, depth)
  if (depth <= 2) toc.push({title, depth, id: node.id, page: flow.pageIndex, flow: 'body'})
  if (node.title !== undefined || node.children.length === 0) flow.paragraph(plain(title, heading), {align: 'left', keepWithNext: sizes.body * 2, spaceAfter: 2})
  content(flow, node.children, depth, toc, node.title === undefined ? title : undefined)
}

function content(flow: Flow, children: ReadonlyArray<ClauseContent>, depth: number, toc: Array<TocEntry>, untitled?: string): void {
  let pendingNumber = untitled
  for (const child of children) {
    if (child.type === 'clause') clause(flow, child, depth + 1, toc)
    else if (child.type === 'term') term(flow, child)
    else if (child.type === 'normativeReference') {
      const year = child.year === undefined ? '' : `–${child.year}`
      flow.paragraph(plain(`${child.designation}${year}\u3000${child.title}`), {firstIndent: sizes.body * 2, spaceAfter: 2})
    } else if (pendingNumber !== undefined && child.type === 'paragraph') {
      // An untitled clause prints its number at the start of its first paragraph.
      flow.paragraph([{text: `${pendingNumber}\u3000`, style: heading}, ...runs(child.children)], {spaceAfter: 2})
      pendingNumber = undefined
    } else blocks(flow, [child])
  }
}

function term(flow: Flow, node: Term): void {
  flow.destination(node.id)
  flow.outline(`${node.number}\u3000${node.term}`, 2)
  flow.paragraph(plain(node.number, heading), {spaceBefore: 4, keepWithNext: sizes.body * 3})
  flow.paragraph([{text: node.term, style: heading}, ...(node.english ? [{text: `\u3000${node.english}`, style: sans}] : [])], {firstIndent: sizes.body * 2, keepWithNext: sizes.body * 2})
  blocks(flow, node.children)
}

function appendix(flow: Flow, node: Appendix, toc: Array<TocEntry>): void {
  flow.freshPage()
  flow.destination(node.id)
  const status = node.status === 'informative' ? '（资料性附录）' : node.status === 'normative' ? '（规范性附录）' : ''
  flow.outline(`附录${node.letter}\u3000${node.title}`, 1)
  toc.push({title: `附录${node.letter}${status}\u3000${node.title}`, depth: 1, id: node.id, page: flow.pageIndex, flow: 'body'})
  flow.paragraph(plain(`附\u3000录\u3000${node.letter}`, {face: 'sansBold', size: sizes.title}), {align: 'center', size: sizes.title})
  if (status) flow.paragraph(plain(status, sans), {align: 'center'})
  flow.paragraph(plain(node.title, {face: 'sansBold', size: sizes.title}), {align: 'center', size: sizes.title, spaceAfter: 14})
  content(flow, node.children, 1, [])
}

function revisionTable(flow: Flow, history: Extract<Foreword['children'][number], {type: 'revisionHistory'}>): void {
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
    flow.paragraph([{text: entry.title, style: {...style, link: entry.id}}, {text: ` ${leaders} `, style}, {text: folio, style}], {indent, align: 'justify', spaceAfter: 1})
    // The entry is one justified line ending at the right margin.
    const last = flow.current.ops.filter((op) => op.op === 'text').at(-1)
    if (last && last.op === 'text') last.x = area.x + area.width - last.width
  }
  return flow
}

/** Where the title starts on the cover, and where it must end, above the dates. */
const coverTitleArea = {top: 340, bottom: 690}

/** The title on the cover: as many centred lines as it takes, or an error at the title when they reach the dates. */
function coverTitle(tree: Standard, text: (value: string, style: Style, y: number, align: 'center') => void): void {
  const style: Style = {face: 'sansBold', size: 26}
  const lineHeight = style.size * 1.5
  const lines = breakLines(plain(tree.cover.title, style), area.width, measure)
  if (coverTitleArea.top + lines.length * lineHeight > coverTitleArea.bottom) {
    throw new LayoutError(`title too long for the cover: ${lines.length} lines where ${Math.floor((coverTitleArea.bottom - coverTitleArea.top) / lineHeight)} fit`, {position: tree.cover.positions?.title})
  }
  lines.forEach((line, index) => text(line.pieces.map((piece) => piece.text).join(''), style, coverTitleArea.top + index * lineHeight, 'center'))
}

/** The cover in the layout of an enterprise standard. */
function cover(tree: Standard): Page {
  const ops: Array<Op> = []
  const {cover: data} = tree
  const text = (value: string, wanted: Style, y: number, align: 'left' | 'center' | 'right'): void => {
    // A line wider than the type area is set smaller, rather than run off the page.
    const natural = measure(value, wanted)
    const style = natural > area.width ? {...wanted, size: (wanted.size * area.width) / natural} : wanted
    const width = Math.min(natural, area.width)
    const x = align === 'left' ? area.x : align === 'right' ? area.x + area.width - width : area.x + (area.width - width) / 2
    ops.push({op: 'text', x, y, text: value, style, spacing: 0, width})
  }
  if (data.category) text(data.category, {face: 'sans', size: 12}, 60, 'left')
  text(data.code, {face: 'sansBold', size: 36}, 90, 'right')
  text(`${data.issuer ?? ''}企业标准`, {face: 'sansBold', size: 26}, 150, 'center')
  ops.push({op: 'rule', x1: area.x, y1: 196, x2: area.x + area.width, y2: 196, width: 1})
  text(normalizeNumber(data.number), {face: 'sans', size: 14}, 206, 'right')
  if (data.replaces) text(`代替${normalizeNumber(data.replaces)}`, {face: 'sans', size: 12}, 230, 'right')
  coverTitle(tree, text)
  text(`${data.issued ?? ''}发布`, {face: 'sansBold', size: 14}, 700, 'left')
  text(`${data.effective ?? ''}实施`, {face: 'sansBold', size: 14}, 700, 'right')
  ops.push({op: 'rule', x1: area.x, y1: 724, x2: area.x + area.width, y2: 724, width: 1})
  text(`${data.issuer ?? ''}\u3000发布`, {face: 'sansBold', size: 16}, 740, 'center')
  return {kind: 'cover', ops}
}
