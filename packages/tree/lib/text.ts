import {handle, type Handlers} from './handlers.js'
import type {Nodes, Parent} from './types.js'

/**
 * The plain text of a node: the values of its text descendants, joined.
 * Cross-references and standard references contribute their printed text; a
 * normative reference and a record row, which hold their text in fields, their
 * fields as printed.
 */
export function toText(node: Nodes | ReadonlyArray<Nodes>): string {
  if (Array.isArray(node)) return node.map((child: Nodes) => toText(child)).join('')
  return handle(handlers, node as Nodes, undefined)
}

const children = (node: Parent): string => toText(node.children)

const handlers = {
  standard: children,
  foreword: children,
  revisionHistory: children,
  changeList: children,
  changeListEntry: children,
  revisionRecord: (node) =>
    [node.number, node.replaces ?? '', node.changes.join('；'), node.departments.join('、'), node.revisers.join('、'), node.approvers.join('、')].join('\t'),
  introduction: children,
  clause: children,
  term: children,
  normativeReference: (node) => `${node.designation}${node.year === undefined ? '' : `–${node.year}`}\u3000${node.title}`,
  appendix: children,
  paragraph: children,
  list: children,
  listItem: children,
  note: children,
  example: children,
  table: children,
  tableRow: children,
  tableCell: children,
  text: (node) => node.value,
  crossReference: children,
  standardReference: children,
  bibliography: children,
  bibliographyEntry: (node) => `${node.label === undefined ? '' : `${node.label}\u3000`}${toText(node.children)}`,
  termIndex: () => '',
  termSource: children,
  figure: children,
  image: (node) => [node.label, node.caption ?? node.alt].filter(Boolean).join('\u3000'),
  formula: (node) => node.value,
  code: (node) => node.value,
  definitionList: (node) => node.children.map((item) => toText(item)).join('\n'),
  definitionItem: (node) => `${toText(node.children[0])}——${toText(node.children[1])}`,
  definitionTerm: children,
  definitionDescription: children,
  tableFootnote: (node) => `${node.label}\u3000${toText(node.children)}`,
  inlineMath: (node) => node.value,
  footnote: children,
  superscript: children,
  subscript: children,
  emphasis: children,
  strong: children,
  break: () => '\n'
} satisfies Handlers<Nodes, undefined, string>
