/**
 * The text an edition's Word document must read as, defined from its tree:
 * the text of its blocks in order, and the words the layout frames them with
 * (the cover's lines, 前言, the labels 注：and 示例, the list markers, the
 * captions, the appendix label lines …), one line per paragraph or table
 * cell. The tests compare it with what a word processor reads out of the
 * file, so a paragraph dropped, duplicated or moved fails.
 */
import {documentWords} from '@stdkit/messages'
import {
  appendixName,
  appendixStatusLabel,
  caption,
  exampleLabel,
  handle,
  noteLabel,
  printedNumber,
  revisionColumns,
  type Handlers,
  type Nodes,
  type PhrasingContent,
  type Standard
} from '@stdkit/tree'

/** A line as compared: without any white space, so that spacing and tabs never matter, only the characters and their order. */
export const squeeze = (line: string): string => line.replace(/[\s\u3000\u00a0\ufeff]+/gu, '')

/** Lines compared: each squeezed, the empty ones left out. */
export const normalise = (lines: ReadonlyArray<string>): Array<string> => lines.flatMap((line) => line.split('\n')).map(squeeze).filter(Boolean)

/** The text of phrasing content as the document prints it: a footnote's call and its text in brackets in place. */
const phrase = (nodes: ReadonlyArray<PhrasingContent>): string =>
  nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'inlineMath':
          return node.value
        case 'break':
          return '\n'
        case 'footnote':
          return `${documentWords().technical.footnoteLabel({number: node.number})}（${phrase(node.children)}）`
        default:
          return phrase(node.children)
      }
    })
    .join('')

interface Context {
  /** The images of PNG or JPEG that are placed as pictures (no text); any other is written as its text in brackets. */
  placed: (url: string) => boolean
}

const block = (nodes: ReadonlyArray<Nodes>, context: Context): Array<string> => nodes.flatMap((node) => handle(lines, node, context))

const lines = {
  standard: (node, context) => block(node.children, context),
  foreword: (node, context) => [documentWords().edition.foreword, ...block(node.children, context)],
  introduction: (node, context) => [documentWords().edition.introduction, ...block(node.children, context)],
  revisionHistory: (node, context) => [...revisionColumns, ...block(node.children, context)],
  revisionRecord: (node) => [node.number, node.replaces ?? '', node.changes.join('；'), node.departments.join('、'), node.revisers.join('、'), node.approvers.join('、')],
  changeList: (node, context) => block(node.children, context),
  changeListEntry: (node) => [`${node.label}${phrase(node.children)}`],
  clause: (node, context) => [[node.number, node.title].filter(Boolean).join('\u3000'), ...block(node.children, context)],
  term: (node, context) => {
    const words = documentWords().technical
    return [
      node.number,
      [node.term, node.english].filter(Boolean).join('\u3000'),
      ...(node.admitted ?? []),
      ...(node.abbreviations ?? []),
      ...node.children.flatMap((child) =>
        child.type === 'note' && child.toEntry ? [`${words.noteToEntry({number: String(child.number ?? 1)})}${phrase(child.children)}`] : block([child], context)
      )
    ]
  },
  termSource: (node) => {
    const words = documentWords().technical
    return [`${words.sourceOpen}${phrase(node.children)}${node.modified ? words.modified : ''}${words.sourceClose}`]
  },
  normativeReference: (node) => [`${node.designation}${node.year === undefined ? '' : printedNumber(`${node.designation}-${node.year}`).slice(node.designation.length)}\u3000${node.title}`],
  appendix: (node, context) => [appendixName(node), appendixStatusLabel(node), node.title, ...block(node.children, context)],
  paragraph: (node) => [phrase(node.children)],
  list: (node, context) => block(node.children, context),
  listItem: (node, context) =>
    node.children.flatMap((child, index) => (index === 0 && child.type === 'paragraph' ? [`${node.label}${phrase(child.children)}`] : block([child], context))),
  note: (node) => [`${node.toEntry ? documentWords().technical.noteToEntry({number: String(node.number ?? 1)}) : noteLabel(node)}${phrase(node.children)}`],
  example: (node) => [`${exampleLabel(node)}${phrase(node.children)}`],
  // A table: its caption over it, then its cells row by row, then its notes and footnotes.
  table: (node, context) => [...(caption('table', node) ? [caption('table', node) as string] : []), ...block(node.children, context)],
  tableRow: (node, context) => block(node.children, context),
  tableCell: (node) => [phrase(node.children)],
  tableFootnote: (node) => [`${node.label}\u3000${phrase(node.children)}`],
  figure: (node, context) => [...block(node.children, context), ...(caption('figure', node) ? [caption('figure', node) as string] : [])],
  image: (node, context) => [context.placed(node.url) ? '' : `[${node.alt || node.url}]`, [node.label, node.caption].filter(Boolean).join('\u3000')],
  formula: (node) => [`${node.value}${node.number ? documentWords().technical.formulaNumber({number: node.number}) : ''}`],
  code: (node) => node.value.split('\n'),
  definitionList: (node, context) => {
    const words = documentWords().technical
    return [node.kind === 'where' ? words.where : node.kind === 'key' ? words.key : '', ...block(node.children, context)]
  },
  definitionItem: (node) => [`${phrase(node.children[0].children)}${documentWords().technical.dash}${phrase(node.children[1].children)}`],
  definitionTerm: (node) => [phrase(node.children)],
  definitionDescription: (node) => [phrase(node.children)],
  bibliography: (node, context) => [documentWords().technical.bibliography, ...block(node.children, context)],
  bibliographyEntry: (node) => [`${node.label ?? ''}${phrase(node.children)}`],
  termIndex: () => [documentWords().technical.index],
  text: (node) => [node.value],
  inlineMath: (node) => [node.value],
  break: () => [],
  crossReference: (node) => [phrase(node.children)],
  standardReference: (node) => [phrase(node.children)],
  footnote: (node) => [phrase([node])],
  superscript: (node) => [phrase(node.children)],
  subscript: (node) => [phrase(node.children)],
  emphasis: (node) => [phrase(node.children)],
  strong: (node) => [phrase(node.children)]
} satisfies Handlers<Nodes, Context, Array<string>>

/** The cover's lines, top to bottom: classification, code, document type, number, what it replaces, titles, dates, issuer. */
function cover(tree: Standard): Array<string> {
  const c = tree.cover
  const words = documentWords().cover
  const ccs = c.ccs ?? c.classification
  return [
    c.ics?.length ? words.ics({numbers: c.ics}) : '',
    ccs ? (c.ccs ? words.ccs({value: ccs}) : ccs) : '',
    c.filing ? words.filing({number: c.filing}) : '',
    c.code,
    c.documentType ?? '',
    printedNumber(c.number),
    ...(c.replacedNumbers ?? (c.replaces ? [c.replaces] : [])).map((number) => words.replaces({number})),
    c.title,
    c.titleEnglish ?? '',
    c.adoption ? words.adoption(c.adoption) : '',
    c.stage ? words.stage({stage: words.stages[c.stage]}) : '',
    `${c.issued ? words.issued({date: c.issued}) : ''}${c.effective ? words.effective({date: c.effective}) : ''}`,
    ...(c.issuers ?? (c.issuer ? [c.issuer] : [])),
    words.issuedBy
  ]
}

/** The lines of an edition's Word document, normalised: the cover, the front matter, the body's title, then the body and the back matter. */
export function expectedLines(tree: Standard, placed: Context['placed']): Array<string> {
  const front = tree.children.filter((child) => child.type === 'foreword' || child.type === 'introduction')
  const rest = tree.children.filter((child) => child.type !== 'foreword' && child.type !== 'introduction')
  return normalise([...cover(tree), ...block(front, {placed}), tree.cover.title, ...block(rest, {placed})])
}
