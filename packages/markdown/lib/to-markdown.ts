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
  firstIssue,
  revisionColumns,
  toText,
  type Appendix,
  type BlockContent,
  type Clause,
  type ClauseContent,
  type Cover,
  type ForewordContent,
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

/** Writes a standard tree as canonical Markdown source. */
export function toMarkdown(tree: Standard): string {
  const markdown = processor.stringify(toMdast(tree))
  return markdown.endsWith('\n') ? markdown : `${markdown}\n`
}

/** The Markdown tree (mdast) of a standard. */
export function toMdast(tree: Standard): Root {
  const children: Array<RootContent> = [{type: 'yaml', value: frontMatter(tree.cover)}]
  let titled = false
  for (const node of tree.children) {
    if ((node.type === 'clause' || node.type === 'appendix') && !titled) {
      children.push(heading(1, tree.cover.title))
      titled = true
    }
    switch (node.type) {
      case 'foreword':
        children.push(heading(1, '前言'), ...node.children.flatMap((child) => forewordBlock(child)))
        break
      case 'introduction':
        children.push(heading(1, '引言'), ...node.children.flatMap((child) => block(child)))
        break
      case 'clause':
        children.push(...clause(node))
        break
      case 'appendix':
        children.push(...appendix(node))
        break
    }
  }
  return {type: 'root', children}
}

function frontMatter(cover: Cover): string {
  const fields: Record<string, string> = {number: cover.number}
  if (cover.replaces !== undefined) fields.replaces = cover.replaces
  fields.title = cover.title
  for (const key of ['category', 'issuer', 'issued', 'effective'] as const) {
    const value = cover[key]
    if (value !== undefined) fields[key] = value
  }
  if (cover.status === 'draft') fields.status = 'draft'
  return stringifyYaml(fields, {lineWidth: 0}).trimEnd()
}

function heading(depth: number, text: string): Heading {
  return {type: 'heading', depth: Math.min(depth, 6) as Heading['depth'], children: [{type: 'text', value: text}]}
}

function anchored(text: string, anchor: string | undefined): string {
  return anchor === undefined ? text : `${text} {#${anchor}}`
}

function clause(node: Clause): Array<RootContent> {
  const title = node.title === undefined ? node.number : `${node.number} ${node.title}`
  return [heading(node.depth + 1, anchored(title, node.anchor)), ...node.children.flatMap((child) => clauseContent(child, node.depth + 1))]
}

function term(node: Term, depth: number): Array<RootContent> {
  const title = [node.number, node.term, node.english].filter((part) => part !== undefined).join(' ')
  return [heading(depth + 1, anchored(title, node.anchor)), ...node.children.flatMap((child) => block(child))]
}

function appendix(node: Appendix): Array<RootContent> {
  const label =
    node.status === undefined
      ? ' '
      : `（${node.status === 'normative' ? '规范性' : '资料性'}${node.labelStyle === 'gbt-2020' ? '' : '附录'}）`
  return [
    heading(2, anchored(`附录${node.letter}${label}${node.title}`.trimEnd(), node.anchor)),
    ...node.children.flatMap((child) => clauseContent(child, 2))
  ]
}

function clauseContent(node: ClauseContent, depth: number): Array<RootContent> {
  switch (node.type) {
    case 'clause':
      return clause(node)
    case 'term':
      return term(node, depth)
    case 'normativeReference': {
      const year = node.year === undefined ? '' : `–${node.year}`
      return [paragraph(`${node.designation}${year}\u3000${node.title}`)]
    }
    default:
      return block(node)
  }
}

function forewordBlock(node: ForewordContent): Array<RootContent> {
  return node.type === 'revisionHistory' ? [revisionTable(node)] : block(node)
}

function block(node: BlockContent): Array<RootContent> {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(inline(node.children))]
    case 'note':
      return [paragraph(`注${node.number ?? ''}：${inline(node.children)}`)]
    case 'example':
      return [paragraph(`示例${node.number ?? ''}：${inline(node.children)}`)]
    case 'list':
      return list(node)
    case 'table':
      return table(node)
  }
}

function list(node: List): Array<RootContent> {
  if (node.marker === 'number') return [orderedList(node)]
  const out: Array<RootContent> = []
  for (const item of node.children) {
    const [text, nested] = item.children
    const separator = node.marker === 'letter' ? ' ' : ''
    out.push(paragraph(`${item.label}${separator}${text?.type === 'paragraph' ? inline(text.children) : ''}`))
    if (nested?.type === 'list') out.push(...list(nested))
  }
  return out
}

function orderedList(node: List): MdastList {
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
        child.type === 'paragraph' ? {type: 'paragraph', children: [{type: 'text', value: inline(child.children)}]} : orderedList(child)
      )
    }))
  }
}

function table(node: Table): Array<RootContent> {
  const rows = node.children.map((row) => row.children.map((cell) => inline(cell.children)))
  const out: Array<RootContent> = []
  if (node.number !== undefined) out.push(paragraph(`表${node.number}\u3000${node.caption ?? ''}`.trimEnd()))
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

function inline(nodes: ReadonlyArray<PhrasingContent>): string {
  return toText(nodes)
}
