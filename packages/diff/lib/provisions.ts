/**
 * A standard seen as a list of provisions (clauses, term entries, appendices,
 * and the foreword), each with its own blocks of text, not its sub-clauses'.
 */
import type {Position} from 'unist'
import {documentWords} from '@stdkit/messages'
import {
  exampleName,
  handle,
  noteName,
  numberedName,
  toText,
  type Appendix,
  type Bibliography,
  type Clause,
  type DefinitionItem,
  type DefinitionList,
  type Footnote,
  type Image,
  type Note,
  type Table,
  type TableRow,
  type TableFootnote,
  type FlowContent,
  type Foreword,
  type Handlers,
  type Introduction,
  type PhrasingContent,
  type Standard,
  type Term
} from '@stdkit/tree'

import type {BlockName, DiffImage} from './types.js'

export type ProvisionKind = 'foreword' | 'introduction' | 'clause' | 'term' | 'appendix' | 'bibliography'

/** A block of a provision's own text, kept as phrasing so references can be rendered per side. */
export interface Block {
  block: BlockName
  label?: string | undefined
  /** Text blocks: their phrasing. */
  phrasing?: ReadonlyArray<PhrasingContent> | undefined
  /** Tables: rows of cells of phrasing. */
  rows?: ReadonlyArray<ReadonlyArray<ReadonlyArray<PhrasingContent>>> | undefined
  /** A table's caption. */
  prefix?: string | undefined
  /** What the block is compared by besides its text: an image's file content (its SHA-256), or its path when the file was not read. */
  key?: string | undefined
  /** An image block's image. */
  image?: DiffImage | undefined
  /** A formula block's LaTeX. */
  formula?: string | undefined
  /** A block that holds no requirement whatever its name: a footnote to the text. */
  informative?: boolean | undefined
  position?: Position | undefined
}

export interface Provision {
  id: string
  kind: ProvisionKind
  /** Number as printed (`4.2`), an appendix's letter, or `前言`/`引言`. */
  number: string
  title?: string | undefined
  anchor?: string | undefined
  /** An appendix declared informative (资料性). */
  informative?: boolean | undefined
  parent?: Provision | undefined
  /** Position among its siblings, from 0. */
  index: number
  blocks: Array<Block>
  position?: Position | undefined
}

/** Reads each node type: a provision into the list, block content into its provision's blocks, phrasing as printed text. */
export type DiffHandlers = Handlers<FlowContent, State, Array<Block>> & Handlers<PhrasingContent, Printing, string>

/** What a handler of flow content is given besides the node. */
export interface State {
  handlers: DiffHandlers
  /** The provisions found so far, in document order. */
  provisions: Array<Provision>
  parent: Provision | undefined
  /** Provisions found so far under `parent`: the next one's index. */
  siblings: number
}

/** What a handler of phrasing is given: `reference` may rewrite a cross-reference's printed text. */
export interface Printing {
  reference: (node: PhrasingContent) => string | undefined
}

/** The provisions of a standard in document order. */
export function provisionsOf(tree: Standard, handlers: DiffHandlers = defaultHandlers): Array<Provision> {
  const state: State = {handlers, provisions: [], parent: undefined, siblings: 0}
  all(tree.children, state)
  return state.provisions
}

function all(nodes: ReadonlyArray<FlowContent>, state: State): Array<Block> {
  return nodes.flatMap((node) => handle<FlowContent, State, Array<Block>>(state.handlers, node, state))
}

/** A term entry's own blocks: its admitted terms and abbreviations, its definition, notes and examples, its source. */
function termBlocks(node: Term, state: State): Array<Block> {
  const lines: Array<Block> = []
  const {parts} = documentWords().comparison
  if (node.english !== undefined && node.english !== '') lines.push({block: 'paragraph', label: parts.english, phrasing: [{type: 'text', value: `${parts.english}：${node.english}`}]})
  if (node.admitted && node.admitted.length > 0) lines.push({block: 'paragraph', label: '许用术语', phrasing: [{type: 'text', value: `许用术语：${node.admitted.join('；')}`}]})
  if (node.abbreviations && node.abbreviations.length > 0) lines.push({block: 'paragraph', label: '缩略语', phrasing: [{type: 'text', value: `缩略语：${node.abbreviations.join('；')}`}]})
  for (const child of node.children) {
    if (child.type === 'termSource') {
      const phrasing: Array<PhrasingContent> = [{type: 'text', value: '来源：'}, ...child.children, ...(child.modified ? [{type: 'text', value: '，有修改'} as const] : [])]
      lines.push({block: 'paragraph', label: '来源', phrasing, position: child.position})
    } else lines.push(...all([child], state))
  }
  return lines
}

/** An appendix's status as a block of its own, so a change from normative to informative shows: `附录性质：规范性`. */
function statusBlock(status: 'normative' | 'informative'): Block {
  const {parts} = documentWords().comparison
  return {block: 'paragraph', label: parts.status, phrasing: [{type: 'text', value: `${parts.status}：${parts[status]}`}]}
}

/** The bibliography's own blocks: each entry, labelled `[1]`, holding no requirement. */
function bibliographyBlocks(node: Bibliography, state: State): Array<Block> {
  return node.children.flatMap((child): Array<Block> =>
    child.type === 'bibliographyEntry' ? [{block: 'listItem', label: child.label, phrasing: child.children, informative: true, position: child.position}] : all([child], state)
  )
}

/** Adds a provision, its own blocks and, after it, its sub-provisions; it is no block of its parent. */
const provision =
  <Node extends Foreword | Introduction | Clause | Term | Appendix | Bibliography>(describe: (node: Node) => Pick<Provision, 'id' | 'kind' | 'number' | 'title' | 'anchor' | 'informative'>) =>
  (node: Node, state: State): Array<Block> => {
    const added: Provision = {...describe(node), parent: state.parent, index: state.siblings++, blocks: [], position: node.position}
    state.provisions.push(added)
    const inner = {...state, parent: added, siblings: 0}
    const own = node.type === 'term' ? termBlocks(node, inner) : node.type === 'bibliography' ? bibliographyBlocks(node, inner) : all(node.children as ReadonlyArray<FlowContent>, inner)
    added.blocks = node.type === 'appendix' && node.status !== undefined ? [statusBlock(node.status), ...withFootnotes(own)] : withFootnotes(own)
    return []
  }

export const defaultHandlers = {
  foreword: provision(() => ({id: 'foreword', kind: 'foreword', number: '前言'})),
  // The revision record is compared as a table of its own (`record`).
  revisionHistory: () => [],
  introduction: provision(() => ({id: 'introduction', kind: 'introduction', number: '引言'})),
  clause: provision((node) => ({id: node.id, kind: 'clause', number: node.number, title: node.title, anchor: node.anchor})),
  term: provision((node) => ({id: node.id, kind: 'term', number: node.number, title: node.term, anchor: node.anchor})),
  normativeReference: (node) => {
    const number = `${node.designation}${node.year === undefined ? '' : `–${node.year}`}`
    const reference: PhrasingContent = {type: 'standardReference', code: node.code, designation: node.designation, ...(node.year === undefined ? {} : {year: node.year}), children: [{type: 'text', value: number}]}
    return [{block: 'normativeReference', phrasing: [reference, {type: 'text', value: `\u3000${node.title}`}], position: node.position}]
  },
  appendix: provision((node) => ({id: node.id, kind: 'appendix', number: node.letter, title: node.title, anchor: node.anchor, ...(node.status === 'informative' ? {informative: true} : {})})),
  paragraph: (node) => [{block: 'paragraph', phrasing: node.children, position: node.position}],
  note: (node) => [{block: 'note', label: noteName(node), phrasing: node.children, position: node.position}],
  example: (node) => [{block: 'example', label: exampleName(node), phrasing: node.children, position: node.position}],
  list: (node, state) =>
    node.children.flatMap((item) =>
      item.children.flatMap((child) =>
        child.type === 'paragraph' ? [{block: 'listItem', label: item.label, phrasing: child.children, position: child.position}] : all([child], state)
      )
    ),
  // A change-list entry is compared as the list item it is printed as.
  changeList: (node) => node.children.map((entry) => ({block: 'listItem', label: entry.label, phrasing: entry.children, position: entry.position})),
  table: (node, state) => {
    const name = node.number === undefined ? undefined : numberedName('table', node.number)
    return [
      {block: 'table', label: name, prefix: node.caption, rows: cellGrid(node), position: node.position},
      ...node.children.flatMap((child) => (child.type === 'tableRow' ? [] : part(child, name, state)))
    ]
  },
  figure: (node, state) => {
    const name = node.number === undefined ? undefined : numberedName('figure', node.number)
    return [
      {block: 'figure', label: name, phrasing: [{type: 'text', value: node.caption ?? ''}], position: node.position},
      ...node.children.flatMap((child): Array<Block> => (child.type === 'image' ? [imageBlock(child, name)] : part(child, name, state)))
    ]
  },
  formula: (node) => [
    {block: 'formula', label: node.number === undefined ? undefined : `公式（${node.number}）`, phrasing: [{type: 'text', value: node.value}], formula: node.value, position: node.position}
  ],
  code: (node) => [{block: 'code', phrasing: [{type: 'text', value: node.value}], position: node.position}],
  definitionList: (node) => node.children.map((item) => definitionBlock(item)),
  // The bibliography is compared entry by entry, as a list of documents given for information.
  bibliography: provision((node) => ({id: node.id, kind: 'bibliography', number: '参考文献', anchor: node.anchor})),
  termIndex: () => [],
  text: (node) => node.value,
  crossReference: (node, {reference}) => reference(node) ?? toText(node),
  standardReference: (node) => toText(node),
  inlineMath: (node) => `$${node.value}$`,
  // A footnote is compared as a block of its own after the block that calls it (`footnotesOf`).
  footnote: () => '',
  superscript: (node, printing) => `^${render(node.children, printing.reference)}^`,
  subscript: (node, printing) => `~${render(node.children, printing.reference)}~`,
  emphasis: (node, printing) => render(node.children, printing.reference),
  strong: (node, printing) => render(node.children, printing.reference),
  break: () => '\n'
} satisfies DiffHandlers

/** `表2 注1`, `图1 a`: a part of a table or figure named with it; the part's own name alone when the element is unnumbered. */
function within(name: string | undefined, own: string | undefined): string | undefined {
  if (name === undefined) return own
  return own === undefined || own === '' ? name : `${name} ${own}`
}

/** A part of a table or figure: its notes (`表2 注1`), its footnotes (`表2 a`), its key. */
function part(node: Note | TableFootnote | DefinitionList, name: string | undefined, state: State): Array<Block> {
  if (node.type === 'tableFootnote') return [{block: 'footnote', label: within(name, node.label), phrasing: node.children, position: node.position}]
  if (node.type === 'note') return [{block: 'note', label: within(name, noteName(node)), phrasing: node.children, position: node.position}]
  return all([node], state)
}

/** An image or sub-figure: its label and title (or its alt text) as its text, its file's content (or its path, unread) as what else it is compared by. */
function imageBlock(node: Image, name: string | undefined): Block {
  const image: DiffImage = {
    url: node.url,
    alt: node.alt,
    ...(node.label === undefined ? {} : {label: node.label}),
    ...(node.caption === undefined ? {} : {caption: node.caption}),
    ...(node.file === undefined ? {} : {file: {mediaType: node.file.mediaType, width: node.file.width, height: node.file.height, sha256: node.file.sha256}})
  }
  const text = [node.label, node.caption ?? node.alt].filter((part) => part !== undefined && part !== '').join('\u3000')
  return {block: 'image', label: within(name, node.label), phrasing: [{type: 'text', value: text}], image, key: node.file?.sha256 ?? node.url, position: node.position}
}

/** One entry of a key, a `式中：` or a symbols chapter: `R——电阻`, labelled by its symbol. */
function definitionBlock(item: DefinitionItem): Block {
  const [term, description] = item.children
  return {block: 'definition', label: toText(term), phrasing: [...term.children, {type: 'text', value: '——'}, ...description.children], position: item.position}
}

/** What a cell taken by a merged neighbour shows in the grid: `<` on the left's row, `^` below. */
const takenLeft: ReadonlyArray<PhrasingContent> = [{type: 'text', value: '<'}]
const takenAbove: ReadonlyArray<PhrasingContent> = [{type: 'text', value: '^'}]

/**
 * The table's cells as a grid, spans expanded: a cell a merged neighbour takes
 * holds `<` (taken from the left) or `^` (from above), as the source writes
 * it, so a change of span is a change of cells.
 */
export function cellGrid(table: Table): Array<Array<ReadonlyArray<PhrasingContent>>> {
  const rows = table.children.filter((child): child is TableRow => child.type === 'tableRow')
  // Columns still taken by a cell above, with the rows they stay taken.
  const above: Array<number> = []
  return rows.map((row) => {
    const cells: Array<ReadonlyArray<PhrasingContent>> = []
    let column = 0
    const skip = (): void => {
      while ((above[column] ?? 0) > 0) {
        cells.push(takenAbove)
        above[column] = (above[column] ?? 0) - 1
        column++
      }
    }
    for (const cell of row.children) {
      skip()
      const span = Math.max(1, cell.colSpan ?? 1)
      const down = Math.max(1, cell.rowSpan ?? 1)
      for (let offset = 0; offset < span; offset++) {
        cells.push(offset === 0 ? cell.children : takenLeft)
        if (down > 1) above[column + offset] = down - 1
      }
      column += span
    }
    skip()
    // Columns taken from above past the row's last cell.
    for (let rest = column; rest < above.length; rest++) {
      if ((above[rest] ?? 0) > 0) {
        while (cells.length < rest) cells.push([])
        cells.push(takenAbove)
        above[rest] = (above[rest] ?? 0) - 1
      }
    }
    return cells
  })
}

/** The footnotes a block's phrasing calls, nested ones too, in order. */
function footnotesIn(phrasing: ReadonlyArray<PhrasingContent>, found: Array<Footnote> = []): Array<Footnote> {
  for (const node of phrasing) {
    if (node.type === 'footnote') found.push(node)
    if ('children' in node && node.type !== 'crossReference' && node.type !== 'standardReference') footnotesIn(node.children as ReadonlyArray<PhrasingContent>, found)
  }
  return found
}

/** Each block, then a block for each footnote to the text it calls (`脚注1)`): footnotes are compared on their own, informative. */
function withFootnotes(blocks: ReadonlyArray<Block>): Array<Block> {
  return blocks.flatMap((block) => {
    const phrasing = [...(block.phrasing ?? []), ...(block.rows ?? []).flat().flat()]
    const notes = footnotesIn(phrasing)
    return [block, ...notes.map((note): Block => ({block: 'footnote', label: `脚注${note.number})`, phrasing: note.children, informative: true, position: note.position}))]
  })
}

/** Renders phrasing to text; `reference` may rewrite a cross-reference's printed text. */
export function render(phrasing: ReadonlyArray<PhrasingContent>, reference: Printing['reference'], handlers: DiffHandlers = defaultHandlers): string {
  return phrasing.map((node) => handle<PhrasingContent, Printing, string>(handlers, node, {reference})).join('')
}

/** What a block refers to: standards by designation (with the year of a dated reference), and the printed text of every reference. */
export interface BlockReferences {
  standards: Array<string>
  /** Cross-references as printed on this side (after any rewriting). */
  crossReferences: Array<string>
  /** Every reference as printed, so numbers inside references are not taken for limits. */
  printed: Array<string>
}

export function referencesOf(block: Block, reference: Printing['reference'], handlers: DiffHandlers = defaultHandlers): BlockReferences {
  const found: BlockReferences = {standards: [], crossReferences: [], printed: []}
  const scan = (phrasing: ReadonlyArray<PhrasingContent>): void => {
    for (const node of phrasing) {
      if (node.type === 'standardReference' || node.type === 'crossReference') {
        const printed = render([node], reference, handlers)
        found.printed.push(printed)
        // A dated reference names one edition: `GB/T 2887` made `GB/T 2887—2011` refers to another document.
        // It is named with the dash it is printed with (`Q/ZX 75.1760–2006`, `GB/T 2887—2011`).
        if (node.type === 'standardReference') found.standards.push(node.year === undefined ? node.designation : `${node.designation}${/([–—-])\s*\d{4}\s*$/u.exec(printed)?.[1] ?? '—'}${node.year}`)
        else found.crossReferences.push(printed)
      } else if (node.type !== 'footnote' && 'children' in node) scan(node.children)
    }
  }
  scan(block.phrasing ?? [])
  for (const row of block.rows ?? []) for (const cell of row) scan(cell)
  return found
}
