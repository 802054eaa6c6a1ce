/**
 * Technical content as GB/T prints it: figures with their key, notes and
 * title under them, formulas as MathML numbered at the right margin, listings,
 * definition lists (`式中：`, `说明：`, a symbols chapter), tables with merged
 * cells and their notes inside the frame, footnotes to the text, the
 * bibliography and the index of terms.
 */
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {typeset} from '@stdkit/math'
import {documentWords} from '@stdkit/messages'
import {
  caption,
  columnWidths,
  eachNode,
  headingId,
  indexEntries,
  noteLabel,
  toText,
  type Bibliography,
  type MeasuredCell,
  type Code,
  type DefinitionList,
  type Figure,
  type Footnote,
  type Formula,
  type Image,
  type InlineMath,
  type Note,
  type PhrasingContent,
  type Standard,
  type Table,
  type TableCell,
  type TableFootnote,
  type TableRow,
  type IndexEntry,
  type Term,
  type TermIndex,
  type TermSource
} from '@stdkit/tree'
import type {State} from './content.js'

/** Nodes whose layout is in the technical stylesheet. */
const styled: ReadonlySet<string> = new Set(['figure', 'formula', 'code', 'definitionList', 'bibliography', 'termIndex', 'footnote', 'inlineMath', 'termSource', 'tableFootnote'])

/**
 * Whether an edition shows technical content, and so needs the technical
 * stylesheet: a page without any keeps the bytes it always had.
 */
export function showsTechnical(tree: Standard): boolean {
  let found = false
  eachNode(tree, (node) => {
    if (found) return 'skip'
    if (styled.has(node.type)) found = true
    else if (node.type === 'table' && node.children.some((child) => child.type !== 'tableRow')) found = true
    else if (node.type === 'term' && ((node.admitted?.length ?? 0) > 0 || (node.abbreviations?.length ?? 0) > 0)) found = true
    return undefined
  })
  return found
}

/** Writes nodes with the state's handlers (given by content.ts, which imports this module). */
type All = (nodes: ReadonlyArray<PhrasingContent>, state: State) => Array<ElementContent>

/** The footnotes to the text a page calls, by number, in the order first called. */
export interface Footnotes {
  entries: Map<number, {children: ReadonlyArray<PhrasingContent>; calls: number}>
}

/** Characters MathJax writes as references that must stay references in markup: `"`, `&`, `'`, `<`, `>`. */
const markup: ReadonlySet<number> = new Set([0x22, 0x26, 0x27, 0x3c, 0x3e])

/**
 * A raw `<math>` element: MathJax's serialisation, its text and attributes
 * escaped. The characters it writes as numeric references (`&#x3C1;`) are
 * written as themselves, as the rest of the UTF-8 page is, but for those of
 * markup.
 */
export function mathml(tex: string, display: boolean): ElementContent {
  try {
    const value = typeset(tex, display).mathml.replace(/&#x([\da-f]+);/giu, (reference, hex: string) => {
      const code = Number.parseInt(hex, 16)
      return markup.has(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code < 0x20 ? reference : String.fromCodePoint(code)
    })
    return {type: 'raw', value} as unknown as ElementContent
  } catch {
    // The checker refuses a formula that does not compile; a tree given directly shows its source instead.
    return h('code.tex', tex)
  }
}

export function formula(node: Formula): Array<ElementContent> {
  const words = documentWords().technical
  return [
    h('div.formula', node.id ? {id: node.id} : {}, [
      h('div.math', [mathml(node.value, true)]),
      ...(node.number === undefined ? [] : [h('span.formula-number', words.formulaNumber({number: node.number}))])
    ])
  ]
}

export function inlineMath(node: InlineMath): Array<ElementContent> {
  return [h('span.math-inline', [mathml(node.value, false)])]
}

/**
 * A listing: its lines kept, each a block whose wrapped part is indented
 * under it, so a long line wraps visibly (on screen and in print) rather than
 * hiding behind a scrollbar.
 */
export function code(node: Code): Array<ElementContent> {
  const lines = node.value.split('\n')
  return [
    h(
      'pre.code',
      {ariaLabel: documentWords().technical.code({lang: node.lang}), ...(node.lang ? {dataLang: node.lang} : {})},
      h(
        'code',
        node.lang ? {className: [`language-${node.lang}`]} : {},
        // Each line a box the width of the listing, the newlines kept between them: copied, the lines come out as written.
        lines.flatMap((line, index) => [...(index > 0 ? ['\n'] : []), h('span.line', line)])
      )
    )
  ]
}

export function definitionList(node: DefinitionList, state: State, all: All): Array<ElementContent> {
  const words = documentWords().technical
  const items = node.children.map((item) => {
    const [term, description] = item.children
    return h('div', [h('dt', all(term.children, state)), h('dd', [...(node.kind === 'symbols' ? [] : [words.dash]), ...all(description.children, state)])])
  })
  const lead = node.kind === 'where' ? words.where : node.kind === 'key' ? words.key : undefined
  const list = h(`dl.definitions.${node.kind}`, items)
  return lead === undefined ? [list] : [h(`div.${node.kind}`, [h('p.lead', lead), list])]
}

/** A note; in a term entry, a note to entry (`注1到条目：`). */
export function note(node: Note, state: State, all: All): Array<ElementContent> {
  const label = node.toEntry ? documentWords().technical.noteToEntry({number: String(node.number ?? '')}) : noteLabel(node)
  return [h('p.note', [h('span.label', label), ...all(node.children, state)])]
}

/** A footnote of a table or figure: its letter raised, then its text. */
function partFootnote(node: TableFootnote, state: State, all: All): Element {
  return h('p.part-footnote', [h('sup', node.label), '\u3000', ...all(node.children, state)])
}

function image(node: Image, state: State): Element {
  const file = node.file
  const img = h('img', {src: state.image(node.url), alt: node.alt, ...(file ? {width: file.width, height: file.height} : {}), loading: 'lazy'})
  const title = [node.label, node.caption].filter((part) => part !== undefined && part !== '').join('\u3000')
  return h('div.subfigure', [img, ...(title ? [h('p.subcaption', title)] : [])])
}

export function figure(node: Figure, state: State, all: All): Array<ElementContent> {
  const printed = caption('figure', node)
  return [
    h('figure.figure', node.id ? {id: node.id} : {}, [
      h(
        'div.images',
        node.children.filter((child): child is Image => child.type === 'image').map((child) => image(child, state))
      ),
      ...node.children.flatMap((child) => {
        if (child.type === 'image') return []
        if (child.type === 'definitionList') return definitionList(child, state, all)
        if (child.type === 'note') return note(child, state, all)
        return [partFootnote(child, state, all)]
      }),
      ...(printed === undefined ? [] : [h('figcaption', printed)])
    ])
  ]
}

/** A row's cells placed on the table's grid: the column each starts at, with the places merged cells take. */
function layout(rows: ReadonlyArray<TableRow>): {columns: number; starts: Array<Array<number>>} {
  const taken: Array<Set<number>> = rows.map(() => new Set<number>())
  const starts: Array<Array<number>> = []
  let columns = 0
  rows.forEach((row, index) => {
    const mine: Array<number> = []
    let column = 0
    for (const cell of row.children) {
      while (taken[index]?.has(column)) column++
      mine.push(column)
      for (let down = 0; down < (cell.rowSpan ?? 1); down++) for (let across = 0; across < (cell.colSpan ?? 1); across++) taken[index + down]?.add(column + across)
      column += cell.colSpan ?? 1
    }
    starts.push(mine)
    columns = Math.max(columns, column, ...[...(taken[index] ?? [])].map((place) => place + 1))
  })
  return {columns, starts}
}

/**
 * The rows the header takes: the header rows, and the rows their merged
 * cells reach down into (a second header row is written as the first body
 * row, under cells that span it).
 */
function headerCount(rows: ReadonlyArray<TableRow>, headerRows: number): number {
  let count = Math.min(headerRows, rows.length)
  for (let index = 0; index < count; index++) {
    for (const cell of rows[index]?.children ?? []) count = Math.min(rows.length, Math.max(count, index + (cell.rowSpan ?? 1)))
  }
  return count
}

export function table(node: Table, state: State, all: All): Array<ElementContent> {
  const rows = node.children.filter((child): child is TableRow => child.type === 'tableRow')
  const after = node.children.filter((child): child is Note | TableFootnote => child.type !== 'tableRow')
  const {columns, starts} = layout(rows)
  const header = headerCount(rows, node.headerRows)
  const measured = rows.flatMap((row, index) => row.children.map((cell, place): MeasuredCell => ({column: starts[index]?.[place] ?? 0, span: cell.colSpan, text: toText(cell.children)})))
  const spans = (cell: TableCell) => ({...(cell.colSpan && cell.colSpan > 1 ? {colSpan: cell.colSpan} : {}), ...(cell.rowSpan && cell.rowSpan > 1 ? {rowSpan: cell.rowSpan} : {})})
  const headerCell = (cell: TableCell) => h('th', {scope: (cell.colSpan ?? 1) > 1 ? 'colgroup' : 'col', ...spans(cell)}, all(cell.children, state))
  const bodyCell = (cell: TableCell) => h('td', spans(cell), all(cell.children, state))
  const printed = caption('table', node)
  return [
    h('table', node.id ? {id: node.id} : {}, [
      ...(printed === undefined ? [] : [h('caption', printed)]),
      ...colgroup(columnWidths(measured, columns, tableMeasure)),
      ...(header > 0 ? [h('thead', rows.slice(0, header).map((row) => h('tr', row.children.map(headerCell))))] : []),
      h('tbody', rows.slice(header).map((row) => h('tr', row.children.map(bodyCell)))),
      ...(after.length > 0
        ? [
            h(
              'tfoot',
              h(
                'tr',
                h(
                  'td.table-notes',
                  {colSpan: Math.max(columns, 1)},
                  after.map((child) => (child.type === 'note' ? (note(child, state, all)[0] as Element) : partFootnote(child, state, all)))
                )
              )
            )
          ]
        : [])
    ])
  ]
}

/**
 * What a table's columns are measured for: the narrower of the page's text
 * columns in em of a table's text (.92rem: about 54em on a screen, 43em on
 * A4 in print), and a cell's padding and rules (1rem and a rule, 1.1em).
 */
export const tableMeasure = {available: 42, padding: 1.5} as const

/**
 * Columns' widths from their text (see `columnWidths`), so a short column of
 * names or numbers is not squeezed to a character a line by a long one; a
 * table of one column needs none.
 */
export function colgroup(widths: ReadonlyArray<number>): Array<Element> {
  return widths.length < 2 ? [] : [h('colgroup', widths.map((width) => h('col', {style: `width:${width}%`})))]
}

/** The id of a footnote's entry at the end of the page, and of its `call`-th call (from 1). */
export const footnoteIds = {entry: (number: number) => `footnote-${number}`, call: (number: number, call: number) => `footnote-${number}.${call}`}

/** A footnote's call: its number raised, linked to its entry at the end of the page. */
export function footnote(node: Footnote, state: State): Array<ElementContent> {
  const entry = state.footnotes.entries.get(node.number) ?? {children: node.children, calls: 0}
  entry.calls++
  state.footnotes.entries.set(node.number, entry)
  const label = documentWords().technical.footnoteLabel({number: node.number})
  return [h('sup.footnote-call', h('a', {href: `#${footnoteIds.entry(node.number)}`, id: footnoteIds.call(node.number, entry.calls)}, label))]
}

/** The footnotes to the text the page called, at its end, each with a link back to its first call. */
export function footnotesSection(state: State, all: All): Array<ElementContent> {
  const words = documentWords().technical
  const entries = [...state.footnotes.entries].sort(([a], [b]) => a - b)
  if (entries.length === 0) return []
  return [
    h('section.footnotes', {ariaLabel: words.footnotes}, [
      h(
        'ol',
        entries.map(([number, entry]) =>
          h('li', {id: footnoteIds.entry(number)}, [
            h('span.label', words.footnoteLabel({number})),
            ' ',
            ...all(entry.children, state),
            ' ',
            h('a.back', {href: `#${footnoteIds.call(number, 1)}`, ariaLabel: words.footnoteBack({number})}, '↩')
          ])
        )
      )
    ])
  ]
}

/** The source of a term entry: `[来源：…，有修改]`. */
export function termSource(node: TermSource, state: State, all: All): Element {
  const words = documentWords().technical
  return h('p.term-source', [words.sourceOpen, ...all(node.children, state), ...(node.modified ? [words.modified] : []), words.sourceClose])
}

/** The lines under a preferred term: its admitted terms, then its abbreviations, each on its own line. */
export function termLines(node: Term): Array<ElementContent> {
  const words = documentWords().technical
  return [
    ...(node.admitted ?? []).map((term) => h('p.admitted', [h('span.sr-only', words.admitted), term])),
    ...(node.abbreviations ?? []).map((term) => h('p.abbreviation', [h('span.sr-only', words.abbreviation), term]))
  ]
}

/** The bibliography, headed and centred as an appendix is; its entries with their labels hanging. */
export function bibliography(node: Bibliography, state: State, all: All, blocks: (nodes: ReadonlyArray<Bibliography['children'][number]>) => Array<ElementContent>): Array<ElementContent> {
  const heading = headingId(node.id)
  return [
    h('section.back-matter.bibliography', {id: node.id, ariaLabelledby: heading}, [
      h('h2', {id: heading}, documentWords().technical.bibliography),
      ...node.children.flatMap((child) =>
        child.type === 'bibliographyEntry'
          ? [h('p.bibliography-entry', [...(child.label === undefined ? [] : [h('span.label', child.label), '\u3000']), ...all(child.children, state)])]
          : blocks([child])
      )
    ])
  ]
}

/** The index of the terms, generated: the Chinese terms by pinyin, then the English ones alphabetically. */
export function termIndex(node: TermIndex, state: State): Array<ElementContent> {
  const words = documentWords().technical
  const heading = headingId(node.id)
  const {chinese, english: englishEntries} = indexEntries(state.tree)
  const list = (entries: ReadonlyArray<IndexEntry>, lang: string) =>
    h(
      'ul.index-entries',
      entries.map((entry) => h('li', [h('span', {lang}, entry.name), ' ', h('a', {href: `#${entry.id}`}, entry.number)]))
    )
  return [
    h('section.back-matter.term-index', {id: node.id, ariaLabelledby: heading}, [
      h('h2', {id: heading}, words.index),
      ...(chinese.length > 0 ? [h('h3', words.chineseIndex), list(chinese, 'zh-CN')] : []),
      ...(englishEntries.length > 0 ? [h('h3', words.englishIndex), list(englishEntries, 'en')] : [])
    ])
  ]
}
