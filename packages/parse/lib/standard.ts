/**
 * From Markdown's flat list of headings and blocks to the standard's tree:
 * foreword, chapters and sub-clauses nested by their numbers, terms, the
 * normative references, appendices; then cross-references resolved to ids.
 */
import {messages} from '@stdkit/messages'
import type {FootnoteDefinition, Heading, Root, RootContent, Yaml} from 'mdast'
import type {Position} from 'unist'
import {visit} from 'unist-util-visit'
import {
  anchorPattern,
  appendixId,
  backMatterIds,
  clauseId,
  eachNode,
  termId,
  toText,
  type Appendix,
  type Bibliography,
  type Footnote,
  type TermIndex,
  type BlockContent,
  type Clause,
  type ClauseContent,
  type ClauseRole,
  type Foreword,
  type ForewordContent,
  type Introduction,
  type Standard,
  type Term
} from '@stdkit/tree'
import {at, type Context} from './context.js'
import {convertBlocks, type BlockPlace} from './blocks.js'
import {readCover} from './cover.js'
import {flatten, phrasing, plainText, type Segment} from './phrasing.js'
import {changeLists, dateRecords, draftingEra, forewordFields, nationalForeword, selfReference} from './revision.js'

const clauseHeading = /^(?<number>(?:\d+|[A-Z])(?:\.\d+)*)(?:[ \u3000]+(?<title>.*?))?$/u
const appendixHeading =
  /^附录[ \u3000]*(?<letter>[A-Z])[ \u3000]*(?:[（(](?<label>规范性附录|资料性附录|规范性|资料性)[）)])?[ \u3000：:]*(?<title>.*)$/u
const termTitle = /^(?<term>.*?[^\x00-\x7f])(?:[ \u3000]+(?<english>[A-Za-z][\x20-\x7e]*))?$/u

const roles: ReadonlyArray<[RegExp, ClauseRole]> = [
  [/^范围$/u, 'scope'],
  [/^规范性引用文件$/u, 'normativeReferences'],
  [/^术语和定义$/u, 'terms'],
  [/^缩略语$/u, 'abbreviations'],
  [/^(?:符号|符号和缩略语|符号、代号和缩略语|符号、代号|代号和缩略语)$/u, 'symbols']
]

type Container = Clause | Appendix | Term | Foreword | Introduction | Bibliography | TermIndex
interface Open {
  node: Container
  level: number
  blocks: Array<RootContent>
}

/** Converts a Markdown tree (with front matter and GFM) into a standard tree. */
export function toStandard(root: Root, context: Context): Standard {
  const yaml = root.children.find((node): node is Yaml => node.type === 'yaml')
  const standard: Standard = {type: 'standard', cover: readCover(yaml, context), children: [], ...at(root.position)}
  const stack: Array<Open> = []
  let title: Heading | undefined

  const close = (open: Open): void => {
    if (open.node.type === 'termIndex') {
      // The index is generated from the term entries: what the source writes under it is not kept.
      const first = open.blocks[0]
      if (first) context.report('error', messages().parser.termIndex, first.position, 'term-index')
      return
    }
    const chapter = stack[0]?.node ?? open.node
    const place: BlockPlace =
      open.node.type === 'foreword'
        ? 'foreword'
        : open.node.type === 'bibliography'
          ? 'bibliography'
          : open.node.type === 'term'
            ? 'term'
            : open.node.type === 'clause' && open.node.role === 'normativeReferences'
              ? 'references'
              : chapter?.type === 'clause' && (chapter.role === 'symbols' || chapter.role === 'abbreviations') && open.node.type === 'clause'
                ? 'symbols'
                : 'body'
    const content = convertBlocks(open.blocks, place, context)
    if (open.node.type === 'foreword') {
      open.node.children.push(...changeLists(content as Array<ForewordContent>))
    } else {
      const [blocks, rest] = partitionForeword(content)
      for (const table of rest) {
        context.report('error', messages().parser.recordOutside, table.position, 'revision-table')
      }
      if (open.node.type === 'term') termFields(open.node, blocks)
      open.node.children.unshift(...(blocks as Array<BlockContent & ClauseContent>))
    }
    extendTo(open.node)
  }
  const closeTo = (level: number): void => {
    while ((stack.at(-1)?.level ?? -1) >= level) close(stack.pop() as Open)
  }
  const parentOf = (): Container | Standard => stack.at(-1)?.node ?? standard

  context.footnote = footnotes(root, context)
  for (const node of root.children) {
    if (node.type === 'yaml' || node.type === 'footnoteDefinition') continue
    if (node.type !== 'heading') {
      const open = stack.at(-1)
      if (open) open.blocks.push(node)
      else if (title || standard.children.length > 0) {
        context.report('error', messages().parser.beforeChapter({type: node.type}), node.position, 'stray-content')
      } else {
        context.report('error', messages().parser.beforeForeword({type: node.type}), node.position, 'stray-content')
      }
      continue
    }
    const text = plainText(flatten(node.children, context)).trim()
    const back = node.depth <= 2 ? backMatter(node, text, context) : undefined
    if (back) {
      closeTo(0)
      standard.children.push(back)
      stack.push({node: back, level: 0, blocks: []})
      continue
    }
    if (node.depth === 1) {
      closeTo(0)
      const name = text.replace(/[ \u3000]/gu, '')
      if (name === '前言' || name === '引言') {
        const section: Foreword | Introduction =
          name === '前言'
            ? {type: 'foreword', fields: {}, children: [], ...at(node.position)}
            : {type: 'introduction', children: [], ...at(node.position)}
        standard.children.push(section)
        stack.push({node: section, level: 0, blocks: []})
      } else {
        title = node
        if (text !== standard.cover.title) {
          context.report('warning', messages().parser.titleHeading({text, title: standard.cover.title}), node.position, 'title-heading')
        }
      }
      continue
    }
    const opened = openHeading(node, text, context, stack)
    if (!opened) {
      const open = stack.at(-1)
      if (open) open.blocks.push({type: 'paragraph', children: [{type: 'text', value: text}], ...at(node.position)})
      continue
    }
    closeTo(opened.level)
    const parent = parentOf()
    if (opened.node.type === 'term' && parent.type === 'clause') parent.children.push(opened.node)
    else if (opened.node.type === 'clause' && (parent.type === 'clause' || parent.type === 'appendix' || parent.type === 'standard')) {
      parent.children.push(opened.node)
    } else if (opened.node.type === 'appendix') standard.children.push(opened.node)
    else standard.children.push(opened.node as Clause)
    stack.push(opened)
  }
  closeTo(0)
  const foreword = standard.children.find((node): node is Foreword => node.type === 'foreword')
  if (foreword) {
    // A national foreword states more facts; an enterprise one keeps the fields it always had.
    const national = nationalForeword(foreword.children) || !/^Q\//u.test(standard.cover.code)
    foreword.fields = forewordFields(foreword.children, national)
    if (national) {
      // GB/T 1.1—2009 brought the drafting statement, GB/T 1.1—2020 the word 本文件: a national foreword with neither is of 2000.
      const self = selfReference(foreword.children)
      const era = draftingEra(foreword.fields) ?? (self === '本文件' ? '2020' : self === undefined ? undefined : '2000')
      if (era) standard.era = era
      if (self) standard.self = self
    }
    const history = foreword.children.find((node) => node.type === 'revisionHistory')
    if (history) dateRecords(history, foreword.fields)
  }
  resolveReferences(standard)
  return standard
}

/** The bibliography (`## 参考文献`) or the index (`## 索引`), with its `{#anchor}`. */
function backMatter(node: Heading, raw: string, context: Context): Bibliography | TermIndex | undefined {
  const {text, anchor} = splitAnchor(raw)
  const name = text.replace(/[ \u3000]/gu, '')
  if (name !== '参考文献' && name !== '索引') return undefined
  if (anchor !== undefined && !anchorPattern.test(anchor)) {
    context.report('error', messages().parser.anchor({anchor}), node.position, 'anchor-format')
  }
  const pinned = anchor !== undefined && anchorPattern.test(anchor) ? {anchor} : {}
  return name === '参考文献'
    ? {type: 'bibliography', id: pinned.anchor ?? backMatterIds.bibliography, ...pinned, children: [], ...at(node.position)}
    : {type: 'termIndex', id: pinned.anchor ?? backMatterIds.index, ...pinned, ...at(node.position)}
}

/**
 * The footnotes to the text: each definition (`[^label]: …`) by its label,
 * numbered by the order of its first call in the document. Definitions never
 * called are reported.
 */
function footnotes(root: Root, context: Context): NonNullable<Context['footnote']> {
  const definitions = new Map<string, FootnoteDefinition>()
  for (const node of root.children) if (node.type === 'footnoteDefinition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node)
  const numbers = new Map<string, number>()
  visit(root, (node) => {
    if (node.type === 'footnoteDefinition') return 'skip'
    if (node.type === 'footnoteReference' && definitions.has(node.identifier) && !numbers.has(node.identifier)) numbers.set(node.identifier, numbers.size + 1)
    return undefined
  })
  for (const [identifier, definition] of definitions) {
    if (!numbers.has(identifier)) context.report('warning', messages().parser.footnoteUnused({label: definition.label ?? identifier}), definition.position, 'footnote')
  }
  let reading = false
  return (identifier: string, place: Position | undefined): Footnote | undefined => {
    const definition = definitions.get(identifier)
    const number = numbers.get(identifier)
    if (!definition || number === undefined || reading) return undefined
    // A call inside a definition reads no further: footnotes do not nest.
    reading = true
    const segments: Array<Segment> = []
    for (const child of definition.children) {
      if (child.type !== 'paragraph') {
        context.report('error', messages().parser.blockLeftOut({type: child.type}), child.position, 'markdown-construct')
        continue
      }
      if (segments.length > 0) segments.push({value: '\n'})
      segments.push(...flatten(child.children, context))
    }
    reading = false
    return {type: 'footnote', number, children: phrasing(segments, context, definition.position), ...at(place)}
  }
}

/** `许用术语：` and `缩略语：` right after a term's heading, taken out of its content into its fields. */
function termFields(term: Term, blocks: Array<ClauseContent>): void {
  while (blocks[0]?.type === 'paragraph') {
    const text = toText(blocks[0]).trim()
    const field = /^(?<lead>许用术语|缩略语)[：:](?<value>.*)$/su.exec(text)?.groups
    if (!field?.value) return
    const values = field.value.split(/[；;]/u).map((value) => value.trim()).filter((value) => value !== '')
    if (field.lead === '许用术语') term.admitted = [...(term.admitted ?? []), ...values]
    else term.abbreviations = [...(term.abbreviations ?? []), ...values]
    blocks.shift()
  }
}

const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\u3000'

/**
 * A heading's text and its `{#anchor}` suffix, if any: the first `{#` after
 * the last `}` but one, up to the closing `}` and trailing spaces. Found by
 * scanning from the end, since a pattern unanchored at its start would be
 * tried at every offset of a long heading.
 */
function splitAnchor(raw: string): {text: string; anchor?: string} {
  let end = raw.length
  while (isSpace(raw[end - 1])) end--
  if (raw[end - 1] !== '}') return {text: raw}
  const open = raw.indexOf('{#', raw.lastIndexOf('}', end - 2) + 1)
  if (open === -1 || open >= end - 1) return {text: raw}
  let start = open
  while (isSpace(raw[start - 1])) start--
  return {text: raw.slice(0, start), anchor: raw.slice(open + 2, end - 1)}
}

function openHeading(node: Heading, raw: string, context: Context, stack: ReadonlyArray<Open>): Open | undefined {
  const {text, anchor} = splitAnchor(raw)
  if (anchor !== undefined && !anchorPattern.test(anchor)) {
    context.report('error', messages().parser.anchor({anchor}), node.position, 'anchor-format')
  }
  if (anchor === undefined && /\{#/u.test(raw)) {
    context.report('error', messages().parser.unclosedAnchor, node.position, 'anchor-format')
  }
  const pinned = anchor !== undefined && anchorPattern.test(anchor) ? {anchor} : {}
  const appendix = appendixHeading.exec(text)?.groups
  if (appendix?.letter) {
    if (node.depth !== 2) depthWarning(node, 2, context)
    const label = appendix.label
    const result: Appendix = {
      type: 'appendix',
      letter: appendix.letter,
      ...(label ? {status: label.startsWith('规范性') ? 'normative' : 'informative'} : {}),
      ...(label ? {labelStyle: label.endsWith('附录') ? 'gbt-2000' : 'gbt-2020'} : {}),
      title: (appendix.title ?? '').trim(),
      id: appendixId(appendix.letter, pinned.anchor),
      ...pinned,
      children: [],
      ...at(node.position)
    }
    return {node: result, level: 1, blocks: []}
  }
  const clause = clauseHeading.exec(text)?.groups
  if (!clause?.number || (/^[A-Z]$/u.test(clause.number))) {
    context.report(
      'error',
      messages().parser.heading({raw}),
      node.position,
      'heading-number'
    )
    return undefined
  }
  const number = clause.number
  const title = clause.title?.trim() || undefined
  const level = number.split('.').length
  if (node.depth !== level + 1) depthWarning(node, level + 1, context)
  const chapter = stack[0]?.node
  if (level === 2 && chapter?.type === 'clause' && chapter.role === 'terms' && /^\d/u.test(number)) {
    const parts = termTitle.exec(title ?? '')?.groups
    const term: Term = {
      type: 'term',
      number,
      term: (parts?.term ?? title ?? '').trim(),
      ...(parts?.english ? {english: parts.english.trim()} : {}),
      id: termId(number, pinned.anchor),
      ...pinned,
      children: [],
      ...at(node.position)
    }
    return {node: term, level, blocks: []}
  }
  const role = level === 1 && title ? roles.find(([pattern]) => pattern.test(title))?.[1] : undefined
  const result: Clause = {
    type: 'clause',
    number,
    ...(title ? {title} : {}),
    depth: level,
    id: clauseId(number, pinned.anchor),
    ...pinned,
    ...(role ? {role} : {}),
    children: [],
    ...at(node.position)
  }
  return {node: result, level, blocks: []}
}

function depthWarning(node: Heading, expected: number, context: Context): void {
  context.report(
    'warning',
    messages().parser.headingDepth({found: '#'.repeat(node.depth), expected: '#'.repeat(expected)}),
    node.position,
    'heading-depth'
  )
}

function partitionForeword(content: ReadonlyArray<ClauseContent | ForewordContent>): [Array<ClauseContent>, Array<ForewordContent>] {
  const blocks: Array<ClauseContent> = []
  const rest: Array<ForewordContent> = []
  for (const node of content) {
    if (node.type === 'revisionHistory' || node.type === 'changeList') rest.push(node)
    else blocks.push(node)
  }
  return [blocks, rest]
}

function extendTo(node: Container): void {
  if (!('children' in node)) return
  const end = node.children.at(-1)?.position?.end
  if (node.position && end) node.position = {start: node.position.start, end}
}

/** Points every cross-reference at the id of the clause, appendix, table, figure or formula it names, where that exists. */
function resolveReferences(standard: Standard): void {
  const ids = new Map<string, string>()
  eachNode(standard, (node) => {
    if (node.type === 'clause') ids.set(`clause:${node.number}`, node.id)
    else if (node.type === 'term') ids.set(`clause:${node.number}`, node.id)
    else if (node.type === 'appendix') ids.set(`appendix:${node.letter}`, node.id)
    else if ((node.type === 'table' || node.type === 'figure' || node.type === 'formula') && node.number && node.id) ids.set(`${node.type}:${node.number}`, node.id)
  })
  eachNode(standard, (node) => {
    if (node.type !== 'crossReference') return
    const id = ids.get(`${node.kind}:${node.target}`)
    if (id) node.targetId = id
  })
}
