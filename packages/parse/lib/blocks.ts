/**
 * Block content: Markdown paragraphs, lists and tables become the standard's
 * paragraphs, lists (列项) with their GB/T markers, notes (注), examples (示例),
 * numbered tables, normative-reference entries and the revision record.
 */
import {messages} from '@stdkit/messages'
import type {List as MdastList, ListItem as MdastListItem, Paragraph as MdastParagraph, RootContent, Table as MdastTable} from 'mdast'
import type {Position} from 'unist'
import {visit} from 'unist-util-visit'
import {
  designationOf,
  figureId,
  formulaId,
  parseStandardNumber,
  tableId,
  type BibliographyEntry,
  type BlockContent,
  type Code,
  type DefinitionItem,
  type DefinitionList,
  type Figure,
  type Formula,
  type Image,
  type Note,
  type PhrasingContent,
  type TableCell,
  type TableFootnote,
  type TermSource,
  toText,
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
import {atomMark, dropPrefix, flatten, phrasing, plainText, segmentsText, takePrefix, type Segment} from './phrasing.js'
import {revisionHistory} from './revision.js'

/** Where blocks stand: some constructs only exist in one place. */
export type BlockPlace = 'foreword' | 'references' | 'body' | 'term' | 'symbols' | 'bibliography'

const captionPattern = /^表(?<number>[A-Z]\.\d+|\d+)[\u3000 ]+(?<caption>\S.*)$/u
const notePattern = /^注(?<number>\d*)[：:]/u
const entryNotePattern = /^注(?<number>\d*)到条目[：:]/u
const figureCaptionPattern = /^图(?<number>[A-Z]\.\d+|\d+)[\u3000 ]+(?<caption>\S.*)$/u
const subfigurePattern = /^(?<label>[a-z][)）])[\u3000 ]+(?<caption>\S.*)$/u
const formulaNumberPattern = /^[（(](?<number>[A-Z]\.\d+|\d+)[）)]$/u
const sourcePattern = /^[[［]来源[：:](?<source>.*)[\]］]$/su
const bibliographyLabelPattern = /^(?<label>\[\d+\])[\u3000 ]*/u
const symbolPattern = /^(?<symbol>[^\s\u3000]+)(?:\u3000+|[ \t]{2,}|——)[ \u3000]*(?=\S)/u
const imagePathPattern = /\.(?:png|jpe?g|svg)$/iu
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

  /** The notes and footnotes right after the table last written, taken into it; the index of the last block taken. */
  const tableNotes = (index: number): number => {
    const owner = out.at(-1)
    if (owner?.type !== 'table') return index
    let next = index + 1
    for (let node = nodes[next]; node?.type === 'paragraph'; node = nodes[++next]) {
      const part = notePart(flatten(node.children, context), node.position, context)
      if (!part) break
      owner.children.push(part)
      grow(owner, part.position)
    }
    return next - 1
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
    if (node.type === 'paragraph' && place !== 'references') {
      const figure = readFigure(nodes, index, context)
      if (figure) {
        list = undefined
        out.push(figure.node)
        index = figure.last
        continue
      }
      if (isDisplayMath(node, context)) {
        list = undefined
        const math = node.children[0] as {value: string}
        out.push({type: 'formula', value: math.value, ...at(node.position)})
        index = whereList(nodes, index, out, context)
        continue
      }
    }
    if (node.type === 'paragraph' && (place === 'symbols' || place === 'bibliography')) {
      const segments = flatten(node.children, context)
      const read = place === 'symbols' ? symbolsParagraph(segments, node.position, context) : bibliographyEntry(segments, node.position, context)
      if (read) {
        list = undefined
        const previous = out.at(-1)
        if (read.type === 'definitionList' && previous?.type === 'definitionList' && previous.kind === 'symbols') {
          previous.children.push(...read.children)
          grow(previous, read.position)
        } else out.push(read as BlockContent)
        continue
      }
    }
    if (node.type === 'paragraph') {
      const segments = flatten(node.children, context)
      const pieces = place === 'references' ? referencePieces(segments, node.position, context) : [{segments, position: node.position}]
      for (const [number, piece] of pieces.entries()) {
        if ('entry' in piece) {
          list = undefined
          out.push(piece.entry)
        } else if (addParagraph(piece.segments, piece.position, number === pieces.length - 1 ? nodes[index + 1] : undefined)) index = tableNotes(index + 1)
      }
      continue
    }
    list = undefined
    if (node.type === 'table') {
      const header = segmentsText(flatten(node.children[0]?.children[0]?.children ?? [], context)).trim()
      if (place === 'foreword' && header === '标准编号') out.push(revisionHistory(node, context))
      else {
        out.push(table(node, context))
        index = tableNotes(index)
      }
      continue
    }
    if (node.type === 'math') {
      out.push(formula(node, context))
      index = whereList(nodes, index, out, context)
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
  if (place === 'term') {
    const toEntry = entryNotePattern.exec(raw)
    if (toEntry) {
      const number = toEntry.groups?.number ? Number(toEntry.groups.number) : undefined
      return {type: 'note', ...(number === undefined ? {} : {number}), toEntry: true, children: phrasing(dropPrefix(segments, toEntry[0].length), context, position), ...at(position)} as Note
    }
    const source = termSource(segments, raw, position, context)
    if (source) return source as unknown as BlockContent
  }
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
    if (segment.node) {
      line.push(segment)
      continue
    }
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
      const code: Code = {type: 'code', ...(node.lang ? {lang: node.lang} : {}), value: node.value, ...at(node.position)}
      return [code]
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
  // Where each column's cell of the row above and of this row came from: merged cells grow the cell they belong to.
  let above: Array<TableCell | undefined> = []
  const rows: Array<TableRow> = []
  let headerRows = 1
  // The row each cell is written in: `<` merges only into a cell of its own row.
  const origins = new Map<TableCell, number>()
  // The column each cell starts at: `^` under a cell spanning columns starts under its first column.
  const starts = new Map<TableCell, number>()
  node.children.forEach((row, rowIndex) => {
    const owners: Array<TableCell | undefined> = []
    const cells: Array<TableCell> = []
    const grown = new Set<TableCell>()
    let merged = 0
    row.children.forEach((cell, column) => {
      const mark = mergeMark(cell.children, context)
      const left = owners[column - 1]
      const up = above[column]
      if (mark === '<' && left && origins.get(left) === rowIndex) {
        left.colSpan = (left.colSpan ?? 1) + 1
        owners[column] = left
        merged++
        return
      }
      if (mark === '^' && up && (starts.get(up) === column || owners[column - 1] === up)) {
        // A cell under a cell spanning columns grows it once, at the span's first column.
        if (owners[column - 1] !== up) {
          up.rowSpan = (up.rowSpan ?? 1) + 1
          grown.add(up)
        }
        owners[column] = up
        merged++
        return
      }
      if (mark) context.report('error', messages().parser.tableSpan({kind: mark === '<' ? 'left' : 'above'}), cell.position, 'table-span')
      const result: TableCell = {type: 'tableCell', children: cellContent(cell, context), ...at(cell.position)}
      owners[column] = result
      origins.set(result, rowIndex)
      starts.set(result, column)
      cells.push(result)
    })
    if (rowIndex === 0 && merged === 0 && cells.every((cell) => cell.children.length === 0)) {
      headerRows = 0
      above = []
      return
    }
    // A cell spanning columns continues below only with `^` under each of them.
    for (const cell of grown) {
      const start = starts.get(cell) ?? 0
      for (let column = start; column < start + (cell.colSpan ?? 1); column++) {
        if (owners[column] !== cell) {
          context.report('error', messages().parser.tableSpan({kind: 'above'}), row.children[column]?.position ?? row.position, 'table-span')
          break
        }
      }
    }
    if (cells.length === 0 && merged > 0) context.report('error', messages().parser.tableSpan({kind: 'row'}), row.position, 'table-span')
    rows.push({type: 'tableRow', children: cells, ...at(row.position)})
    above = owners
  })
  const start = captionPosition?.start ?? node.position?.start
  const end = node.position?.end
  return {
    type: 'table',
    headerRows,
    ...(number === undefined ? {} : {number, id: tableId(number)}),
    ...(caption === undefined ? {} : {caption: caption.trim()}),
    children: rows,
    ...(start && end ? {position: {start, end}} : {})
  }
}

/** `<` or `^` when a cell holds only that mark, as written (`\\<` and `\\^` are the characters). */
function mergeMark(children: ReadonlyArray<{type: string; position?: Position | undefined}>, context: Context): '<' | '^' | undefined {
  const only = children.length === 1 ? children[0] : undefined
  const start = only?.position?.start.offset
  const end = only?.position?.end.offset
  if (only?.type !== 'text' || start === undefined || end === undefined) return undefined
  const source = context.source.slice(start, end).trim()
  return source === '<' || source === '^' ? source : undefined
}

const breakPattern = /<br[ \t]*\/?>/giu

/** A cell's text, each `<br>` (`<br/>`, `<br />`) a line break. */
function cellContent(cell: MdastTable['children'][number]['children'][number], context: Context): Array<PhrasingContent> {
  const start = cell.position?.start.offset
  const end = cell.position?.end.offset
  const escaped = start !== undefined && end !== undefined && /\\<br/iu.test(context.source.slice(start, end))
  const segments: Array<Segment> = []
  for (const segment of flatten(cell.children, context)) {
    // A segment not placed in the source may hold `\<br>`, the characters: it is split only when the cell writes none.
    if (segment.node || (segment.start === undefined && escaped)) {
      segments.push(segment)
      continue
    }
    let last = 0
    for (const match of segment.value.matchAll(breakPattern)) {
      const from = segment.start === undefined ? undefined : segment.start + match.index
      segments.push({value: segment.value.slice(last, match.index), start: segment.start === undefined ? undefined : segment.start + last})
      const place = from === undefined ? undefined : span(context, from, from + match[0].length)
      segments.push({value: atomMark, node: {type: 'break', ...at(place)}})
      last = match.index + match[0].length
    }
    segments.push({value: segment.value.slice(last), start: segment.start === undefined ? undefined : segment.start + last})
  }
  return phrasing(segments.filter((segment) => segment.value !== ''), context, cell.position)
}

/** A note (`注：`, `注1：`) or a footnote (`^a^　…`) of a table or figure. */
function notePart(segments: ReadonlyArray<Segment>, position: Position | undefined, context: Context): Note | TableFootnote | undefined {
  const raw = segmentsText(segments)
  const note = notePattern.exec(raw)
  if (note) {
    const number = note.groups?.number ? Number(note.groups.number) : undefined
    return {type: 'note', ...(number === undefined ? {} : {number}), children: phrasing(dropPrefix(segments, note[0].length), context, position), ...at(position)}
  }
  const first = segments[0]?.node
  if (first?.type === 'superscript' && /^[a-z]$/u.test(toText(first)) && /^[\u3000 ]/u.test(raw.slice(1))) {
    return {type: 'tableFootnote', label: toText(first), children: phrasing(dropPrefix(segments, 1), context, position), ...at(position)}
  }
  return undefined
}

/** Whether a paragraph holds only an image, and on a second line a sub-figure's label and title. */
function imageParagraph(node: RootContent | undefined, context: Context): Image | undefined {
  if (node?.type !== 'paragraph') return undefined
  const [first, ...rest] = node.children
  if (first?.type !== 'image') return undefined
  if (rest.some((child) => child.type !== 'text' && child.type !== 'break')) return undefined
  const after = plainText(flatten(rest, context)).trim()
  const sub = after === '' ? undefined : subfigurePattern.exec(after)?.groups
  if (after !== '' && !sub) return undefined
  const url = first.url
  if (!isImagePath(url)) context.report('error', messages().parser.imagePath({url}), first.position, 'image-path')
  return {
    type: 'image',
    url,
    alt: first.alt ?? '',
    ...(sub?.label ? {label: sub.label.replace('）', ')')} : {}),
    ...(sub?.caption ? {caption: sub.caption.trim()} : {}),
    ...at(node.position)
  }
}

/** A relative path inside the standard's folder, `/` separated, to a PNG, JPEG or SVG file. */
function isImagePath(url: string): boolean {
  if (url === '' || /^[a-z][a-z\d+.-]*:/iu.test(url) || url.startsWith('/') || url.includes('\\') || !imagePathPattern.test(url)) return false
  let depth = 0
  for (const part of url.split('/')) {
    if (part === '..') depth--
    else if (part !== '.' && part !== '') depth++
    if (depth < 0) return false
  }
  return true
}

/**
 * A figure from the image paragraph at `index`: its images (sub-figures), key
 * (`说明：`), notes and footnotes, up to its caption `图1　标题`. Images that no
 * caption follows are an unnumbered figure of their own.
 */
function readFigure(nodes: ReadonlyArray<RootContent>, index: number, context: Context): {node: Figure; last: number} | undefined {
  const images: Array<Image> = []
  let next = index
  for (let image = imageParagraph(nodes[next], context); image; image = imageParagraph(nodes[++next], context)) images.push(image)
  if (images.length === 0) return undefined
  const afterImages = next
  const parts: Array<Figure['children'][number]> = []
  const key = definitionRun(nodes, next, /^说明[：:]$/u, 'key', context)
  if (key) {
    parts.push(key.list)
    next = key.last + 1
  }
  for (let node = nodes[next]; node?.type === 'paragraph'; node = nodes[++next]) {
    const part = notePart(flatten(node.children, context), node.position, context)
    if (!part) break
    parts.push(part)
  }
  const last = nodes[next]
  const caption = last?.type === 'paragraph' ? figureCaptionPattern.exec(plainText(flatten(last.children, context)).trim())?.groups : undefined
  if (!caption?.number || !caption.caption) {
    const end = images.at(-1)?.position?.end
    const start = images[0]?.position?.start
    context.report('warning', messages().parser.figureCaption, images[0]?.position, 'figure-caption')
    return {node: {type: 'figure', children: images, ...(start && end ? {position: {start, end}} : {})}, last: afterImages - 1}
  }
  const start = images[0]?.position?.start
  const end = last?.position?.end
  return {
    node: {
      type: 'figure',
      number: caption.number,
      caption: caption.caption.trim(),
      id: figureId(caption.number),
      children: [...images, ...parts],
      ...(start && end ? {position: {start, end}} : {})
    },
    last: next
  }
}

/** Whether a paragraph holds only a formula between double dollars on one line (`$$R = U/I$$`). */
function isDisplayMath(node: MdastParagraph, context: Context): boolean {
  const [only, ...rest] = node.children
  const start = only?.position?.start.offset
  return rest.length === 0 && only?.type === 'inlineMath' && start !== undefined && context.source.startsWith('$$', start)
}

/** A display formula, numbered by its fence's meta `（1）`. */
function formula(node: {value: string; meta?: string | null | undefined; position?: Position | undefined}, context: Context): Formula {
  const meta = (node.meta ?? '').trim()
  const number = formulaNumberPattern.exec(meta)?.groups?.number
  if (meta !== '' && !number) context.report('error', messages().parser.formulaNumber({meta}), node.position, 'formula-number')
  return {type: 'formula', value: node.value, ...(number ? {number, id: formulaId(number)} : {}), ...at(node.position)}
}

/** The `式中：` list right after a formula, taken into `out`; the index of the last block taken. */
function whereList(nodes: ReadonlyArray<RootContent>, index: number, out: Array<ClauseContent | ForewordContent>, context: Context): number {
  const run = definitionRun(nodes, index + 1, /^式中[：:]$/u, 'where', context)
  if (!run) return index
  out.push(run.list)
  return run.last
}

interface Line {
  segments: Array<Segment>
  position: Position | undefined
}

/** The lines of a paragraph with their places. */
function paragraphLines(node: MdastParagraph, context: Context): Array<Line> {
  const lines = splitLines(flatten(node.children, context))
  const places = linePositions(node.position, lines.length, context)
  return lines.map((segments, index) => ({segments, position: places[index]}))
}

/**
 * A definition list from the paragraph at `index`, which starts with its lead
 * (`说明：`, `式中：`), as a paragraph of its own or as its first line: the
 * entries `symbol——explanation；` that follow, one per paragraph or line.
 */
function definitionRun(
  nodes: ReadonlyArray<RootContent>,
  index: number,
  lead: RegExp,
  kind: DefinitionList['kind'],
  context: Context
): {list: DefinitionList; last: number} | undefined {
  const first = nodes[index]
  if (first?.type !== 'paragraph') return undefined
  const [head, ...rest] = paragraphLines(first, context)
  if (!head || !lead.test(plainText(head.segments).trim())) return undefined
  const items: Array<DefinitionItem> = []
  const entries = rest.map((line) => definitionItem(line, context))
  if (entries.some((entry) => entry === undefined)) return undefined
  items.push(...(entries as Array<DefinitionItem>))
  let last = index
  for (let node = nodes[last + 1]; node?.type === 'paragraph'; node = nodes[++last + 1]) {
    const read = paragraphLines(node, context).map((line) => definitionItem(line, context))
    if (read.length === 0 || read.some((entry) => entry === undefined)) break
    items.push(...(read as Array<DefinitionItem>))
  }
  const start = first.position?.start
  const end = (nodes[last] as RootContent).position?.end
  return {list: {type: 'definitionList', kind, children: items, ...(start && end ? {position: {start, end}} : {})}, last}
}

/** `symbol——explanation；`, the final punctuation kept in the explanation. */
function definitionItem(line: Line, context: Context): DefinitionItem | undefined {
  const raw = segmentsText(line.segments)
  const dash = raw.indexOf('——')
  if (dash <= 0 || raw.slice(0, dash).trim() === '' || raw.slice(dash + 2).trim() === '') return undefined
  return item(takePrefix(line.segments, dash), dropPrefix(line.segments, dash + 2), line.position, context)
}

function item(term: Array<Segment>, description: Array<Segment>, position: Position | undefined, context: Context): DefinitionItem {
  const trimmed = trimEnd(term)
  return {
    type: 'definitionItem',
    children: [
      {type: 'definitionTerm', children: phrasing(trimmed, context, position), ...at(position)},
      {type: 'definitionDescription', children: phrasing(description, context, position), ...at(position)}
    ],
    ...at(position)
  }
}

function trimEnd(segments: ReadonlyArray<Segment>): Array<Segment> {
  const result = [...segments]
  const last = result.at(-1)
  if (last && !last.node) result[result.length - 1] = {...last, value: last.value.replace(/[ \t\u3000]+$/u, '')}
  return result
}

/** A paragraph of a symbols or abbreviations chapter whose every line is `ETS　接地端子系统`. */
function symbolsParagraph(segments: ReadonlyArray<Segment>, position: Position | undefined, context: Context): DefinitionList | undefined {
  const lines = splitLines(segments)
  const places = linePositions(position, lines.length, context)
  const items: Array<DefinitionItem> = []
  for (const [index, line] of lines.entries()) {
    const match = symbolPattern.exec(segmentsText(line))
    if (!match?.groups?.symbol) return undefined
    items.push(item(takePrefix(line, match.groups.symbol.length), dropPrefix(line, match[0].length), places[index], context))
  }
  return items.length === 0 ? undefined : {type: 'definitionList', kind: 'symbols', children: items, ...at(position)}
}

/** An entry of the bibliography: `[1]　…`, or a paragraph without a label. */
function bibliographyEntry(segments: ReadonlyArray<Segment>, position: Position | undefined, context: Context): BibliographyEntry {
  const raw = segmentsText(segments)
  const label = bibliographyLabelPattern.exec(raw)
  const start = position?.start.offset
  // `\[1]` is the characters: an entry without a label.
  if (label?.groups?.label && !(start !== undefined && context.source[start] === '\\')) {
    return {type: 'bibliographyEntry', label: label.groups.label, children: phrasing(dropPrefix(segments, label[0].length), context, position), ...at(position)}
  }
  return {type: 'bibliographyEntry', children: phrasing(segments, context, position), ...at(position)}
}

/** The source of a term entry: `[来源：GB/T 20000.1—2014，3.1，有修改]` (not `\[来源：…`, the characters). */
function termSource(segments: ReadonlyArray<Segment>, raw: string, position: Position | undefined, context: Context): TermSource | undefined {
  const match = sourcePattern.exec(raw.trim())
  const start = position?.start.offset
  if (!match?.groups || (start !== undefined && context.source[start] === '\\')) return undefined
  const lead = raw.indexOf('来源') + 3
  let text = match.groups.source ?? ''
  const modified = /[，,][ \u3000]*有修改$/u.exec(text)
  if (modified) text = text.slice(0, modified.index)
  const inner = takePrefix(dropPrefix(segments, lead), text.trimStart().length)
  return {type: 'termSource', ...(modified ? {modified: true} : {}), children: phrasing(inner, context, position), ...at(position)}
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
