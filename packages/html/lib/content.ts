/** The standard's content as hast: one handler per node type, from the foreword down to phrasing with links. */
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {
  appendixName,
  appendixStatusLabel,
  caption,
  clauseId,
  columnWidths,
  exampleLabel,
  handle,
  headingId,
  pageIds,
  revisionColumns,
  toText,
  type Appendix,
  type Clause,
  type Content,
  type Foreword,
  type Handlers,
  type List,
  type PhrasingContent,
  type RevisionHistory,
  type Standard,
  type Term
} from '@stdkit/tree'
import {
  bibliography,
  code,
  colgroup,
  tableMeasure,
  definitionList,
  figure,
  footnote,
  formula,
  inlineMath,
  note,
  table,
  termIndex,
  termLines,
  termSource,
  type Footnotes
} from './technical.js'

/** Writes each node type of the tree as hast. */
export type HtmlHandlers = Handlers<Content, State, Array<ElementContent>>

/** Where references lead: ids on the page, and other standards of the library. */
export interface Links {
  /** Ids present on the page. */
  ids: ReadonlySet<string>
  /** URL of a standard of the library, by designation (and year, for a dated reference). */
  standard(designation: string, year: number | undefined): string | undefined
}

/** What the handlers are given besides the node. */
export interface State {
  handlers: HtmlHandlers
  links: Links
  /** Level of the provisions written: a chapter's is 1. */
  depth: number
  /** The same provision in the other editions, shown under its heading. */
  versions(id: string): ElementContent
  /** The edition shown, for what is generated from the whole of it (the index of terms). */
  tree: Standard
  /** The URL of an image, from its path relative to the edition's source. */
  image(url: string): string
  /** The footnotes to the text called so far, which the page lists at its end. */
  footnotes: Footnotes
}

/** Writes nodes with the state's handlers. */
export function all(nodes: ReadonlyArray<Content>, state: State): Array<ElementContent> {
  return nodes.flatMap((node) => handle(state.handlers, node, state))
}

export const defaultHandlers = {
  foreword,
  revisionHistory,
  introduction: (node, state) => [h('section.introduction', {id: pageIds.introduction}, [h('h2', '引言'), ...all(node.children, state)])],
  clause: provision,
  term: provision,
  normativeReference: (node, {links}) => {
    const year = node.year === undefined ? '' : `–${node.year}`
    const href = links.standard(node.designation, node.year)
    const number = `${node.designation}${year}`
    return [h('p.reference', [href ? h('a.standard', {href}, number) : number, `\u3000${node.title}`])]
  },
  appendix: provision,
  paragraph: (node, state) => [h('p', all(node.children, state))],
  note: (node, state) => note(node, state, all),
  example: (node, state) => [h('p.example', [h('span.label', exampleLabel(node)), ...all(node.children, state)])],
  list,
  changeList: (node, state) => [
    h(
      'ul.list.change-list',
      {dataMarker: node.marker},
      node.children.map((entry) => h('li', {dataAction: entry.action}, [h('span.label', entry.label), ' ', ...all(entry.children, state)]))
    )
  ],
  table: (node, state) => table(node, state, all),
  figure: (node, state) => figure(node, state, all),
  formula,
  code,
  definitionList: (node, state) => definitionList(node, state, all),
  bibliography: (node, state) => bibliography(node, state, all, (nodes) => all(nodes as ReadonlyArray<Content>, state)),
  termIndex,
  text: (node) => [{type: 'text', value: node.value}],
  crossReference: (node, {links}) =>
    node.targetId !== undefined && links.ids.has(node.targetId) ? [h('a.xref', {href: `#${node.targetId}`}, toText(node))] : [{type: 'text', value: toText(node)}],
  standardReference: (node, {links}) => {
    const href = links.standard(node.designation, node.year)
    return [href ? h('a.standard', {href}, toText(node)) : {type: 'text', value: toText(node)}]
  },
  inlineMath,
  footnote,
  superscript: (node, state) => [h('sup', all(node.children, state))],
  subscript: (node, state) => [h('sub', all(node.children, state))],
  emphasis: (node, state) => [h('em', all(node.children, state))],
  strong: (node, state) => [h('strong', all(node.children, state))],
  break: () => [h('br')]
} satisfies HtmlHandlers

function foreword(node: Foreword, state: State): Array<ElementContent> {
  return [h('section.foreword', {id: pageIds.foreword, ariaLabelledby: pageIds.forewordTitle}, [h('h2', {id: pageIds.forewordTitle}, '前言'), ...all(node.children, state)])]
}

function revisionHistory(node: RevisionHistory): Array<ElementContent> {
  const rows = [[...revisionColumns], ...node.children.map((row) => [row.number, row.replaces ?? '', row.changes.join('\n'), row.departments.join('、'), row.revisers.join('、'), row.approvers.join('、')])]
  return [
    h('table.revision-record', [
      h('caption', '历次修订记录'),
      ...colgroup(columnWidths(rows.flatMap((cells) => cells.map((text, column) => ({column, text}))), revisionColumns.length, tableMeasure)),
      h('thead', h('tr', revisionColumns.map((column) => h('th', {scope: 'col'}, column)))),
      h(
        'tbody',
        node.children.map((row) =>
          h('tr', [
            h('td', row.number),
            h('td', row.replaces ?? ''),
            h('td', row.changes.length > 1 ? h('ol', row.changes.map((change) => h('li', change))) : (row.changes[0] ?? '')),
            h('td', row.departments.join('、')),
            h('td', row.revisers.join('、')),
            h('td', row.approvers.join('、'))
          ])
        )
      )
    ])
  ]
}

function provision(node: Clause | Term | Appendix, state: State): Array<ElementContent> {
  const heading = headingId(node.id)
  const label: Array<ElementContent> =
    node.type === 'appendix'
      ? [h('span.label', appendixName(node)), h('span.status', appendixStatusLabel(node)), h('span.title', node.title)]
      : node.type === 'term'
        ? [h('span.number', node.number), h('span.title', node.term), ...(node.english ? [h('span.english', {lang: 'en'}, node.english)] : [])]
        : [h('span.number', node.number), ...(node.title ? [h('span.title', node.title)] : [])]
  // The printed number is an anchor too, next to the stable id.
  const numberId = node.type === 'appendix' ? `appendix-${node.letter}` : node.type === 'term' ? `term-${node.number}` : clauseId(node.number)
  return [
    h(`section.provision${node.type === 'appendix' ? '.appendix' : ''}`, {id: node.id, ariaLabelledby: heading}, [
      ...(numberId === node.id ? [] : [h('span', {id: numberId})]),
      h(headingTag(state.depth), {id: heading}, label),
      state.versions(node.id),
      ...(node.type === 'term' ? termLines(node) : []),
      ...node.children.flatMap((child) => (child.type === 'termSource' ? [termSource(child, state, all)] : all([child as Content], {...state, depth: state.depth + 1})))
    ])
  ]
}

function list(node: List, state: State): Array<ElementContent> {
  return [
    h(
      'ul.list',
      {dataMarker: node.marker},
      node.children.map((item) =>
        h(
          'li',
          item.children.flatMap((child) => (child.type === 'paragraph' ? [h('span.label', item.label), ' ', ...all(child.children, state)] : all([child], state)))
        )
      )
    )
  ]
}

/** Heading element for a provision at `depth` (a chapter is 1), as h2…h6. */
export function headingTag(depth: number): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  return (['h2', 'h3', 'h4', 'h5', 'h6'] as const)[Math.min(Math.max(depth, 1), 5) - 1] ?? 'h6'
}
