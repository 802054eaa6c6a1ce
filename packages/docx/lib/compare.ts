/**
 * A comparison as a Word document: a page summarising it, then the newer
 * edition's cover and text with every difference from the older edition as
 * the word processor's own revisions — words inserted and deleted as the
 * differ cuts them, whole paragraphs, list items, table rows and provisions
 * inserted or deleted with their paragraph marks and rows, moved provisions
 * as moves. Accepting every revision gives the newer edition's text,
 * rejecting every one the older's; a provision's new number is written
 * plainly, for a renumbering is no change of the text.
 *
 * Both editions are laid out by the edition's own handlers, unit by unit (a
 * provision's heading and its own text), in the order the comparison puts
 * them; the revisions are then written into the document's XML, where the
 * two sides of each provision are aligned paragraph by paragraph and row by
 * row, and changed paragraphs word by word.
 */
import {AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild, type ISectionOptions} from 'docx'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'
import {comparisonReport, definedTerms, diffText, similarity, withVocabulary, type StandardDiff} from '@stdkit/diff'
import {documentWords} from '@stdkit/messages'
import {printedNumber, type CrossReference, type Node, type RevisionHistory, type Standard, type Term} from '@stdkit/tree'
import {blocks, cover, deterministic, editionDate, editionState, page, type DocxOptions, type State} from './render.js'
import {fonts, paragraphStyles, style} from './styles.js'

export interface ComparisonDocxOptions {
  /** Reads an image of the newer edition, by its `url` relative to its source. */
  readImage?: DocxOptions['readImage']
  /** Reads an image of the older edition, by its `url` relative to its source. */
  readOlderImage?: DocxOptions['readImage']
}

/** What the comparison is made from: the diff of the two editions and both trees. */
export interface ComparisonDocxInput {
  diff: StandardDiff
  older: Standard
  newer: Standard
}

/** A piece of an edition laid out on its own: a provision's heading with its own text, or a block of the front or back matter. */
interface Unit {
  key: string
  nodes: Array<Node>
  /** Inside an appendix. */
  appendix: boolean
  /** In the front matter (foreword, introduction), paged I, II … */
  front: boolean
  /** A provision the diff names (clause, term, appendix, bibliography), paired by the diff rather than by its key. */
  provision: boolean
}

const provisionTypes = new Set(['clause', 'term', 'appendix'])

/** An edition as units, in its order. */
function unitsOf(tree: Standard): Array<Unit> {
  const out: Array<Unit> = []
  const counts = new Map<string, number>()
  const visit = (node: Node, appendix: boolean): void => {
    const id = (node as Node & {id: string}).id
    const inner = appendix || node.type === 'appendix'
    let own: Array<Node> = []
    let part = 0
    // A provision's heading and the text before its first sub-provision; text after one is a unit of its own.
    const flush = (): void => {
      if (part === 0) out.push({key: id, nodes: [{...node, children: own} as Node], appendix, front: false, provision: true})
      else if (own.length > 0) out.push({key: `${id}~${part}`, nodes: own, appendix: inner, front: false, provision: true})
      own = []
      part++
    }
    for (const child of (node as Node & {children?: Array<Node>}).children ?? []) {
      if (provisionTypes.has(child.type)) {
        flush()
        visit(child, inner)
      } else own.push(child)
    }
    flush()
  }
  for (const child of tree.children) {
    if (child.type === 'foreword' || child.type === 'introduction') out.push({key: child.type, nodes: [child], appendix: false, front: true, provision: false})
    else if (provisionTypes.has(child.type) || child.type === 'bibliography') visit(child, false)
    else {
      const count = counts.get(child.type) ?? 0
      counts.set(child.type, count + 1)
      out.push({key: `${child.type}:${count}`, nodes: [child], appendix: false, front: false, provision: false})
    }
  }
  return out
}

/** What the comparison places: a unit on both sides, or on one. */
type Item =
  | {kind: 'pair'; old: Unit; new: Unit}
  | {kind: 'insert' | 'moveTo'; new: Unit; move?: number}
  | {kind: 'delete'; old: Unit}
  | {kind: 'moveFrom'; old: Unit; move: number; new: Unit}

/**
 * The units of both editions in one order: the newer edition's, with each
 * older unit that has no counterpart where it stood, and a provision that
 * moved in both places, once as moved from and once as moved to.
 */
function merge(diff: StandardDiff, older: Array<Unit>, newer: Array<Unit>): Array<Item> {
  const partnerIds = new Map<string, {id: string; moved: boolean}>()
  for (const change of diff.provisions) if (change.old && change.new) partnerIds.set(change.old.id, {id: change.new.id, moved: change.kinds.includes('moved')})
  const newIndex = new Map(newer.map((unit, index) => [unit.key, index]))
  const partner = (unit: Unit): {index: number; moved: boolean} | undefined => {
    if (!unit.provision) {
      const index = newIndex.get(unit.key)
      return index === undefined || newer[index]?.provision ? undefined : {index, moved: false}
    }
    const [base = '', suffix] = unit.key.split('~')
    const found = partnerIds.get(base)
    const index = found && newIndex.get(suffix === undefined ? found.id : `${found.id}~${suffix}`)
    return found && index !== undefined ? {index, moved: found.moved} : undefined
  }
  const oldToNew = older.map(partner)
  // The pairs that keep their order: the longest run of them rising in both editions; the rest moved.
  const candidates = oldToNew.flatMap((found, oldIndex) => (found && !found.moved ? [{oldIndex, newIndex: found.index}] : []))
  const kept = longestRising(candidates)
  const newToOld = new Map<number, number>()
  for (const pair of kept) newToOld.set(pair.newIndex, pair.oldIndex)
  const moves = new Map<number, number>()
  const moveOf = (newIndexOfMove: number): number => {
    if (!moves.has(newIndexOfMove)) moves.set(newIndexOfMove, moves.size + 1)
    return moves.get(newIndexOfMove) as number
  }
  const out: Array<Item> = []
  let next = 0
  const emitOld = (oldIndex: number): void => {
    const unit = older[oldIndex] as Unit
    const found = oldToNew[oldIndex]
    if (found && !newToOld.has(found.index)) out.push({kind: 'moveFrom', old: unit, move: moveOf(found.index), new: newer[found.index] as Unit})
    else out.push({kind: 'delete', old: unit})
  }
  newer.forEach((unit, index) => {
    const oldIndex = newToOld.get(index)
    if (oldIndex === undefined) {
      const from = oldToNew.findIndex((found) => found?.index === index)
      out.push(from >= 0 ? {kind: 'moveTo', new: unit, move: moveOf(index)} : {kind: 'insert', new: unit})
      return
    }
    while (next < oldIndex) emitOld(next++)
    next = oldIndex + 1
    out.push({kind: 'pair', old: older[oldIndex] as Unit, new: unit})
  })
  while (next < older.length) emitOld(next++)
  return out
}

/** The longest subsequence of pairs (in older order) whose newer indexes rise. */
function longestRising<Pair extends {newIndex: number}>(pairs: ReadonlyArray<Pair>): Array<Pair> {
  const tails: Array<number> = []
  const previous: Array<number> = []
  pairs.forEach((pair, index) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((pairs[tails[middle] as number] as Pair).newIndex < pair.newIndex) low = middle + 1
      else high = middle
    }
    previous[index] = low > 0 ? (tails[low - 1] as number) : -1
    tails[low] = index
  })
  const out: Array<Pair> = []
  for (let index = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; index >= 0; index = previous[index] as number) out.unshift(pairs[index] as Pair)
  return out
}

/** The older side of a pair with the newer side's number: a renumbering is no revision. */
function numbered(old: Unit, now: Unit): Array<Node> {
  const [first, ...rest] = old.nodes
  const counterpart = now.nodes[0] as Node & {number?: string; letter?: string}
  if (!first || first.type !== counterpart.type || !old.provision || old.key.includes('~')) return old.nodes
  if (first.type === 'appendix') return [{...first, letter: counterpart.letter} as Node, ...rest]
  if (first.type === 'clause' || first.type === 'term') return [{...first, number: counterpart.number} as Node, ...rest]
  return old.nodes
}

/**
 * The older edition with its references to renumbered provisions written
 * with their new numbers: a renumbering is no revision, in the heading nor
 * where the text refers to it.
 */
function withNewNumbers(older: Standard, diff: StandardDiff): Standard {
  const numbers = new Map(diff.provisions.flatMap((change) => (change.old && change.new && change.old.number !== change.new.number ? [[change.old.id, change.new.number] as const] : [])))
  if (numbers.size === 0) return older
  const visit = (node: Node): Node => {
    if (node.type === 'crossReference') {
      const reference = node as CrossReference
      const number = reference.targetId === undefined ? undefined : numbers.get(reference.targetId)
      if (number === undefined) return node
      const old = new RegExp(`(?<![\\dA-Z.])${reference.target.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\d.])`, 'gu')
      return {...reference, target: number, children: reference.children.map((child) => ({...child, value: child.value.replace(old, number)}))} as Node
    }
    const children = (node as Node & {children?: Array<Node>}).children
    return children ? ({...node, children: children.map(visit)} as Node) : node
  }
  return visit(older) as Standard
}

/** Who revised the newer edition: its record row's departments, else the foreword's departments or drafters, else its issuer. */
export function revisionAuthor(tree: Standard): string {
  const foreword = tree.children.find((child) => child.type === 'foreword')
  const history = foreword?.children.find((child): child is RevisionHistory => child.type === 'revisionHistory')
  const row = history?.children.find((record) => record.number === tree.cover.number) ?? history?.children.at(-1)
  const candidates = [row?.departments, foreword?.fields.departments, foreword?.fields.drafters, row?.revisers, tree.cover.issuers, tree.cover.issuer ? [tree.cover.issuer] : undefined]
  const names = candidates.find((list) => list !== undefined && list.length > 0)
  return names ? names.join('、') : tree.cover.code
}

/** What a segment of the laid-out document becomes. */
type Segment = {kind: 'plain' | 'old' | 'new' | 'insert' | 'delete' | 'end'} | {kind: 'moveFrom' | 'moveTo'; move: number}

const markerChar = '\uE000'

/** Renders a comparison as a .docx with real revisions: the same input gives the same bytes. */
export async function renderComparisonDocx(input: ComparisonDocxInput, options: ComparisonDocxOptions = {}): Promise<Uint8Array> {
  const {diff, older, newer} = input
  const newState = await editionState(newer, options.readImage)
  const oldState = await editionState(older, options.readOlderImage)
  const author = revisionAuthor(newer)
  const date = editionDate(newer)
  const segments: Array<Segment> = []
  const marker = (segment: Segment): Paragraph => {
    segments.push(segment)
    return new Paragraph({children: [new TextRun(`${markerChar}${segments.length - 1}`)]})
  }
  const lay = (nodes: ReadonlyArray<Node>, state: State, unit: Unit): Array<FileChild> => blocks(nodes, {...state, appendix: unit.appendix})
  const items = merge(diff, unitsOf(withNewNumbers(older, diff)), unitsOf(newer))
  const render = (item: Item): Array<FileChild> => {
    switch (item.kind) {
      case 'pair':
        return [marker({kind: 'old'}), ...lay(numbered(item.old, item.new), oldState, item.old), marker({kind: 'new'}), ...lay(item.new.nodes, newState, item.new)]
      case 'insert':
        return [marker({kind: 'insert'}), ...lay(item.new.nodes, newState, item.new)]
      case 'delete':
        return [marker({kind: 'delete'}), ...lay(item.old.nodes, oldState, item.old)]
      case 'moveTo':
        return [marker({kind: 'moveTo', move: item.move ?? 0}), ...lay(item.new.nodes, newState, item.new)]
      case 'moveFrom':
        return [marker({kind: 'moveFrom', move: item.move}), ...lay(numbered(item.old, item.new), oldState, item.old)]
    }
  }
  const isFront = (item: Item): boolean => (item.kind === 'delete' ? item.old.front : item.new.front)
  const end = (): Array<FileChild> => [marker({kind: 'end'}), new Paragraph({})]
  const front = items.filter(isFront).flatMap(render)
  const title = (tree: Standard) => new Paragraph({style: style.bodyTitle, children: [new TextRun(tree.cover.title)]})
  const body = [marker({kind: 'old'}), title(older), marker({kind: 'new'}), title(newer), ...items.filter((item) => !isFront(item)).flatMap(render)]
  const header = new Header({children: [new Paragraph({alignment: AlignmentType.RIGHT, children: [new TextRun({text: printedNumber(newer.cover.number), font: fonts.sans, size: 21})]})]})
  const footer = () =>
    new Footer({children: [new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun({children: [PageNumber.CURRENT], font: fonts.serif, size: 18})]})]})
  const sections: Array<ISectionOptions> = [
    {properties: {page}, children: summary(diff, author, date)},
    {properties: {page}, children: [marker({kind: 'old'}), ...cover(older), marker({kind: 'new'}), ...cover(newer), ...end()]}
  ]
  if (front.length > 0) sections.push({properties: {page: {...page, pageNumbers: {start: 1, formatType: 'upperRoman'}}}, headers: {default: header}, footers: {default: footer()}, children: [...front, ...end()]})
  sections.push({properties: {page: {...page, pageNumbers: {start: 1, formatType: 'decimal'}}}, headers: {default: header}, footers: {default: footer()}, children: [...body, ...end()]})
  const document = new Document({
    creator: author,
    lastModifiedBy: author,
    title: documentWords().comparison.report.title({old: diff.old.year, new: diff.new.year}),
    description: `${printedNumber(older.cover.number)} → ${printedNumber(newer.cover.number)}`,
    revision: 1,
    // A reviewer's own edits are tracked too, as the comparison's are.
    features: {trackRevisions: true},
    styles: {default: {document: {run: {font: fonts.serif, size: 21}}}, paragraphStyles},
    sections
  })
  const parts = unzipSync(await Packer.toBuffer(document))
  // Words cut as the differ cuts them: the defined terms of both editions kept whole.
  const xml = withVocabulary([...definedTerms(older), ...definedTerms(newer)], () => revise(strFromU8(parts['word/document.xml'] ?? new Uint8Array()), segments, {author, date: `${date}T00:00:00Z`}))
  parts['word/document.xml'] = strToU8(xml)
  return deterministic(zipSync(parts, {level: 0}), date)
}

/** Page 1: the two editions, the counts, the drafted change list, the record check, the changed fields and record rows. */
function summary(diff: StandardDiff, author: string, date: string): Array<FileChild> {
  const report = comparisonReport(diff)
  const words = documentWords().comparison
  const line = (text: string, extra: {bold?: boolean; font?: typeof fonts.sans; indent?: boolean; size?: number} = {}) =>
    new Paragraph({
      style: style.paragraph,
      ...(extra.indent === false ? {indent: {firstLine: 0}} : {}),
      children: [new TextRun({text, ...(extra.bold ? {bold: true} : {}), ...(extra.font ? {font: extra.font} : {}), ...(extra.size ? {size: extra.size} : {})})]
    })
  const heading = (text: string) => new Paragraph({style: style.paragraph, indent: {firstLine: 0}, spacing: {before: 120}, keepNext: true, children: [new TextRun({text, font: fonts.sans})]})
  // The summary's own changes are shown as print shows them, by their look: inserted words underlined, deleted ones struck through.
  type Shown = ReadonlyArray<{value: string; op: 'equal' | 'insert' | 'delete'}>
  const look = {insert: {underline: {}, color: '1F6F3F'}, delete: {strike: true, color: 'B42318'}, equal: {}} as const
  const cell = (content: string | Shown, sans = false) =>
    new TableCell({
      children: [
        new Paragraph({
          style: style.paragraph,
          indent: {firstLine: 0},
          children: (typeof content === 'string' ? [{value: content, op: 'equal' as const}] : content).map((run) => new TextRun({text: run.value, ...(sans ? {font: fonts.sans} : {}), size: 18, ...look[run.op]}))
        })
      ]
    })
  const table = (head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string | Shown>>) =>
    new Table({
      width: {size: 100, type: WidthType.PERCENTAGE},
      rows: [new TableRow({tableHeader: true, children: head.map((text) => cell(text, true))}), ...rows.map((row) => new TableRow({children: row.map((content) => cell(content))}))]
    })
  const out: Array<FileChild> = [
    new Paragraph({style: style.forewordTitle, children: [new TextRun(report.title)]}),
    new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun({text: words.print.heading({designation: report.designation, title: diff.new.title}), font: fonts.sans, size: 24})]}),
    line(words.word.older({edition: report.editions.old}), {indent: false}),
    line(words.word.newer({edition: report.editions.new}), {indent: false}),
    line(words.word.revisions({author, date}), {indent: false}),
    line(words.word.legend),
    heading(words.print.counts),
    table([words.print.kind, words.print.count], [...report.counts, ...report.classes].map((item) => [item.label, String(item.count)])),
    heading(report.changeList.heading)
  ]
  if (report.changeList.items.length === 0) out.push(line(report.changeList.empty))
  for (const item of report.changeList.items) out.push(line(item))
  const check = report.recordCheck
  if (check) {
    out.push(heading(check.heading))
    for (const claim of check.claims) {
      out.push(new Paragraph({style: style.paragraph, children: [new TextRun({text: claim.verdict, font: fonts.sans}), new TextRun(claim.claim)]}))
      out.push(new Paragraph({style: style.paragraph, indent: {left: 840, firstLine: 0}, children: [new TextRun({text: claim.message, size: 18})]}))
    }
    if (check.uncovered.length > 0) out.push(line(`${check.uncoveredLabel}${check.uncovered.map((clause) => clause.number).join(report.series)}`))
  }
  if (report.fields.rows.length > 0) {
    out.push(heading(report.fields.caption))
    out.push(
      table(
        [report.fields.columns.field, report.years.old, report.years.new, report.fields.columns.classification],
        report.fields.rows.map((row) => [row.label, row.old === undefined ? words.none : [{value: row.old, op: 'delete'}], row.new === undefined ? words.none : [{value: row.new, op: 'insert'}], row.classification])
      )
    )
  }
  if (report.record.rows.length > 0) {
    out.push(heading(report.record.caption))
    const rows = report.record.rows.flatMap((row): Array<Array<string | Shown>> =>
      row.kind === 'modified' ? row.cells.map((changed) => [changed.name, changed.runs]) : [[row.label, [{value: row.text, op: row.kind === 'added' ? 'insert' : 'delete'}]]]
    )
    out.push(table([report.fields.columns.field, words.report.change], rows))
  }
  return out
}

/* ------------------------------------------------------------------ */
/* The revisions, written into the document's XML.                     */
/* ------------------------------------------------------------------ */

interface Stamp {
  author: string
  date: string
}

/** How a whole element is revised: the wrapper of its runs, its paragraph mark, its rows, and whether its text becomes deleted text. */
interface Mode {
  wrapper: 'w:ins' | 'w:del' | 'w:moveTo' | 'w:moveFrom'
  row: 'w:ins' | 'w:del'
  deleted: boolean
}

const modes = {
  insert: {wrapper: 'w:ins', row: 'w:ins', deleted: false},
  delete: {wrapper: 'w:del', row: 'w:del', deleted: true},
  moveTo: {wrapper: 'w:moveTo', row: 'w:ins', deleted: false},
  moveFrom: {wrapper: 'w:moveFrom', row: 'w:del', deleted: false}
} as const satisfies Record<string, Mode>

/** The top-level elements of a fragment of XML, in order. */
export function elements(xml: string): Array<string> {
  const out: Array<string> = []
  let depth = 0
  let start = 0
  for (const match of xml.matchAll(/<(\/?)([A-Za-z][\w:.-]*)(?:\s[^>]*?)?(\/?)>/gu)) {
    const index = match.index
    if (match[1]) {
      depth--
      if (depth === 0) out.push(xml.slice(start, index + match[0].length))
    } else if (match[3]) {
      if (depth === 0) out.push(match[0])
    } else {
      if (depth === 0) start = index
      depth++
    }
  }
  return out
}

const unescapeXml = (value: string): string =>
  value.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&#(\d+);/gu, (_all, code: string) => String.fromCodePoint(Number(code))).replace(/&amp;/gu, '&')
const escapeXml = (value: string): string => value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;')

/** The text of an element: its text and deleted text. */
const textOf = (xml: string): string => [...xml.matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|delText)>/gu)].map((match) => unescapeXml(match[1] ?? '')).join('')

/** What an element is, for telling equal ones: its XML without the ids the writer counts. */
const signature = (xml: string): string => xml.replace(/\s(?:w:id|id|r:embed|r:id|w:rsid\w*)="[^"]*"/gu, '').replace(/_Toc\d+/gu, '_Toc')

/** Writes the revisions into document.xml: the segments are the marker paragraphs' meanings, in order. */
function revise(xml: string, segments: ReadonlyArray<Segment>, stamp: Stamp): string {
  const open = xml.indexOf('<w:body>')
  const close = xml.lastIndexOf('</w:body>')
  if (open < 0 || close < 0) return xml
  // Revision ids above every other id of the document: bookmarks are numbered again from 1 when the package is written.
  const bookmarks = [...xml.matchAll(/<w:bookmarkStart\s/gu)].length
  let id = [...xml.matchAll(/<(?!w:bookmark)[\w:]+\s[^>]*?\sw:id="(\d+)"/gu)].reduce((most, match) => Math.max(most, Number(match[1])), bookmarks)
  const attributes = (): string => `w:id="${++id}" w:author="${escapeXml(stamp.author)}" w:date="${stamp.date}"`
  const writer = new Reviser(attributes)
  const groups: Array<{segment: Segment; elements: Array<string>}> = [{segment: {kind: 'plain'}, elements: []}]
  for (const element of elements(xml.slice(open + '<w:body>'.length, close))) {
    const marker = element.startsWith('<w:p') ? new RegExp(`^${markerChar}(\\d+)$`, 'u').exec(textOf(element)) : null
    if (marker) groups.push({segment: segments[Number(marker[1])] ?? {kind: 'plain'}, elements: []})
    else groups.at(-1)?.elements.push(element)
  }
  const out: Array<string> = []
  for (let index = 0; index < groups.length; index++) {
    const {segment, elements: list} = groups[index] as (typeof groups)[number]
    switch (segment.kind) {
      case 'plain':
        out.push(...list)
        break
      case 'old': {
        const next = groups[index + 1]
        if (next?.segment.kind === 'new') {
          out.push(...writer.mergeBlocks(list, next.elements))
          index++
        } else out.push(...list.map((element) => writer.whole(element, modes.delete)))
        break
      }
      case 'new':
        out.push(...list.map((element) => writer.whole(element, modes.insert)))
        break
      case 'insert':
        out.push(...list.map((element) => writer.whole(element, modes.insert)))
        break
      case 'delete':
        out.push(...list.map((element) => writer.whole(element, modes.delete)))
        break
      case 'moveFrom':
      case 'moveTo': {
        if (list.length === 0) break
        const range = segment.kind === 'moveFrom' ? 'w:moveFromRange' : 'w:moveToRange'
        const rangeId = ++id
        out.push(`<${range}Start w:id="${rangeId}" w:author="${escapeXml(stamp.author)}" w:date="${stamp.date}" w:name="move${segment.move}"/>`)
        out.push(...list.map((element) => writer.whole(element, modes[segment.kind])))
        out.push(`<${range}End w:id="${rangeId}"/>`)
        break
      }
      case 'end':
        for (const element of list) {
          // The empty paragraph that closes a section: its section break goes to the paragraph before, where that one is plain.
          const section = /<w:sectPr[\s>][\s\S]*<\/w:sectPr>/u.exec(element)?.[0]
          const last = out.at(-1)
          if (section && last && last.startsWith('<w:p') && !last.includes('<w:sectPr') && !/<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*<w:rPr>(?:<w:ins|<w:del|<w:move)/u.test(last)) {
            out[out.length - 1] = withProperty(last, section, 'end')
          } else if (section || element.startsWith('<w:p') === false) out.push(element)
        }
        break
    }
  }
  return `${xml.slice(0, open)}<w:body>${apart(out, writer).join('')}${xml.slice(close)}`
}

/** The kind of revision a paragraph's children end (or begin) with, bookmarks aside; undefined for plain text. */
function edgeRevision(children: ReadonlyArray<string>, end: 'first' | 'last'): 'w:ins' | 'w:del' | undefined {
  const list = children.filter((child) => !/^<w:bookmark(?:Start|End)[\s>/]/u.test(child))
  const edge = end === 'first' ? list[0] : list.at(-1)
  return edge?.startsWith('<w:ins ') ? 'w:ins' : edge?.startsWith('<w:del ') ? 'w:del' : undefined
}

/**
 * Keeps a paragraph's break out of its neighbours' revisions. A word
 * processor may join a revision that ends one paragraph with one of the same
 * kind that begins the next, and the paragraph break between them with it
 * (LibreOffice does), so that rejecting (or accepting) them joins the two
 * paragraphs. Where a paragraph whose mark is not so revised ends as the
 * next begins, its last revisions are written in another order with the
 * same meaning: those of the other kind last, or, with none, the plain run
 * before them inserted and deleted anew (`ab+c` as `+abc -ab`).
 */
function apart(elements: Array<string>, writer: Reviser): Array<string> {
  return elements.map((element, index) => {
    const next = elements[index + 1]
    if (!element.startsWith('<w:p') || !next?.startsWith('<w:p')) return element
    const {open, properties, children} = paragraphParts(element)
    const kind = edgeRevision(children, 'last')
    if (kind === undefined || kind !== edgeRevision(paragraphParts(next).children, 'first')) return element
    if (new RegExp(`<w:rPr>(?:(?!</w:rPr>)[\\s\\S])*<${kind}\\s`, 'u').test(properties)) return element
    const other = kind === 'w:ins' ? 'w:del' : 'w:ins'
    // The trailing revisions (bookmarks among them kept in place at the end).
    let start = children.length
    while (start > 0 && /^<(?:w:ins|w:del)\s|^<w:bookmark(?:Start|End)[\s>/]/u.test(children[start - 1] as string)) start--
    const tail = children.slice(start)
    const marks = tail.filter((child) => /^<w:bookmark/u.test(child))
    const revisions = tail.filter((child) => !/^<w:bookmark/u.test(child))
    if (revisions.some((child) => child.startsWith(`<${other} `))) {
      const reordered = [...revisions.filter((child) => child.startsWith(`<${kind} `)), ...revisions.filter((child) => child.startsWith(`<${other} `))]
      return `${open}${properties}${[...children.slice(0, start), ...reordered, ...marks].join('')}</w:p>`
    }
    const before = children[start - 1]
    if (before === undefined || !/^<w:r[\s>]/u.test(before)) return element
    const mode = kind === 'w:ins' ? modes.insert : modes.delete
    const counter = kind === 'w:ins' ? modes.delete : modes.insert
    // `ab+c` → `+ab +c -ab`; `ab-c` → `-ab -c +ab`.
    const again = [writer.runs(before, mode), ...revisions, writer.runs(before, counter)]
    return `${open}${properties}${[...children.slice(0, start - 1), ...again, ...marks].join('')}</w:p>`
  })
}

/** A paragraph's opening tag, properties and children. */
function paragraphParts(xml: string): {open: string; properties: string; children: Array<string>} {
  if (/^<w:p(?:\s[^>]*)?\/>$/u.test(xml)) return {open: '<w:p>', properties: '', children: []}
  const open = /^<w:p(?:\s[^>]*)?>/u.exec(xml)?.[0] ?? '<w:p>'
  const children = elements(xml.slice(open.length, -'</w:p>'.length))
  const properties = children[0]?.startsWith('<w:pPr') ? (children.shift() as string) : ''
  return {open, properties, children}
}

/** Puts an element into a paragraph's properties: its mark's run properties first among theirs, a section break at their end. */
function withProperty(paragraph: string, property: string, where: 'mark' | 'end'): string {
  const {open, properties, children} = paragraphParts(paragraph)
  const inner = properties === '' || properties === '<w:pPr/>' ? [] : elements(properties.slice('<w:pPr>'.length, -'</w:pPr>'.length))
  if (where === 'end') inner.push(property)
  else {
    const runProperties = inner.findIndex((element) => element.startsWith('<w:rPr'))
    if (runProperties >= 0) {
      const current = inner[runProperties] as string
      inner[runProperties] = current === '<w:rPr/>' ? `<w:rPr>${property}</w:rPr>` : current.replace(/^<w:rPr>/u, `<w:rPr>${property}`)
    } else {
      const before = inner.findIndex((element) => /^<w:(?:sectPr|pPrChange)[\s>/]/u.test(element))
      inner.splice(before < 0 ? inner.length : before, 0, `<w:rPr>${property}</w:rPr>`)
    }
  }
  return `${open}<w:pPr>${inner.join('')}</w:pPr>${children.join('')}</w:p>`
}

/** One character of a paragraph: text, or an element of a run that is not text (a break, a drawing), or an element outside runs. */
interface Character {
  char: string
  /** The run's properties. */
  properties: string
  /** The element, for a character that is not text; `raw` when it stands outside runs. */
  element?: string | undefined
  raw?: boolean | undefined
}

class Reviser {
  /** Private-use characters standing for elements that are not text, by their signature. */
  private readonly atoms = new Map<string, string>()

  constructor(private readonly attributes: () => string) {}

  /** The runs of a fragment (a formula's runs too) wrapped as inserted, deleted or moved. */
  runs(xml: string, mode: Mode): string {
    return xml.replace(/<w:r(?:\s[^>]*)?>[\s\S]*?<\/w:r>|<m:r>[\s\S]*?<\/m:r>/gu, (run) => `<${mode.wrapper} ${this.attributes()}>${mode.deleted ? deletedText(run) : run}</${mode.wrapper}>`)
  }

  /** A row inserted or deleted whole. */
  row(row: string, mode: Mode): string {
    const mark = `<${mode.row} ${this.attributes()}/>`
    const open = /^<w:tr(?:\s[^>]*)?>/u.exec(row)?.[0] ?? '<w:tr>'
    let revised = row.slice(open.length)
    if (revised.startsWith('<w:trPr/>')) revised = `<w:trPr>${mark}</w:trPr>${revised.slice('<w:trPr/>'.length)}`
    else if (revised.startsWith('<w:trPr>')) revised = revised.replace('</w:trPr>', `${mark}</w:trPr>`)
    else revised = `<w:trPr>${mark}</w:trPr>${revised}`
    return this.runs(`${open}${revised}`, mode)
  }

  /** A paragraph or table inserted, deleted or moved whole. */
  whole(element: string, mode: Mode): string {
    if (element.startsWith('<w:p')) {
      const {open, properties, children} = paragraphParts(element)
      const marked = withProperty(`${open}${properties}</w:p>`, `<${mode.wrapper} ${this.attributes()}/>`, 'mark')
      return marked.replace(/<\/w:p>$/u, `${this.runs(children.join(''), mode)}</w:p>`)
    }
    if (element.startsWith('<w:tbl')) return element.replace(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/gu, (row) => this.row(row, mode))
    return element
  }

  /** Two lists of blocks aligned: equal ones kept, changed pairs revised within, the rest inserted or deleted whole. */
  mergeBlocks(old: ReadonlyArray<string>, now: ReadonlyArray<string>): Array<string> {
    const out: Array<string> = []
    for (const step of align(old, now, (a, b) => (kindOf(a) !== kindOf(b) ? -1 : kindOf(a) === 'tbl' ? 0.5 + similarity(textOf(a), textOf(b)) / 2 : similarity(textOf(a), textOf(b))))) {
      if (step.old !== undefined && step.new !== undefined) {
        if (step.equal) out.push(step.new)
        else out.push(...this.pair(step.old, step.new))
      } else if (step.old !== undefined) out.push(this.whole(step.old, modes.delete))
      else if (step.new !== undefined) out.push(this.whole(step.new, modes.insert))
    }
    return out
  }

  /** Two blocks of the same kind revised into one, or the older deleted and the newer inserted. */
  private pair(old: string, now: string): Array<string> {
    if (kindOf(old) === 'p') {
      const merged = this.paragraph(old, now)
      if (merged) return [merged]
    } else if (kindOf(old) === 'tbl') {
      const merged = this.table(old, now)
      if (merged) return [merged]
    }
    return [this.whole(old, modes.delete), this.whole(now, modes.insert)]
  }

  /** A changed paragraph: the newer's properties, its words cut as the differ cuts them. */
  private paragraph(old: string, now: string): string | undefined {
    const before = paragraphParts(old)
    const after = paragraphParts(now)
    const was = this.characters(before.children)
    const is = this.characters(after.children)
    const wasText = was.map((item) => item.char).join('')
    const isText = is.map((item) => item.char).join('')
    const runs = diffText(wasText, isText)
    if (runs.filter((run) => run.op !== 'insert').map((run) => run.value).join('') !== wasText) return undefined
    if (runs.filter((run) => run.op !== 'delete').map((run) => run.value).join('') !== isText) return undefined
    let oldAt = 0
    let newAt = 0
    let body = ''
    for (const run of runs) {
      const length = run.value.length
      if (run.op === 'equal') {
        body += this.write(is.slice(newAt, newAt + length), undefined)
        newAt += length
        oldAt += length
      } else if (run.op === 'insert') {
        body += this.write(is.slice(newAt, newAt + length), modes.insert)
        newAt += length
      } else {
        body += this.write(was.slice(oldAt, oldAt + length), modes.delete)
        oldAt += length
      }
    }
    return `${after.open}${after.properties}${body}</w:p>`
  }

  /** A paragraph's children as characters. */
  private characters(children: ReadonlyArray<string>): Array<Character> {
    const out: Array<Character> = []
    const atom = (element: string): string => {
      const key = signature(element)
      if (!this.atoms.has(key)) this.atoms.set(key, String.fromCharCode(0xe100 + this.atoms.size))
      return this.atoms.get(key) as string
    }
    for (const child of children) {
      if (!/^<w:r[\s>]/u.test(child)) {
        out.push({char: atom(child), properties: '', element: child, raw: true})
        continue
      }
      const inner = elements(child.slice((/^<w:r(?:\s[^>]*)?>/u.exec(child)?.[0] ?? '').length, -'</w:r>'.length))
      const properties = inner[0]?.startsWith('<w:rPr') ? (inner.shift() as string) : ''
      for (const part of inner) {
        const text = /^<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>$/u.exec(part)
        if (text) for (const char of unescapeXml(text[1] ?? '').split('')) out.push({char, properties})
        else if (!/^<w:t(?:\s[^>]*)?\/>$/u.test(part)) out.push({char: atom(part), properties, element: part})
      }
    }
    return out
  }

  /** Characters as runs, each run of the same properties, wrapped as the mode says (plain without one). */
  private write(characters: ReadonlyArray<Character>, mode: Mode | undefined): string {
    let out = ''
    let index = 0
    while (index < characters.length) {
      const first = characters[index] as Character
      if (first.raw) {
        // A bookmark of the older side's heading is left out: the newer side's names the place.
        if (!(mode?.deleted && /^<w:bookmark(?:Start|End)[\s>/]/u.test(first.element ?? ''))) out += mode ? this.runs(first.element ?? '', mode) : (first.element ?? '')
        index++
        continue
      }
      let content = ''
      let text = ''
      const flush = (): void => {
        if (text !== '') content += `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`
        text = ''
      }
      while (index < characters.length && !(characters[index] as Character).raw && (characters[index] as Character).properties === first.properties) {
        const item = characters[index] as Character
        if (item.element) {
          flush()
          content += item.element
        } else text += item.char
        index++
      }
      flush()
      const run = `<w:r>${first.properties}${content}</w:r>`
      out += mode ? this.runs(run, mode) : run
    }
    return out
  }

  /** A changed table, row by row: equal rows kept, changed rows revised cell by cell, the rest inserted or deleted; undefined when its columns changed. */
  private table(old: string, now: string): string | undefined {
    const split = (xml: string) => {
      const open = /^<w:tbl(?:\s[^>]*)?>/u.exec(xml)?.[0] ?? '<w:tbl>'
      const children = elements(xml.slice(open.length, -'</w:tbl>'.length))
      return {open, head: children.filter((child) => !child.startsWith('<w:tr')), rows: children.filter((child) => child.startsWith('<w:tr'))}
    }
    const before = split(old)
    const after = split(now)
    const grid = (head: ReadonlyArray<string>) => signature(head.find((child) => child.startsWith('<w:tblGrid')) ?? '')
    if (grid(before.head) !== grid(after.head)) return undefined
    const rows: Array<string> = []
    for (const step of align(before.rows, after.rows, (a, b) => (cellsOf(a).length === cellsOf(b).length ? similarity(textOf(a), textOf(b)) : -1))) {
      if (step.old !== undefined && step.new !== undefined) rows.push(step.equal ? step.new : this.rowPair(step.old, step.new))
      else if (step.old !== undefined) rows.push(this.row(step.old, modes.delete))
      else if (step.new !== undefined) rows.push(this.row(step.new, modes.insert))
    }
    return `${after.open}${after.head.join('')}${rows.join('')}</w:tbl>`
  }

  /** A changed row: each cell's paragraphs merged with its counterpart's. */
  private rowPair(old: string, now: string): string {
    const oldCells = cellsOf(old)
    const open = /^<w:tr(?:\s[^>]*)?>/u.exec(now)?.[0] ?? '<w:tr>'
    const children = elements(now.slice(open.length, -'</w:tr>'.length))
    let cell = 0
    const merged = children.map((child) => {
      if (!child.startsWith('<w:tc')) return child
      const before = oldCells[cell++] ?? ''
      const parts = (xml: string) => {
        const tag = /^<w:tc(?:\s[^>]*)?>/u.exec(xml)?.[0] ?? '<w:tc>'
        const inner = elements(xml.slice(tag.length, -'</w:tc>'.length))
        return {tag, properties: inner.filter((element) => element.startsWith('<w:tcPr')), content: inner.filter((element) => !element.startsWith('<w:tcPr'))}
      }
      const was = parts(before)
      const is = parts(child)
      return `${is.tag}${is.properties.join('')}${apart(this.mergeBlocks(was.content, is.content), this).join('')}</w:tc>`
    })
    return `${open}${merged.join('')}</w:tr>`
  }
}

const kindOf = (element: string): string => /^<w:(\w+)/u.exec(element)?.[1] ?? ''

const cellsOf = (row: string): Array<string> => {
  const open = /^<w:tr(?:\s[^>]*)?>/u.exec(row)?.[0] ?? '<w:tr>'
  return elements(row.slice(open.length, -'</w:tr>'.length)).filter((child) => child.startsWith('<w:tc'))
}

/** A run's text made deleted text. */
const deletedText = (run: string): string =>
  run
    .replace(/<w:t(\s[^>]*)?>/gu, '<w:delText$1>')
    .replace(/<\/w:t>/gu, '</w:delText>')
    .replace(/<w:instrText(\s[^>]*)?>/gu, '<w:delInstrText$1>')
    .replace(/<\/w:instrText>/gu, '</w:delInstrText>')

/** One step of an alignment: an element on both sides (equal, or a changed pair), or on one. */
interface Step {
  old?: string | undefined
  new?: string | undefined
  equal?: boolean | undefined
}

/**
 * Aligns two lists of elements: the longest common run of equal ones, and
 * between them, in order, each older element with the newer one most like it
 * (`like` scores from 0 to 1, below 0 for never); what is left is on one side
 * only.
 */
function align(old: ReadonlyArray<string>, now: ReadonlyArray<string>, like: (a: string, b: string) => number): Array<Step> {
  const a = old.map(signature)
  const b = now.map(signature)
  const lengths: Array<Array<number>> = Array.from({length: a.length + 1}, () => Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lengths[i] as Array<number>
      row[j] = a[i] === b[j] ? ((lengths[i + 1] as Array<number>)[j + 1] as number) + 1 : Math.max((lengths[i + 1] as Array<number>)[j] as number, row[j + 1] as number)
    }
  }
  const out: Array<Step> = []
  let gapOld: Array<string> = []
  let gapNew: Array<string> = []
  const flushGap = (): void => {
    // In order, each older element with the first newer one after the last pair that it is like; a lone pair of the same kind always.
    const lone = gapOld.length === 1 && gapNew.length === 1 && kindOf(gapOld[0] as string) === kindOf(gapNew[0] as string)
    // A gap too wide to weigh every pair in is deleted and inserted whole.
    const weighed = lone || gapOld.length * gapNew.length <= 10_000
    let from = 0
    for (const element of weighed ? gapOld : []) {
      let match = -1
      let best = lone ? -Infinity : 0.3
      for (let index = from; index < gapNew.length; index++) {
        const score = like(element, gapNew[index] as string)
        if (score >= 0 && score > best) {
          best = score
          match = index
        }
      }
      if (match < 0) {
        out.push({old: element})
        continue
      }
      for (const inserted of gapNew.slice(from, match)) out.push({new: inserted})
      out.push({old: element, new: gapNew[match]})
      from = match + 1
    }
    if (!weighed) for (const element of gapOld) out.push({old: element})
    for (const inserted of gapNew.slice(from)) out.push({new: inserted})
    gapOld = []
    gapNew = []
  }
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flushGap()
      out.push({old: old[i], new: now[j], equal: true})
      i++
      j++
    } else if (j >= b.length || (i < a.length && ((lengths[i + 1] as Array<number>)[j] as number) >= ((lengths[i] as Array<number>)[j + 1] as number))) gapOld.push(old[i++] as string)
    else gapNew.push(now[j++] as string)
  }
  flushGap()
  return out
}
