/**
 * A standard seen as a list of provisions (clauses, term entries, appendices,
 * and the foreword), each with its own blocks of text, not its sub-clauses'.
 */
import type {Position} from 'unist'
import {
  exampleName,
  handle,
  noteName,
  numberedName,
  toText,
  type Appendix,
  type Clause,
  type DefinitionList,
  type Note,
  type TableFootnote,
  type FlowContent,
  type Foreword,
  type Handlers,
  type Introduction,
  type PhrasingContent,
  type Standard,
  type Term
} from '@stdkit/tree'

import type {BlockName} from './types.js'

export type ProvisionKind = 'foreword' | 'introduction' | 'clause' | 'term' | 'appendix'

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
  position?: Position | undefined
}

export interface Provision {
  id: string
  kind: ProvisionKind
  /** Number as printed (`4.2`), an appendix's letter, or `前言`/`引言`. */
  number: string
  title?: string | undefined
  anchor?: string | undefined
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

/** Adds a provision, its own blocks and, after it, its sub-provisions; it is no block of its parent. */
const provision =
  <Node extends Foreword | Introduction | Clause | Term | Appendix>(describe: (node: Node) => Pick<Provision, 'id' | 'kind' | 'number' | 'title' | 'anchor'>) =>
  (node: Node, state: State): Array<Block> => {
    const added: Provision = {...describe(node), parent: state.parent, index: state.siblings++, blocks: [], position: node.position}
    state.provisions.push(added)
    added.blocks = all(node.children as ReadonlyArray<FlowContent>, {...state, parent: added, siblings: 0})
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
    const reference: PhrasingContent = {type: 'standardReference', code: node.code, designation: node.designation, children: [{type: 'text', value: number}]}
    return [{block: 'normativeReference', phrasing: [reference, {type: 'text', value: `\u3000${node.title}`}], position: node.position}]
  },
  appendix: provision((node) => ({id: node.id, kind: 'appendix', number: node.letter, title: node.title, anchor: node.anchor})),
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
  table: (node, state) => [
    {
      block: 'table',
      label: node.number === undefined ? undefined : numberedName('table', node.number),
      prefix: node.caption,
      rows: node.children.flatMap((row) => (row.type === 'tableRow' ? [row.children.map((cell) => cell.children)] : [])),
      position: node.position
    },
    ...node.children.flatMap((child) => (child.type === 'tableRow' ? [] : part(child, state)))
  ],
  figure: (node, state) => [
    {
      block: 'paragraph',
      label: node.number === undefined ? undefined : numberedName('figure', node.number),
      phrasing: [{type: 'text', value: node.caption ?? ''}],
      position: node.position
    },
    ...node.children.flatMap((child): Array<Block> =>
      child.type === 'image'
        ? [{block: 'paragraph', label: child.label, phrasing: [{type: 'text', value: `${child.caption ?? child.alt} ${child.url} ${child.file?.sha256 ?? ''}`}], position: child.position}]
        : part(child, state)
    )
  ],
  formula: (node) => [{block: 'paragraph', label: node.number, phrasing: [{type: 'text', value: node.value}], position: node.position}],
  code: (node) => [{block: 'paragraph', phrasing: [{type: 'text', value: node.value}], position: node.position}],
  definitionList: (node) =>
    node.children.map((item) => ({block: 'listItem', label: toText(item.children[0]), phrasing: item.children[1].children, position: item.position})),
  bibliography: () => [],
  termIndex: () => [],
  text: (node) => node.value,
  crossReference: (node, {reference}) => reference(node) ?? toText(node),
  standardReference: (node) => toText(node),
  inlineMath: (node) => `$${node.value}$`,
  footnote: (node, printing) => `[^${render(node.children, printing.reference)}]`,
  superscript: (node, printing) => `^${render(node.children, printing.reference)}^`,
  subscript: (node, printing) => `~${render(node.children, printing.reference)}~`,
  emphasis: (node, printing) => render(node.children, printing.reference),
  strong: (node, printing) => render(node.children, printing.reference),
  break: () => '\n'
} satisfies DiffHandlers

/** A part of a table or figure: its notes and footnotes, its key. */
function part(node: Note | TableFootnote | DefinitionList, state: State): Array<Block> {
  if (node.type === 'tableFootnote') return [{block: 'note', label: node.label, phrasing: node.children, position: node.position}]
  return all([node], state)
}

/** Renders phrasing to text; `reference` may rewrite a cross-reference's printed text. */
export function render(phrasing: ReadonlyArray<PhrasingContent>, reference: Printing['reference'], handlers: DiffHandlers = defaultHandlers): string {
  return phrasing.map((node) => handle<PhrasingContent, Printing, string>(handlers, node, {reference})).join('')
}

/** What a block refers to: standards by designation, and the printed text of every reference. */
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
      if (node.type === 'text') continue
      const printed = render([node], reference, handlers)
      found.printed.push(printed)
      if (node.type === 'standardReference') found.standards.push(node.designation)
      else found.crossReferences.push(printed)
    }
  }
  scan(block.phrasing ?? [])
  for (const row of block.rows ?? []) for (const cell of row) scan(cell)
  return found
}
