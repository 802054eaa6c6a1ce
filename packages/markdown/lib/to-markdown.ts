/**
 * Canonical Markdown of a standard tree: the inverse of `@stdkit/parse`.
 * The tree is turned back into Markdown's tree (mdast) and written by
 * remark-stringify, so escaping and table syntax are the library's, not ours:
 * text that would read as one of the source's constructs (`$`, `^2^`, `~2~`,
 * `[^1]`, a cell of `<` or `^` alone, `<br>` in a cell) is escaped, and each
 * construct is written by its own handler.
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
import {gfmAutolinkLiteralToMarkdown} from 'mdast-util-gfm-autolink-literal'
import {gfmFootnoteToMarkdown} from 'mdast-util-gfm-footnote'
import {gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemToMarkdown} from 'mdast-util-gfm-task-list-item'
import {mathToMarkdown} from 'mdast-util-math'

type ToMarkdownExtension = ReturnType<typeof mathToMarkdown>
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import {unified, type Plugin} from 'unified'
import {stringify as stringifyYaml} from 'yaml'
// Raised or lowered text, written `^2^` or `~2~`: Markdown's node and its place in mdast are declared with the parser's syntax.
import type {MdastScript} from '@stdkit/parse'
import {
  appendixName,
  appendixStatusLabel,
  caption,
  documentTypeOf,
  eachNode,
  exampleLabel,
  firstIssue,
  handle,
  noteLabel,
  revisionColumns,
  toText,
  type Appendix,
  type Bibliography,
  type Clause,
  type Cover,
  type DefinitionList,
  type Figure,
  type FlowContent,
  type Footnote,
  type Handlers,
  type List,
  type Nodes,
  type Note,
  type PhrasingContent,
  type RevisionHistory,
  type Standard,
  type Table,
  type TableCell,
  type TableFootnote,
  type Term,
  type TermSource
} from '@stdkit/tree'


/** What a superscript or subscript may hold between its markers, as the parser reads it. */
const scriptValue = String.raw`[^\s^~\\]{1,16}`

const script = (marker: string) => (node: MdastScript) => `${marker}${node.value}${marker}`
const peek = (marker: string) => () => marker

const technical: ToMarkdownExtension = {
  handlers: {
    superscript: Object.assign(script('^'), {peek: peek('^')}),
    subscript: Object.assign(script('~'), {peek: peek('~')})
  } as unknown as ToMarkdownExtension['handlers'],
  unsafe: [
    // A caret or tilde that would open a superscript or subscript: `\^a^`, `H\~2~` (a range `10~20` opens none).
    {character: '^', inConstruct: 'phrasing', after: `(?=${scriptValue}\\^)`},
    {character: '~', inConstruct: 'phrasing', before: String.raw`[^\d\s~]`, after: `(?=${scriptValue}~)`},
    // `<br>` in a cell is a line break: the characters are `\<br>`.
    {character: '<', inConstruct: 'tableCell' as 'phrasing', after: String.raw`[bB][rR][ \t]*\/?>`}
  ]
}

/** The constructs of a standard's source, for remark-stringify: GFM without strikethrough, math, superscript and subscript. */
const remarkSource: Plugin<[], Root> = function () {
  const extensions = [
    gfmAutolinkLiteralToMarkdown(),
    gfmFootnoteToMarkdown(),
    gfmTableToMarkdown({tablePipeAlign: false, tableCellPadding: true}),
    gfmTaskListItemToMarkdown(),
    mathToMarkdown(),
    technical
  ]
  // The utilities may be typed against different releases of mdast-util-to-markdown, one shape.
  ;(this.data().toMarkdownExtensions ??= []).push(...(extensions as Array<never>))
}

const processor = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkSource)
  .use(remarkStringify, {bulletOrdered: ')', listItemIndent: 'one', bullet: '-', rule: '-', fences: true, emphasis: '*', strong: '*'})
  .freeze()

/** Writes each node type: flow content as Markdown's blocks, phrasing as Markdown's phrasing. */
export type MarkdownHandlers = Handlers<FlowContent, State, Array<RootContent>> & Handlers<PhrasingContent, State, Array<MdastPhrasing>>

export interface Options {
  /** Handlers merged over the default ones, by node type (default: none). */
  handlers?: Partial<MarkdownHandlers> | undefined
}

interface State {
  handlers: MarkdownHandlers
  /** Level of the provision whose content is written: a chapter's is 2, as its heading's. */
  depth: number
  /** Numbers of the footnotes whose definitions are written: each right after the first block that calls it. */
  defined: Set<number>
}

const emptyOptions: Readonly<Options> = {}

/** Writes a standard tree as canonical Markdown source. */
export function toMarkdown(tree: Standard, options?: Readonly<Options> | null): string {
  const markdown = processor.stringify(toMdast(tree, options))
  return markdown.endsWith('\n') ? markdown : `${markdown}\n`
}

/** The Markdown tree (mdast) of a standard. */
export function toMdast(tree: Standard, options?: Readonly<Options> | null): Root {
  const state: State = {handlers: {...defaultHandlers, ...(options ?? emptyOptions).handlers}, depth: 1, defined: new Set()}
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
  changeList: (node, state) => node.children.map((entry) => paragraph([text(`${entry.label}${node.marker === 'letter' ? ' ' : ''}`), ...inline(entry.children, state)])),
  introduction: (node, state) => [heading(1, '引言'), ...all(node.children, state)],
  clause,
  term,
  normativeReference: (node) => [paragraph([text(`${node.designation}${node.year === undefined ? '' : `–${node.year}`}\u3000${node.title}`)])],
  appendix,
  paragraph: (node, state) => [paragraph(inline(node.children, state))],
  note: (node, state) => [note(node, state)],
  example: (node, state) => [paragraph([text(exampleLabel(node)), ...inline(node.children, state)])],
  list,
  table,
  figure,
  formula: (node) => [{type: 'math', meta: node.number === undefined ? null : ` （${node.number}）`, value: node.value}],
  code: (node) => [{type: 'code', lang: node.lang ?? null, value: node.value}],
  definitionList,
  bibliography,
  termIndex: (node) => [heading(2, anchored('索引', node.anchor))],
  text: (node) => [text(node.value)],
  crossReference: (node) => [text(toText(node))],
  standardReference: (node) => [text(toText(node))],
  inlineMath: (node) => [{type: 'inlineMath', value: node.value}],
  footnote: (node) => [{type: 'footnoteReference', identifier: String(node.number), label: String(node.number)}],
  superscript: (node) => [{type: 'superscript', value: toText(node.children)}],
  subscript: (node) => [{type: 'subscript', value: toText(node.children)}],
  emphasis: (node, state) => [{type: 'emphasis', children: inline(node.children, state)}],
  strong: (node, state) => [{type: 'strong', children: inline(node.children, state)}],
  // A line break is written only in a table cell, where the source writes it `<br>`.
  break: () => [{type: 'html', value: '<br>'}]
} satisfies MarkdownHandlers

/** Provisions whose content is written block by block, each block followed by the footnotes it calls first. */
const containers: ReadonlySet<string> = new Set(['foreword', 'introduction', 'clause', 'term', 'appendix', 'bibliography'])

function all(nodes: ReadonlyArray<FlowContent>, state: State): Array<RootContent> {
  return nodes.flatMap((node) => {
    const out = handle<FlowContent, State, Array<RootContent>>(state.handlers, node, state)
    return containers.has(node.type) ? out : [...out, ...footnoteDefinitions(node, state)]
  })
}

/** The definitions (`[^1]: …`) of the footnotes a block calls that no block before it called. */
function footnoteDefinitions(node: Nodes, state: State): Array<RootContent> {
  const found: Array<Footnote> = []
  eachNode(node, (child) => {
    if (child.type === 'footnote' && !state.defined.has(child.number)) {
      state.defined.add(child.number)
      found.push(child)
    }
  })
  return found.map((footnote) => ({
    type: 'footnoteDefinition',
    identifier: String(footnote.number),
    label: String(footnote.number),
    children: [paragraph(inline(footnote.children, state))]
  }))
}

function inline(nodes: ReadonlyArray<PhrasingContent>, state: State): Array<MdastPhrasing> {
  return nodes.flatMap((node) => handle<PhrasingContent, State, Array<MdastPhrasing>>(state.handlers, node, state))
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

function heading(depth: number, value: string): Heading {
  return {type: 'heading', depth: Math.min(depth, 6) as Heading['depth'], children: [text(value)]}
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
  const fields: Array<RootContent> = []
  if (node.admitted !== undefined && node.admitted.length > 0) fields.push(paragraph([text(`许用术语：${node.admitted.join('；')}`)]))
  if (node.abbreviations !== undefined && node.abbreviations.length > 0) fields.push(paragraph([text(`缩略语：${node.abbreviations.join('；')}`)]))
  const content = node.children.flatMap((child) => (child.type === 'termSource' ? [termSource(child, state)] : all([child], state)))
  return [heading(state.depth + 1, anchored(title, node.anchor)), ...fields, ...content]
}

/** `[来源：GB/T 20000.1—2014，3.1，有修改]`: the brackets as written, not escaped. */
function termSource(node: TermSource, state: State): MdastParagraph {
  return paragraph([{type: 'html', value: '[来源：'}, ...inline(node.children, state), text(node.modified ? '，有修改' : ''), {type: 'html', value: ']'}])
}

function appendix(node: Appendix, state: State): Array<RootContent> {
  const label = appendixStatusLabel(node) || ' '
  return [heading(2, anchored(`${appendixName(node)}${label}${node.title}`.trimEnd(), node.anchor)), ...all(node.children, {...state, depth: 2})]
}

function bibliography(node: Bibliography, state: State): Array<RootContent> {
  const out: Array<RootContent> = [heading(2, anchored('参考文献', node.anchor))]
  for (const child of node.children) {
    if (child.type !== 'bibliographyEntry') {
      out.push(...all([child], state))
      continue
    }
    // The label `[1]` as written, not escaped into `\\[1]`; text starting with brackets in an entry without one is.
    const label: Array<MdastPhrasing> = child.label === undefined ? [] : [{type: 'html', value: child.label}, text('\u3000')]
    out.push(paragraph([...label, ...typeMarks(inline(child.children, state))]), ...footnoteDefinitions(child, state))
  }
  return out
}

/**
 * GB/T 7714's marks of a document's type in a bibliography entry (`[M]`, `[J]`,
 * `[S]`, `[EB/OL]`), written as they are: no link can be made of them (the
 * source format has no link definitions), unless a `(`, `[` or `:` follows.
 */
function typeMarks(nodes: Array<MdastPhrasing>): Array<MdastPhrasing> {
  return nodes.flatMap((node): Array<MdastPhrasing> => {
    if (node.type !== 'text') return [node]
    const pieces = node.value.split(/(\[[A-Z]{1,2}(?:\/OL)?\](?![([:]))/u)
    return pieces.filter((piece) => piece !== '').map((piece, index) => (index % 2 === 1 || /^\[[A-Z]{1,2}(?:\/OL)?\]$/u.test(piece) ? {type: 'html', value: piece} : text(piece)))
  })
}

function note(node: Note, state: State): MdastParagraph {
  const label = node.toEntry ? `注${node.number ?? ''}到条目：` : noteLabel(node)
  return paragraph([text(label), ...inline(node.children, state)])
}

function tableFootnote(node: TableFootnote, state: State): MdastParagraph {
  return paragraph([{type: 'superscript', value: node.label}, text('\u3000'), ...inline(node.children, state)])
}

/** Notes and footnotes of a table or figure, in order. */
function notes(nodes: ReadonlyArray<Note | TableFootnote>, state: State): Array<RootContent> {
  return nodes.map((node) => (node.type === 'note' ? note(node, state) : tableFootnote(node, state)))
}

function figure(node: Figure, state: State): Array<RootContent> {
  const out: Array<RootContent> = []
  for (const child of node.children) {
    if (child.type === 'image') {
      const sub = child.label === undefined && child.caption === undefined ? [] : [text(`\n${[child.label, child.caption].filter(Boolean).join('\u3000')}`)]
      out.push(paragraph([{type: 'image', url: child.url, alt: child.alt}, ...sub]))
    } else if (child.type === 'definitionList') out.push(...definitionList(child, state))
    else out.push(...notes([child], state))
  }
  const printed = node.number === undefined ? undefined : caption('figure', node)
  if (printed !== undefined) out.push(paragraph([text(printed)]))
  return out
}

const definitionLeads = {where: '式中：', key: '说明：'} as const

function definitionList(node: DefinitionList, state: State): Array<RootContent> {
  const out: Array<RootContent> = node.kind === 'symbols' ? [] : [paragraph([text(definitionLeads[node.kind])])]
  const separator = node.kind === 'symbols' ? '\u3000' : '——'
  for (const item of node.children) {
    const [term, description] = item.children
    out.push(paragraph([...inline(term.children, state), text(separator), ...inline(description.children, state)]))
  }
  return out
}

function list(node: List, state: State): Array<RootContent> {
  if (node.marker === 'number') return [orderedList(node, state)]
  const out: Array<RootContent> = []
  for (const item of node.children) {
    const [first, nested] = item.children
    const separator = node.marker === 'letter' ? ' ' : ''
    out.push(paragraph([text(`${item.label}${separator}`), ...(first?.type === 'paragraph' ? inline(first.children, state) : [])]))
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
      children: item.children.map((child) => (child.type === 'paragraph' ? paragraph(inline(child.children, state)) : orderedList(child, state)))
    }))
  }
}

/**
 * A table: its caption, its rows with merged cells written `<` (the columns a
 * cell spans on its right) and `^` (the rows it spans below, under each of its
 * columns), an empty header row when it has none, then its notes and footnotes.
 */
function table(node: Table, state: State): Array<RootContent> {
  const rows = node.children.filter((child) => child.type === 'tableRow')
  const grid: Array<Array<Array<MdastPhrasing> | undefined>> = rows.map(() => [])
  rows.forEach((row, rowIndex) => {
    const line = grid[rowIndex] as Array<Array<MdastPhrasing> | undefined>
    let column = 0
    for (const cell of row.children) {
      while (line[column] !== undefined) column++
      line[column] = cellContent(cell, state)
      for (let right = 1; right < (cell.colSpan ?? 1); right++) line[column + right] = [text('<')]
      for (let below = 1; below < (cell.rowSpan ?? 1); below++) {
        const under = grid[rowIndex + below]
        if (!under) break
        for (let right = 0; right < (cell.colSpan ?? 1); right++) under[column + right] = [text('^')]
      }
      column += cell.colSpan ?? 1
    }
  })
  const width = Math.max(0, ...grid.map((line) => line.length))
  const lines = grid.map((line) => Array.from({length: width}, (_, column) => line[column] ?? []))
  if (node.headerRows === 0) lines.unshift(Array.from({length: width}, () => []))
  const out: Array<RootContent> = []
  // The source writes a caption only with its number: `表1　标题`.
  const printed = node.number === undefined ? undefined : caption('table', node)
  if (printed !== undefined) out.push(paragraph([text(printed)]))
  out.push(phrasingTable(lines))
  out.push(...notes(node.children.filter((child) => child.type !== 'tableRow'), state))
  return out
}

/** A cell's content; a cell of `<` or `^` alone, which would merge it, written `\\<`, `\\^`. */
function cellContent(cell: TableCell, state: State): Array<MdastPhrasing> {
  const only = cell.children.length === 1 ? cell.children[0] : undefined
  if (only?.type === 'text' && (only.value.trim() === '<' || only.value.trim() === '^')) return [{type: 'html', value: `\\${only.value.trim()}`}]
  return inline(cell.children, state)
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
  return phrasingTable([revisionColumns, ...rows].map((cells) => cells.map((value) => (value === '' ? [] : [text(value)]))))
}

function phrasingTable(rows: ReadonlyArray<ReadonlyArray<Array<MdastPhrasing>>>): MdastTable {
  return {
    type: 'table',
    children: rows.map((cells) => ({
      type: 'tableRow',
      children: cells.map((children) => ({type: 'tableCell', children: merged(children)}))
    }))
  }
}

function paragraph(children: Array<MdastPhrasing>): MdastParagraph {
  return {type: 'paragraph', children: merged(children)}
}

/** Neighbouring text nodes joined, and empty ones left out, so that escaping sees the text as one. */
function merged(children: ReadonlyArray<MdastPhrasing>): Array<MdastPhrasing> {
  const out: Array<MdastPhrasing> = []
  for (const child of children) {
    const previous = out.at(-1)
    if (child.type === 'text' && child.value === '') continue
    if (child.type === 'text' && previous?.type === 'text') out[out.length - 1] = text(previous.value + child.value)
    else out.push(child)
  }
  return out
}

function text(value: string): MdastPhrasing {
  return {type: 'text', value}
}
