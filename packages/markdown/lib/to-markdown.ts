/**
 * Canonical Markdown of a standard tree: the inverse of `@stdkit/parse`.
 * The tree is turned back into Markdown's tree (mdast) and written by
 * remark-stringify, so escaping and table syntax are the library's, not ours.
 */
import type {
  Heading,
  List as MdastList,
  Paragraph as MdastParagraph,
  PhrasingContent as MdastPhrasing,
  Root,
  RootContent,
  Table as MdastTable
} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {stringify as stringifyYaml} from 'yaml'
import {
  appendixName,
  appendixStatusLabel,
  caption,
  documentTypeOf,
  exampleLabel,
  firstIssue,
  handle,
  noteLabel,
  revisionColumns,
  toText,
  type Appendix,
  type Clause,
  type Cover,
  type FlowContent,
  type Handlers,
  type List,
  type PhrasingContent,
  type RevisionHistory,
  type Standard,
  type Table,
  type Term
} from '@stdkit/tree'

const processor = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm, {tablePipeAlign: false, tableCellPadding: true})
  .use(remarkStringify, {bulletOrdered: ')', listItemIndent: 'one', bullet: '-', rule: '-', fences: true})
  .freeze()

/** Writes each node type: flow content as Markdown's blocks, phrasing as text. */
export type MarkdownHandlers = Handlers<FlowContent, State, Array<RootContent>> & Handlers<PhrasingContent, State, string>

export interface Options {
  /** Handlers merged over the default ones, by node type (default: none). */
  handlers?: Partial<MarkdownHandlers> | undefined
}

interface State {
  handlers: MarkdownHandlers
  /** Level of the provision whose content is written: a chapter's is 2, as its heading's. */
  depth: number
}

const emptyOptions: Readonly<Options> = {}

/** Writes a standard tree as canonical Markdown source. */
export function toMarkdown(tree: Standard, options?: Readonly<Options> | null): string {
  const markdown = processor.stringify(toMdast(tree, options))
  return markdown.endsWith('\n') ? markdown : `${markdown}\n`
}

/** The Markdown tree (mdast) of a standard. */
export function toMdast(tree: Standard, options?: Readonly<Options> | null): Root {
  const state: State = {handlers: {...defaultHandlers, ...(options ?? emptyOptions).handlers}, depth: 1}
  const children: Array<RootContent> = [{type: 'yaml', value: frontMatter(tree.cover)}]
  let titled = false
  for (const node of tree.children) {
    if ((node.type === 'clause' || node.type === 'appendix') && !titled) {
      children.push(heading(1, tree.cover.title))
      titled = true
    }
    children.push(...all([node], state))
  }
  return {type: 'root', children}
}

const defaultHandlers = {
  foreword: (node, state) => [heading(1, '前言'), ...all(node.children, state)],
  revisionHistory: (node) => [revisionTable(node)],
  changeList: (node, state) => node.children.map((entry) => paragraph(`${entry.label}${node.marker === 'letter' ? ' ' : ''}${inline(entry.children, state)}`)),
  introduction: (node, state) => [heading(1, '引言'), ...all(node.children, state)],
  clause,
  term,
  normativeReference: (node) => [paragraph(`${node.designation}${node.year === undefined ? '' : `–${node.year}`}\u3000${node.title}`)],
  appendix,
  paragraph: (node, state) => [paragraph(inline(node.children, state))],
  note: (node, state) => [paragraph(`${noteLabel(node)}${inline(node.children, state)}`)],
  example: (node, state) => [paragraph(`${exampleLabel(node)}${inline(node.children, state)}`)],
  list,
  table,
  text: (node) => node.value,
  crossReference: (node) => toText(node),
  standardReference: (node) => toText(node)
} satisfies MarkdownHandlers

function all(nodes: ReadonlyArray<FlowContent>, state: State): Array<RootContent> {
  return nodes.flatMap((node) => handle<FlowContent, State, Array<RootContent>>(state.handlers, node, state))
}

function inline(nodes: ReadonlyArray<PhrasingContent>, state: State): string {
  return nodes.map((node) => handle<PhrasingContent, State, string>(state.handlers, node, state)).join('')
}

/** How each draft stage is written in the front matter. */
const stageNames = {comments: '征求意见稿', review: '送审稿', approval: '报批稿'} as const

/** The front matter: every key the parser reads, in a fixed order, then the keys it does not know, as written. */
function frontMatter(cover: Cover): string {
  const fields: Record<string, string | Array<string>> = {number: cover.number}
  const several = (all: Array<string> | undefined, first: string | undefined) => (all !== undefined && all.length > 1 ? all : first)
  const replaces = several(cover.replacedNumbers, cover.replaces)
  if (replaces !== undefined) fields.replaces = replaces
  fields.title = cover.title
  if (cover.titleEnglish !== undefined) fields['title-en'] = cover.titleEnglish
  if (cover.category !== undefined) fields.category = cover.category
  if (cover.ics !== undefined && cover.ics.length > 0) fields.ics = cover.ics.length === 1 ? (cover.ics[0] ?? '') : cover.ics
  for (const key of ['ccs', 'classification', 'filing'] as const) {
    const value = cover[key]
    if (value !== undefined) fields[key] = value
  }
  if (cover.adoption !== undefined) fields.adoption = `${cover.adoption.document}, ${cover.adoption.degree}`
  if (cover.documentType !== undefined && cover.documentType !== documentTypeOf(cover.code, cover.issuer)) fields['document-type'] = cover.documentType
  if (cover.stage !== undefined) fields.stage = stageNames[cover.stage]
  const issuers = several(cover.issuers, cover.issuer)
  if (issuers !== undefined) fields.issuer = issuers
  for (const key of ['issued', 'effective'] as const) {
    const value = cover[key]
    if (value !== undefined) fields[key] = value
  }
  if (cover.status === 'draft') fields.status = 'draft'
  const known = stringifyYaml(fields, {lineWidth: 0}).trimEnd()
  return [known, ...(cover.extraFields ?? []).map((field) => field.source)].join('\n')
}

function heading(depth: number, text: string): Heading {
  return {type: 'heading', depth: Math.min(depth, 6) as Heading['depth'], children: [{type: 'text', value: text}]}
}

function anchored(text: string, anchor: string | undefined): string {
  return anchor === undefined ? text : `${text} {#${anchor}}`
}

function clause(node: Clause, state: State): Array<RootContent> {
  const title = node.title === undefined ? node.number : `${node.number} ${node.title}`
  return [heading(node.depth + 1, anchored(title, node.anchor)), ...all(node.children, {...state, depth: node.depth + 1})]
}

function term(node: Term, state: State): Array<RootContent> {
  const title = [node.number, node.term, node.english].filter((part) => part !== undefined).join(' ')
  return [heading(state.depth + 1, anchored(title, node.anchor)), ...all(node.children, state)]
}

function appendix(node: Appendix, state: State): Array<RootContent> {
  const label = appendixStatusLabel(node) || ' '
  return [heading(2, anchored(`${appendixName(node)}${label}${node.title}`.trimEnd(), node.anchor)), ...all(node.children, {...state, depth: 2})]
}

function list(node: List, state: State): Array<RootContent> {
  if (node.marker === 'number') return [orderedList(node, state)]
  const out: Array<RootContent> = []
  for (const item of node.children) {
    const [text, nested] = item.children
    const separator = node.marker === 'letter' ? ' ' : ''
    out.push(paragraph(`${item.label}${separator}${text?.type === 'paragraph' ? inline(text.children, state) : ''}`))
    if (nested?.type === 'list') out.push(...all([nested], state))
  }
  return out
}

function orderedList(node: List, state: State): MdastList {
  const first = Number.parseInt(node.children[0]?.label ?? '1', 10)
  return {
    type: 'list',
    ordered: true,
    start: Number.isNaN(first) ? 1 : first,
    spread: false,
    children: node.children.map((item) => ({
      type: 'listItem',
      spread: false,
      children: item.children.map((child) =>
        child.type === 'paragraph' ? {type: 'paragraph', children: [{type: 'text', value: inline(child.children, state)}]} : orderedList(child, state)
      )
    }))
  }
}

function table(node: Table, state: State): Array<RootContent> {
  const rows = node.children.map((row) => row.children.map((cell) => inline(cell.children, state)))
  const out: Array<RootContent> = []
  // The source writes a caption only with its number: `表1　标题`.
  const printed = node.number === undefined ? undefined : caption('table', node)
  if (printed !== undefined) out.push(paragraph(printed))
  out.push(mdastTable(rows))
  return out
}

function revisionTable(node: RevisionHistory): MdastTable {
  const rows = node.children.map((record) => [
    record.number,
    record.replaces ?? '',
    record.changes.length === 1 && record.changes[0] === firstIssue ? firstIssue : record.changes.length === 0 ? '' : `${record.changes.join('；')}。`,
    record.departments.join('、'),
    record.revisers.join('、'),
    record.approvers.join('、')
  ])
  return mdastTable([revisionColumns, ...rows])
}

function mdastTable(rows: ReadonlyArray<ReadonlyArray<string>>): MdastTable {
  return {
    type: 'table',
    children: rows.map((cells) => ({
      type: 'tableRow',
      children: cells.map((value) => ({type: 'tableCell', children: value === '' ? [] : [text(value)]}))
    }))
  }
}

function paragraph(value: string): MdastParagraph {
  return {type: 'paragraph', children: [text(value)]}
}

function text(value: string): MdastPhrasing {
  return {type: 'text', value}
}
