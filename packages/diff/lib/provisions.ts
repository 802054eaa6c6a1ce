/**
 * A standard seen as a list of provisions (clauses, term entries, appendices,
 * and the foreword), each with its own blocks of text, not its sub-clauses'.
 */
import type {Position} from 'unist'
import type {
  Appendix,
  BlockContent,
  Clause,
  ClauseContent,
  Foreword,
  ForewordContent,
  Introduction,
  PhrasingContent,
  Standard,
  Term
} from '@stdkit/tree'

export type ProvisionKind = 'foreword' | 'introduction' | 'clause' | 'term' | 'appendix'

/** A block of a provision's own text, kept as phrasing so references can be rendered per side. */
export interface Block {
  block: string
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

/** The provisions of a standard in document order. */
export function provisionsOf(tree: Standard): Array<Provision> {
  const out: Array<Provision> = []
  const add = (node: Foreword | Introduction | Clause | Term | Appendix, parent: Provision | undefined, index: number): void => {
    const provision: Provision = {...describe(node), parent, index, blocks: [], position: node.position}
    out.push(provision)
    let childIndex = 0
    for (const child of node.children as ReadonlyArray<ClauseContent | ForewordContent>) {
      if (child.type === 'clause' || child.type === 'term') add(child, provision, childIndex++)
      else provision.blocks.push(...blocksOf(child))
    }
  }
  tree.children.forEach((node, index) => add(node, undefined, index))
  return out
}

function describe(node: Foreword | Introduction | Clause | Term | Appendix): Pick<Provision, 'id' | 'kind' | 'number' | 'title' | 'anchor'> {
  switch (node.type) {
    case 'foreword':
      return {id: 'foreword', kind: 'foreword', number: '前言'}
    case 'introduction':
      return {id: 'introduction', kind: 'introduction', number: '引言'}
    case 'appendix':
      return {id: node.id, kind: 'appendix', number: node.letter, title: node.title, anchor: node.anchor}
    case 'term':
      return {id: node.id, kind: 'term', number: node.number, title: node.term, anchor: node.anchor}
    case 'clause':
      return {id: node.id, kind: 'clause', number: node.number, title: node.title, anchor: node.anchor}
  }
}

function blocksOf(node: ClauseContent | ForewordContent): Array<Block> {
  switch (node.type) {
    case 'paragraph':
      return [{block: 'paragraph', phrasing: node.children, position: node.position}]
    case 'note':
      return [{block: 'note', label: `注${node.number ?? ''}`, phrasing: node.children, position: node.position}]
    case 'example':
      return [{block: 'example', label: `示例${node.number ?? ''}`, phrasing: node.children, position: node.position}]
    case 'list':
      return node.children.flatMap((item) =>
        item.children.flatMap((child) =>
          child.type === 'paragraph'
            ? [{block: 'listItem', label: item.label, phrasing: child.children, position: child.position}]
            : blocksOf(child)
        )
      )
    case 'table':
      return [
        {
          block: 'table',
          label: node.number === undefined ? undefined : `表${node.number}`,
          prefix: node.caption,
          rows: node.children.map((row) => row.children.map((cell) => cell.children)),
          position: node.position
        }
      ]
    case 'normativeReference': {
      const number = `${node.designation}${node.year === undefined ? '' : `–${node.year}`}`
      const reference: PhrasingContent = {
        type: 'standardReference',
        code: node.code,
        designation: node.designation,
        children: [{type: 'text', value: number}]
      }
      return [{block: 'normativeReference', phrasing: [reference, {type: 'text', value: `\u3000${node.title}`}], position: node.position}]
    }
    // The revision record is compared as a table of its own (`record`).
    case 'revisionHistory':
      return []
    default:
      return blocksOfUnknown(node)
  }
}

function blocksOfUnknown(node: BlockContent | ClauseContent | ForewordContent): Array<Block> {
  return [{block: node.type, phrasing: [], position: node.position}]
}

/** Renders phrasing to text; `reference` may rewrite a cross-reference's printed text. */
export function render(phrasing: ReadonlyArray<PhrasingContent>, reference: (node: PhrasingContent) => string | undefined): string {
  let text = ''
  for (const node of phrasing) {
    const rewritten = node.type === 'crossReference' ? reference(node) : undefined
    if (rewritten !== undefined) text += rewritten
    else if (node.type === 'text') text += node.value
    else text += node.children.map((child) => child.value).join('')
  }
  return text
}

/** What a block refers to: standards by designation, and the printed text of every reference. */
export interface BlockReferences {
  standards: Array<string>
  /** Cross-references as printed on this side (after any rewriting). */
  crossReferences: Array<string>
  /** Every reference as printed, so numbers inside references are not taken for limits. */
  printed: Array<string>
}

export function referencesOf(block: Block, reference: (node: PhrasingContent) => string | undefined): BlockReferences {
  const found: BlockReferences = {standards: [], crossReferences: [], printed: []}
  const scan = (phrasing: ReadonlyArray<PhrasingContent>): void => {
    for (const node of phrasing) {
      if (node.type === 'text') continue
      const printed = (node.type === 'crossReference' ? reference(node) : undefined) ?? node.children.map((child) => child.value).join('')
      found.printed.push(printed)
      if (node.type === 'standardReference') found.standards.push(node.designation)
      else found.crossReferences.push(printed)
    }
  }
  scan(block.phrasing ?? [])
  for (const row of block.rows ?? []) for (const cell of row) scan(cell)
  return found
}
