/**
 * Block content: Markdown paragraphs, lists and tables become the standard's
 * paragraphs, lists (列项) with their GB/T markers, notes (注), examples (示例),
 * numbered tables, normative-reference entries and the revision record.
 */
import {messages} from '@stdkit/messages'
import type {List as MdastList, ListItem as MdastListItem, RootContent, Table as MdastTable} from 'mdast'
import type {Position} from 'unist'
import {visit} from 'unist-util-visit'
import {
  designationOf,
  parseStandardNumber,
  tableId,
  type BlockContent,
  type ClauseContent,
  type ForewordContent,
  type List,
  type ListItem,
  type ListMarker,
  type NormativeReference,
  type Paragraph,
  type StandardNumber,
  type Table,
  type TableRow
} from '@stdkit/tree'
import {at, checkTableShape, span, type Context} from './context.js'
import {dropPrefix, flatten, phrasing, segmentsText, type Segment} from './phrasing.js'
import {revisionHistory} from './revision.js'

/** Where blocks stand: some constructs only exist in one place. */
export type BlockPlace = 'foreword' | 'references' | 'body'

const captionPattern = /^表(?<number>[A-Z]\.\d+|\d+)[\u3000 ]+(?<caption>\S.*)$/u
const notePattern = /^注(?<number>\d*)[：:]/u
const examplePattern = /^示例(?<number>\d*)[：:]/u
const letterItemPattern = /^(?<letter>[a-z])[)）][ \u3000]*/u
const numberItemPattern = /^(?<number>\d+)[)）][ \u3000]*/u
const referenceEntryPattern = /^[\u3000 ]+(?<title>\S.*)$/u

/** Converts the Markdown blocks of one section into the tree's content. */
export function convertBlocks(
  nodes: ReadonlyArray<RootContent>,
  place: BlockPlace,
  context: Context
): Array<ClauseContent | ForewordContent> {
  const out: Array<ClauseContent | ForewordContent> = []
  let list: List | undefined

  const addItem = (marker: ListMarker, label: string, paragraph: Paragraph): void => {
    const item: ListItem = {type: 'listItem', label, children: [paragraph], ...at(paragraph.position)}
    const parent = list?.children.at(-1)
    const nests = (marker === 'dot' && list?.marker === 'dash') || (marker === 'number' && list?.marker === 'letter')
    if (list && parent && nests) {
      const nested = parent.children[1]
      if (nested?.type === 'list') pushItem(nested, item)
      else parent.children.push(newList(marker, item))
      grow(parent, item.position)
      grow(list, item.position)
      return
    }
    if (list?.marker === marker) {
      pushItem(list, item)
      return
    }
    if (marker === 'dot') {
      context.report('warning', messages().parser.listMarker, paragraph.position, 'list-marker')
    }
    list = newList(marker, item)
    out.push(list)
  }

  /** A paragraph of the source: a list item, a table's caption (true when it takes the table `next`), a note, an example, an entry or text. */
  const addParagraph = (segments: ReadonlyArray<Segment>, position: Position | undefined, next: RootContent | undefined): boolean => {
    const raw = segmentsText(segments)
    const item = listItemStart(raw)
    if (item) {
      addItem(item.marker, item.label, paragraphOf(dropPrefix(segments, item.length), position, context))
      return false
    }
    list = undefined
    const caption = captionPattern.exec(raw)?.groups
    if (caption && next?.type === 'table') {
      out.push(table(next, context, caption.number, caption.caption, position))
      return true
    }
    // Rows of pipes that GFM did not read as a table: its delimiter row does not match its header.
    if (/^\|.*\|[ \t]*\n[ \t]*\|?[ \t]*:?-/u.test(raw)) {
      const rule = place === 'foreword' && /^\|\s*标准编号/u.test(raw) ? 'revision-table' : 'table-shape'
      context.report('error', messages().parser.tableText, position, rule)
    }
    out.push(paragraphLike(segments, raw, position, place, context))
    return false
  }

  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as RootContent
    if (node.type === 'list') {
      for (const [marker, label, paragraph, nested] of markdownListItems(node, context)) {
        addItem(marker, label, paragraph)
        if (nested) list?.children.at(-1)?.children.push(nested)
      }
      continue
    }
    if (node.type === 'paragraph') {
      const segments = flatten(node.children, context)
      const pieces = place === 'references' ? referencePieces(segments, node.position, context) : [{segments, position: node.position}]
      for (const [number, piece] of pieces.entries()) {
        if ('entry' in piece) {
          list = undefined
          out.push(piece.entry)
        } else if (addParagraph(piece.segments, piece.position, number === pieces.length - 1 ? nodes[index + 1] : undefined)) index++
      }
      continue
    }
    list = undefined
    if (node.type === 'table') {
      const header = segmentsText(flatten(node.children[0]?.children[0]?.children ?? [], context)).trim()
      if (place === 'foreword' && header === '标准编号') out.push(revisionHistory(node, context))
      else out.push(table(node, context))
      continue
    }
    out.push(...otherBlock(node, place, context))
  }
  return out
}

function paragraphLike(
  segments: ReadonlyArray<Segment>,
  raw: string,
  position: Position | undefined,
  place: BlockPlace,
  context: Context
): BlockContent | NormativeReference {
  for (const [type, pattern] of [
    ['note', notePattern],
    ['example', examplePattern]
  ] as const) {
    const match = pattern.exec(raw)
    if (!match) continue
    const number = match.groups?.number ? Number(match.groups.number) : undefined
    return {
      type,
      ...(number === undefined ? {} : {number}),
      children: phrasing(dropPrefix(segments, match[0].length), context, position),
      ...at(position)
    }
  }
  if (place === 'references') {
    const entry = normativeReference(raw, position)
    if (entry) return entry
  }
  return paragraphOf(segments, position, context)
}

/**
 * An entry of chapter 2 as real standards write it: the number, then the title
 * after spaces (full-width or not) or in 《》 — `GB/T 7714—2015　信息与文献　参考文献著录规则`,
 * `GB/T 2260  中华人民共和国行政区划代码`, `GB/T 19001—2016《质量管理体系　要求》` — or the
 * title in 《》 with the number in brackets after it; an ISO or IEC number may
 * give its year after a colon (`ISO 690:2010`). An indent before it and a `；`
 * or `。` after it are not part of it.
 */
function normativeReference(raw: string, position: Position | undefined): NormativeReference | undefined {
  const line = raw.replace(/^[ \t\u3000]+/u, '').replace(/[ \t\u3000]*[；;。.]?[ \t\u3000]*$/u, '')
  const read = numberFirst(line) ?? titleFirst(line)
  if (!read) return undefined
  const {number, title} = read
  return {
    type: 'normativeReference',
    code: number.code,
    designation: designationOf(number),
    ...(number.year === undefined ? {} : {year: number.year}),
    title,
    ...at(position)
  }
}

/** `GB/T 7714—2015　title`, `GB/T 19001—2016《title》`, `ISO 690:2010 title`. */
function numberFirst(line: string): {number: StandardNumber; title: string} | undefined {
  const parsed = parseStandardNumber(line)
  if (!parsed) return undefined
  let rest = line.slice(parsed.written.length)
  let number = parsed
  const isoYear = /^:(?<year>\d{4})(?!\d)/u.exec(rest)
  if (isoYear?.groups?.year && parsed.year === undefined && /^(?:ISO|IEC)/u.test(parsed.code)) {
    number = {...parsed, year: Number(isoYear.groups.year), written: parsed.written + isoYear[0]}
    rest = rest.slice(isoYear[0].length)
  }
  const quoted = /^[ \u3000]*《(?<title>[^》]+)》$/u.exec(rest)?.groups?.title
  const title = quoted ?? referenceEntryPattern.exec(rest)?.groups?.title
  return title ? {number, title: title.trim()} : undefined
}

/** `《title》（GB/T 22239—2019）`. */
function titleFirst(line: string): {number: StandardNumber; title: string} | undefined {
  const groups = /^《(?<title>[^》]+)》[ \u3000]*[（(](?<number>[^）)]+)[）)]$/u.exec(line)?.groups
  const number = groups?.number ? parseStandardNumber(groups.number) : undefined
  return groups?.title && number && number.written === groups.number ? {number, title: groups.title.trim()} : undefined
}

type Piece = {segments: ReadonlyArray<Segment>; position: Position | undefined} | {entry: NormativeReference}

/**
 * Chapter 2 lists one document per line: a line naming a document is an
 * entry of its own, even with no blank line before it; the lines between
 * entries stay paragraphs, read as any paragraph is.
 */
function referencePieces(segments: ReadonlyArray<Segment>, position: Position | undefined, context: Context): Array<Piece> {
  const lines = splitLines(segments)
  const places = linePositions(position, lines.length, context)
  const entries = lines.map((line, index) => normativeReference(segmentsText(line), places[index]))
  if (lines.length < 2 || !entries.some((entry) => entry !== undefined)) return [{segments, position}]
  const out: Array<Piece> = []
  let run: Array<number> = []
  const closeRun = (): void => {
    const first = run[0]
    const last = run.at(-1)
    if (first === undefined || last === undefined) return
    const joined = run.flatMap((index, number) => [...(number > 0 ? [{value: '\n'}] : []), ...(lines[index] ?? [])])
    const start = places[first]?.start
    const end = places[last]?.end
    out.push({segments: joined, position: start && end ? {start, end} : position})
    run = []
  }
  entries.forEach((entry, index) => {
    if (entry === undefined) {
      run.push(index)
      return
    }
    closeRun()
    out.push({entry})
  })
  closeRun()
  return out
}

/** Segments split at line breaks, each line keeping the source offsets of its text. */
function splitLines(segments: ReadonlyArray<Segment>): Array<Array<Segment>> {
  let line: Array<Segment> = []
  const lines = [line]
  for (const segment of segments) {
    let start = segment.start
    segment.value.split('\n').forEach((part, index) => {
      if (index > 0) {
        line = []
        lines.push(line)
      }
      if (part !== '') line.push({value: part, start})
      if (start !== undefined) start += part.length + 1
    })
  }
  return lines
}

/** Where each of a paragraph's `count` lines is in the source; the paragraph's place when they cannot be told apart. */
function linePositions(position: Position | undefined, count: number, context: Context): Array<Position | undefined> {
  const start = position?.start.offset
  const end = position?.end.offset
  const texts = start === undefined || end === undefined ? [] : context.source.slice(start, end).split('\n')
  if (start === undefined || texts.length !== count) return Array.from({length: count}, () => position)
  let offset = start
  return texts.map((text) => {
    const place = span(context, offset, offset + text.length)
    offset += text.length + 1
    return place
  })
}

function listItemStart(raw: string): {marker: ListMarker; label: string; length: number} | undefined {
  if (raw.startsWith('——')) return {marker: 'dash', label: '——', length: 2}
  if (raw.startsWith('·')) return {marker: 'dot', label: '·', length: 1}
  const letter = letterItemPattern.exec(raw)
  if (letter?.groups?.letter) return {marker: 'letter', label: `${letter.groups.letter})`, length: letter[0].length}
  const number = numberItemPattern.exec(raw)
  if (number?.groups?.number) return {marker: 'number', label: `${number.groups.number})`, length: number[0].length}
  return undefined
}

/** Items of a Markdown list: ordered lists are `1)` items, bullet lists `——` items (`·` when nested). */
function markdownListItems(
  node: MdastList,
  context: Context,
  nested = false
): Array<[ListMarker, string, Paragraph, List | undefined]> {
  const marker: ListMarker = node.ordered ? 'number' : nested ? 'dot' : 'dash'
  const start = node.start ?? 1
  return node.children.map((item: MdastListItem, index) => {
    const label = marker === 'number' ? `${start + index})` : marker === 'dot' ? '·' : '——'
    const segments: Array<Segment> = []
    let sublist: List | undefined
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        if (segments.length > 0) segments.push({value: '\n'})
        segments.push(...flatten(child.children, context))
      } else if (child.type === 'list') {
        const items = markdownListItems(child, context, true)
        for (const [childMarker, childLabel, paragraph, deeper] of items) {
          if (deeper) {
            context.report('error', messages().parser.listDepth, deeper.position, 'list-depth')
          }
          const entry: ListItem = {type: 'listItem', label: childLabel, children: [paragraph], ...at(paragraph.position)}
          if (sublist) pushItem(sublist, entry)
          else sublist = newList(childMarker, entry)
        }
      } else {
        // A list item of the tree holds text and one nested list: anything else would be lost by every writer.
        context.report('error', messages().parser.inListItem({type: child.type}), child.position, 'markdown-construct')
      }
    }
    return [marker, label, paragraphOf(segments, item.position, context), sublist]
  })
}

function otherBlock(node: RootContent, place: BlockPlace, context: Context): Array<ClauseContent> {
  switch (node.type) {
    case 'html': {
      // Not read from a source (see literal.ts); text should a tree hold one.
      return [paragraphOf([{value: node.value}], node.position, context)]
    }
    case 'code': {
      // Its lines run together in the paragraph: no rewrite may take it as the source's text (see `code-block`).
      context.report('warning', messages().parser.codeBlock, node.position, 'code-block')
      return [paragraphOf([{value: node.value}], node.position, context)]
    }
    case 'blockquote': {
      context.report('warning', messages().parser.blockQuote, node.position, 'markdown-construct')
      return convertBlocks(node.children, place, context) as Array<ClauseContent>
    }
    default: {
      // Leaving out a rule (---) loses nothing; leaving out text loses it for good.
      const severity = hasText(node) ? 'error' : 'warning'
      context.report(severity, messages().parser.blockLeftOut({type: node.type}), node.position, 'markdown-construct')
      return []
    }
  }
}

function hasText(node: RootContent): boolean {
  let found = false
  visit(node, (child) => {
    if ('value' in child && typeof child.value === 'string' && child.value.trim() !== '') found = true
  })
  return found
}

function table(
  node: MdastTable,
  context: Context,
  number?: string,
  caption?: string,
  captionPosition?: Position
): Table {
  checkTableShape(node, context, 'table-shape')
  const rows: Array<TableRow> = node.children.map((row) => ({
    type: 'tableRow',
    children: row.children.map((cell) => ({
      type: 'tableCell',
      children: phrasing(flatten(cell.children, context), context, cell.position),
      ...at(cell.position)
    })),
    ...at(row.position)
  }))
  const start = captionPosition?.start ?? node.position?.start
  const end = node.position?.end
  return {
    type: 'table',
    headerRows: 1,
    ...(number === undefined ? {} : {number, id: tableId(number)}),
    ...(caption === undefined ? {} : {caption: caption.trim()}),
    children: rows,
    ...(start && end ? {position: {start, end}} : {})
  }
}

function paragraphOf(segments: ReadonlyArray<Segment>, position: Position | undefined, context: Context): Paragraph {
  return {type: 'paragraph', children: phrasing(segments, context, position), ...at(position)}
}

function newList(marker: ListMarker, item: ListItem): List {
  return {type: 'list', marker, children: [item], ...at(item.position)}
}

function pushItem(list: List, item: ListItem): void {
  list.children.push(item)
  grow(list, item.position)
}

function grow(node: {position?: Position | undefined}, position: Position | undefined): void {
  if (node.position && position) node.position = {start: node.position.start, end: position.end}
}
