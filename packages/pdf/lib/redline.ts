/**
 * A comparison typeset by the same code as an edition: a summary first, then
 * the newer edition with insertions underlined in colour, deletions struck
 * through, a change bar beside every changed line, and renumbered or moved
 * provisions annotated with where they came from; its cross-references and
 * references to other standards linked as the edition's are, and the
 * closing line after its end.
 */
import {comparisonReport, movedBlock, type BlockChange, type ComparisonReport, type DiffImage, type EqualBlock, type ProvisionChange, type RowChange, type StandardDiff, type TableChange, type TextRun} from '@stdkit/diff'
import {documentWords} from '@stdkit/messages'
import {appendixName, toText, type Standard} from '@stdkit/tree'
import type {Run, Style} from './breaking.js'
import {checkTex, typeset} from '@stdkit/math'
import {mathMark, type MathBox} from './breaking.js'
import {displayFormula, heading, headingTag, imageOp, listing, listingRuns, listingSize, lowered, plain, raised, readImage, roman, sans, serif, underImage, type ListingLine, type Options, type Typeset} from './edition.js'
import {area, Flow, leading, measure, sizes, type Op} from './layout.js'
import {anchorLink, standardLink, type PdfLink} from './link.js'

const inserted = (style: Style): Style => ({...style, inserted: true})
const deleted = (style: Style): Style => ({...style, deleted: true})

function fromRuns(list: ReadonlyArray<TextRun>, style: Style): Array<Run> {
  return list.map((run) => ({text: run.value, style: run.op === 'insert' ? inserted(style) : run.op === 'delete' ? deleted(style) : style}))
}

/** What the blocks of a comparison are set with besides themselves: the images' bytes, the editions' names. */
interface Context {
  readImage: Options['readImage']
  /** The two editions as the catalogue names them: `2022版`. */
  years: {old: string; new: string}
  /** The older edition's year, that names its numbers: `2006年版的6.2`. */
  oldYear: number
  /** The references of the newer edition's provisions, by the provision's id. */
  references: ReadonlyMap<string, ReadonlyArray<Reference>>
}

export interface RedlineOptions extends Pick<Options, 'readImage'> {
  /** The newer edition, whose cross-references and references to other standards become links. */
  newer?: Standard | undefined
}

/** A comparison typeset; images of either edition are read by `options.readImage`, by their paths relative to the sources. */
export function typesetRedline(diff: StandardDiff, options: Readonly<RedlineOptions> = {}): Typeset {
  const front = new Flow('front')
  const report = comparisonReport(diff)
  summary(front, report)
  const references = options.newer ? referencesOf(options.newer) : new Map<string, Array<Reference>>()
  const context: Context = {readImage: options.readImage, years: report.years, oldYear: diff.old.year, references}
  return {
    front: front.pages,
    folios: front.pages.map((_, index) => roman(index + 1)),
    body: (sink) => {
      const body = new Flow('body', sink)
      for (const change of diff.provisions) provision(body, change, context)
      // The newer edition ends here: its closing line.
      body.closing()
      body.end()
    }
  }
}

/** A reference as the newer edition prints it, and where it leads. */
export interface Reference {
  text: string
  link: PdfLink
}

/** The provisions a comparison sets, by their kind of node: their ids as the comparison names them. */
function provisionId(node: {type: string; id?: unknown}): string | undefined {
  if (node.type === 'foreword' || node.type === 'introduction') return node.type
  return (node.type === 'clause' || node.type === 'term' || node.type === 'appendix' || node.type === 'bibliography') && typeof node.id === 'string' ? node.id : undefined
}

/**
 * The references of an edition by the provision they are in: a
 * cross-reference leads to the provision its target is (a clause) or is in
 * (a table, a figure), whose destination the redline sets; a reference to
 * another standard to that standard's PDF, as in the edition.
 */
export function referencesOf(tree: Standard): Map<string, Array<Reference>> {
  type Node = {type: string; id?: unknown; children?: ReadonlyArray<Node>}
  const owner = new Map<string, string>()
  const found: Array<{provision: string; node: Node}> = []
  const walk = (node: Node, current: string | undefined): void => {
    const provision = provisionId(node) ?? current
    if (typeof node.id === 'string' && provision !== undefined) owner.set(node.id, provision)
    if ((node.type === 'crossReference' || node.type === 'standardReference') && provision !== undefined) found.push({provision, node})
    else for (const child of node.children ?? []) walk(child, provision)
  }
  walk(tree as unknown as Node, undefined)
  const out = new Map<string, Array<Reference>>()
  for (const {provision, node} of found) {
    const reference = node as Parameters<typeof toText>[0] & ({type: 'crossReference'; targetId?: string} | {type: 'standardReference'; designation: string; year?: number})
    const target = reference.type === 'crossReference' ? (reference.targetId === undefined ? undefined : owner.get(reference.targetId)) : undefined
    const link = reference.type === 'standardReference' ? standardLink(reference.designation, reference.year) : target === undefined ? undefined : anchorLink(target)
    if (!link) continue
    const list = out.get(provision) ?? []
    list.push({text: toText(reference), link})
    out.set(provision, list)
  }
  return out
}

/** Characters a reference may not be part of a longer word or number with. */
const wordChar = /[0-9A-Za-z.]/u

/**
 * Runs with the references of `references` linked where their text stands
 * in what the newer edition prints (deleted text aside), as a whole word:
 * `5.2`, not the `5.2` of `15.2`.
 */
export function linked(runs: ReadonlyArray<Run>, references: ReadonlyArray<Reference>): Array<Run> {
  if (references.length === 0) return [...runs]
  // The newer side's text, each character with where it is in the runs.
  const places: Array<[number, number]> = []
  let text = ''
  runs.forEach((run, index) => {
    if (run.style.deleted || run.style.math) return
    for (let at = 0; at < run.text.length; at++) places.push([index, at])
    text += run.text
  })
  const links = runs.map((run) => new Array<PdfLink | undefined>(run.text.length))
  for (const reference of references) {
    if (reference.text === '') continue
    for (let from = text.indexOf(reference.text); from >= 0; from = text.indexOf(reference.text, from + 1)) {
      const end = from + reference.text.length
      const after = text[end] ?? ''
      if (wordChar.test(text[from - 1] ?? '') || /[0-9A-Za-z]/u.test(after) || (after === '.' && /[0-9]/u.test(text[end + 1] ?? ''))) continue
      for (let at = from; at < end; at++) {
        const [index, offset] = places[at] as [number, number]
        const list = links[index] as Array<PdfLink | undefined>
        list[offset] ??= reference.link
      }
    }
  }
  const out: Array<Run> = []
  runs.forEach((run, index) => {
    const list = links[index] as Array<PdfLink | undefined>
    let start = 0
    for (let at = 1; at <= run.text.length; at++) {
      if (at < run.text.length && list[at] === list[start]) continue
      const link = list[start]
      out.push({text: run.text.slice(start, at), style: link ? {...run.style, link} : run.style})
      start = at
    }
  })
  return out
}

/** The report as print shows it: counts and fields as tables, claims as paragraphs. */
function summary(flow: Flow, report: ComparisonReport): void {
  const {print: words} = documentWords().comparison
  const title = {face: 'sansBold', size: sizes.title} as const
  const small = {...serif, size: sizes.note}
  const head = {...sans, size: sizes.note}
  const {changeList, recordCheck, fields} = report
  flow.outline(words.outline, 1)
  flow.paragraph(plain(words.heading({designation: report.designation, title: report.title}), title), {align: 'center', size: sizes.title, spaceAfter: 6, tag: 'H1'})
  flow.paragraph(plain(`${report.editions.old} → ${report.editions.new}`, sans), {align: 'center', spaceAfter: 12})
  flow.paragraph(
    plain(words.legend.label, heading).concat([
      {text: words.legend.inserted, style: inserted(serif)},
      {text: words.legend.afterInserted, style: serif},
      {text: words.legend.deleted, style: deleted(serif)},
      {text: words.legend.afterDeleted, style: serif}
    ]),
    {spaceAfter: 8}
  )
  flow.table({
    caption: plain(words.counts, sans),
    header: [plain(words.kind, head), plain(words.count, head)],
    rows: [...report.counts, ...report.classes].map((item) => [plain(item.label, small), plain(String(item.count), small)])
  })
  flow.paragraph(plain(changeList.heading, heading), {spaceBefore: 6, keepWithNext: sizes.body * 3, tag: 'H2'})
  if (changeList.items.length === 0) flow.paragraph(plain(changeList.empty), {firstIndent: sizes.body * 2})
  for (const item of changeList.items) flow.paragraph(plain(item), {firstIndent: sizes.body * 2, spaceAfter: 1})
  if (recordCheck) {
    flow.paragraph(plain(recordCheck.heading, heading), {spaceBefore: 6, keepWithNext: sizes.body * 3, tag: 'H2'})
    for (const claim of recordCheck.claims) {
      flow.paragraph([{text: claim.verdict, style: heading}, {text: claim.claim, style: serif}], {firstIndent: sizes.body * 2, spaceAfter: 1})
      flow.paragraph(plain(claim.message, head), {indent: sizes.body * 4, size: sizes.note, align: 'left', spaceAfter: 2})
    }
    if (recordCheck.uncovered.length > 0) {
      const numbers = recordCheck.uncovered.map((clause) => clause.number).join(report.series)
      flow.paragraph(plain(`${recordCheck.uncoveredLabel}${numbers}`), {firstIndent: sizes.body * 2})
    }
  }
  if (report.record.rows.length > 0) {
    // The revision record's changes: a changed cell named by its row and column, an added or removed row whole.
    const rows = report.record.rows.flatMap((row) =>
      row.kind === 'modified'
        ? row.cells.map((cell) => [plain(cell.name, small), fromRuns(cell.runs, small)])
        : [[plain(row.label, small), plain(row.text, row.kind === 'added' ? inserted(small) : deleted(small))]]
    )
    flow.table({caption: plain(report.record.caption, sans), header: [plain(fields.columns.field, head), plain(documentWords().comparison.report.change, head)], rows, changedRows: new Set(rows.map((_, index) => index))})
  }
  if (fields.rows.length > 0) {
    flow.table({
      caption: plain(fields.caption, sans),
      header: [fields.columns.field, report.years.old, report.years.new].map((text) => plain(text, head)),
      rows: fields.rows.map((field) => [plain(field.label, small), plain(field.old ?? '', deleted(small)), plain(field.new ?? '', inserted(small))]),
      changedRows: new Set(fields.rows.map((_, index) => index))
    })
  }
}

function provision(flow: Flow, change: ProvisionChange, context: Context): void {
  const side = change.new ?? change.old
  if (!side) return
  const depth = change.id === 'foreword' ? 1 : side.number.split('.').length
  const added = change.kinds.includes('added')
  const removed = change.kinds.includes('removed')
  if (change.provision === 'appendix' && depth === 1) flow.freshPage()
  flow.space(depth === 1 ? 8 : 4)
  flow.ensure(sizes.body * 5)
  flow.destination(change.id)
  const label = change.provision === 'appendix' ? appendixName({letter: side.number}) : side.number
  flow.outline(`${label}${side.title ? `\u3000${side.title}` : ''}`, Math.min(depth, 4))
  const title: Array<Run> = []
  const style = added ? inserted(heading) : removed ? deleted(heading) : heading
  if (change.old && change.new && change.old.number !== change.new.number) {
    title.push({text: change.provision === 'appendix' ? appendixName({letter: change.new.number}) : change.new.number, style: inserted(heading)})
  } else title.push({text: label, style})
  title.push({text: '\u3000', style: heading})
  if (change.old && change.new && (change.old.title ?? '') !== (change.new.title ?? '')) {
    title.push({text: change.old.title ?? '', style: deleted(heading)}, {text: change.new.title ?? '', style: inserted(heading)})
  } else title.push({text: side.title ?? '', style})
  const words = documentWords().comparison
  const notes: Array<string> = []
  if (change.kinds.includes('renumbered') && change.old) notes.push(words.formerNumber({number: change.old.number, year: context.oldYear}))
  if (change.kinds.includes('moved') && change.old) notes.push(words.formerParent({parent: change.old.parent, year: context.oldYear}))
  // A number only the older edition has is named with it, beside the newer edition's provisions.
  if (!change.new && change.old) notes.push(words.formerNumber({number: label, year: context.oldYear}))
  for (const kind of ['added', 'removed', 'split', 'merged'] as const) if (change.kinds.includes(kind)) notes.push(words.kinds[kind])
  if (notes.length > 0) title.push({text: words.print.notes({notes}), style: {...sans, size: sizes.note}})
  flow.paragraph(title, {align: 'left', keepWithNext: sizes.body * 2, spaceAfter: 2, changed: !change.kinds.includes('unchanged'), tag: change.provision === 'appendix' || change.id === 'foreword' || change.id === 'introduction' ? 'H1' : headingTag(depth)})
  const blocks = inPrintOrder(change.blocks)
  // Links as the newer edition's: its references, where the provision is in it.
  const references = (change.new && context.references.get(change.id)) || []
  // What comes right before a figure's caption is kept on its page.
  const keep = (index: number) => (blocks[index + 1]?.block === 'figure' ? sizes.body * leading * 1.5 : 0)
  for (let index = 0; index < blocks.length; ) {
    if (blocks[index]?.block !== 'listItem') {
      blockChange(flow, blocks[index] as BlockChange, context, keep(index), references)
      index++
      continue
    }
    // A run of list items: a list of the structure, each an item whose body is its text.
    let end = index
    while (blocks[end]?.block === 'listItem') end++
    const items = blocks.slice(index, end)
    const first = index
    flow.within('L', () => items.forEach((block, offset) => flow.within('LI', () => blockChange(flow, block, context, keep(first + offset), references))))
    index = end
  }
}

/**
 * The blocks in the order print sets them: a figure's caption under its
 * images and their key, as GB/T 1.1 places it, rather than before them.
 */
function inPrintOrder(blocks: ReadonlyArray<BlockChange>): Array<BlockChange> {
  const out: Array<BlockChange> = []
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as BlockChange
    if (block.block !== 'figure') {
      out.push(block)
      continue
    }
    let end = index + 1
    const name = block.label
    const part = (next: BlockChange): boolean =>
      next.block === 'image' || next.block === 'definition' || (name !== undefined && (next.block === 'note' || next.block === 'footnote') && (next.label ?? '').startsWith(`${name} `))
    while (end < blocks.length && part(blocks[end] as BlockChange)) end++
    out.push(...blocks.slice(index + 1, end), block)
    index = end - 1
  }
  return out
}

function blockChange(flow: Flow, block: BlockChange, context: Context, keepWithNext: number, references: ReadonlyArray<Reference>): void {
  // A table or figure moved to another provision: one line where it left, then each change made on the way; nothing where it arrived.
  const moved = movedBlock(block)
  if (moved === 'hidden') return
  if (moved) {
    flow.paragraph(plain(moved.line, sans), {firstIndent: sizes.body * 2, spaceAfter: 2, changed: true, keepWithNext: keepWithNext + moved.parts.length})
    for (const part of moved.parts) {
      flow.paragraph(markup([...(part.name === undefined ? [] : plain(`${part.name}：`, serif)), ...fromRuns(part.runs, serif)]), {indent: sizes.body * 2, spaceAfter: 1, changed: true})
    }
    return
  }
  if (block.block === 'image') return image(flow, block, context)
  if (block.block === 'formula') return formula(flow, block, context)
  if (block.block === 'code') return code(flow, block)
  if (block.block === 'figure') return figureCaption(flow, block)
  const base = block.block === 'note' || block.block === 'example' ? {...serif, size: sizes.note} : serif
  if (block.kind !== 'equal' && block.block === 'table') {
    const rows = block.rows.map((row) => rowRuns(row).map((cell) => linked(markup(cell), references)))
    const [header, ...rest] = rows
    const changedRows = new Set(block.rows.slice(1).flatMap((row, index) => (row.kind === 'equal' ? [] : [index])))
    flow.table({caption: tableCaption(block), header: header ?? [], rows: rest, changedRows, node: {position: tablePosition(block)}})
    return
  }
  const changed = block.kind === 'added' || block.kind === 'removed'
  const text = linked(markup(textRuns(block, base)), references)
  if (block.block === 'listItem') {
    // Only ever set in an item of a list (`LI`): its body.
    flow.paragraph(text, {indent: sizes.body * 2, firstIndent: 0, spaceAfter: 1, changed, tag: 'LBody'})
  } else {
    flow.paragraph(text, {firstIndent: sizes.body * 2, spaceAfter: 2, changed, size: base.size, keepWithNext, tag: block.block === 'note' || block.block === 'footnote' ? 'Note' : 'P'})
  }
  // A text printed alike whose change is elsewhere (a reference now pointing at another provision): why, in words.
  if (block.kind === 'modified' && block.runs.every((run) => run.op === 'equal')) {
    for (const reason of block.reasons) flow.paragraph(plain(reason.message, {...sans, size: sizes.note}), {indent: sizes.body * 4, size: sizes.note, align: 'left', spaceAfter: 2, changed: true})
  }
}

/** A table's title: the first part of its text, before its rows (`title / cells | … / …`). */
function tableTitle(text: string): string {
  return text.split(' / ')[0]?.trim() ?? ''
}

/**
 * A changed table's caption, `表1　title`: an added one's underlined, a
 * removed one's struck through, a title changed in place marked word for
 * word as its text is.
 */
function tableCaption(block: TableChange): Array<Run> | undefined {
  const style = block.kind === 'added' ? inserted(sans) : block.kind === 'removed' ? deleted(sans) : sans
  const name = block.label === undefined ? [] : [{text: block.label, style}]
  const title: Array<Run> =
    block.kind === 'modified'
      ? tableTitle(block.old) === tableTitle(block.new)
        ? plain(tableTitle(block.new), sans)
        : [{text: tableTitle(block.old), style: deleted(sans)}, {text: tableTitle(block.new), style: inserted(sans)}]
      : plain(tableTitle(block.kind === 'added' ? block.new : block.old), style)
  const shown = title.filter((run) => run.text !== '')
  if (name.length === 0 && shown.length === 0) return undefined
  return markup([...name, ...(name.length > 0 && shown.length > 0 ? [{text: '\u3000', style: sans}] : []), ...shown])
}

/** Where a changed table stands: in the newer edition if it is there. */
function tablePosition(block: TableChange): EqualBlock['newPosition'] {
  return block.kind === 'removed' ? block.oldPosition : block.kind === 'added' ? block.newPosition : (block.newPosition ?? block.oldPosition)
}

/** A block's text as runs: a modified text word by word, an added or removed one whole. */
function textRuns(block: Exclude<BlockChange, {block: 'table'; kind: 'added' | 'removed' | 'modified'}>, base: Style): Array<Run> {
  switch (block.kind) {
    case 'equal':
      return plain(block.new, base)
    case 'added':
      return plain(block.new, inserted(base))
    case 'removed':
      return plain(block.old, deleted(base))
    case 'modified':
      return fromRuns(block.runs, base)
  }
}

function rowRuns(row: RowChange): Array<Array<Run>> {
  const cellStyle = {...serif, size: sizes.note}
  switch (row.kind) {
    case 'added':
      return row.new.map((cell) => plain(cell, inserted(cellStyle)))
    case 'removed':
      return row.old.map((cell) => plain(cell, deleted(cellStyle)))
    case 'equal':
      return row.new.map((cell) => plain(cell, cellStyle))
    case 'modified':
      return row.new.map((cell, column) => {
        const cellChange = row.cells.find((item) => item.column === column)
        return cellChange ? fromRuns(cellChange.runs, cellStyle) : plain(cell, cellStyle)
      })
  }
}

/** Whether a block is wholly on one side: added (inserted) or removed (deleted); undefined when on both. */
function sideOf(block: BlockChange): 'inserted' | 'deleted' | undefined {
  return block.kind === 'added' ? 'inserted' : block.kind === 'removed' ? 'deleted' : undefined
}

/** A figure's caption, centred under it: `图1　title`, its changes marked. */
function figureCaption(flow: Flow, block: BlockChange): void {
  if (block.block === 'table') return
  const side = sideOf(block)
  const style = side === 'inserted' ? inserted(sans) : side === 'deleted' ? deleted(sans) : sans
  const title = markup(textRuns(block, style))
  const name = block.label === undefined ? [] : [{text: `${block.label}\u3000`, style}]
  flow.paragraph([...name, ...title], {align: 'center', spaceBefore: 2, spaceAfter: 6, changed: side !== undefined, tag: 'Caption'})
}

/** A frame around a box, in the colour of its side. */
function frame(ops: Array<Op>, box: {x: number; y: number; width: number; height: number}, colour: 'inserted' | 'deleted'): void {
  const {x, y, width, height} = box
  const at = 2
  const [left, top, right, bottom] = [x - at, y - at, x + width + at, y + height + at]
  for (const [x1, y1, x2, y2] of [[left, top, right, top], [right, top, right, bottom], [right, bottom, left, bottom], [left, bottom, left, top]] as const) {
    ops.push({op: 'rule', x1, y1, x2, y2, width: 0.8, colour})
  }
}

/** An image scaled (never up) to a width and to what a page holds, in points. */
function scaled(width: number, height: number, room: number): {width: number; height: number} {
  // CSS pixels are 3/4 of a point.
  const scale = Math.min(1, room / (width * 0.75), (area.bottom - area.top - underImage - sizes.body * leading) / (height * 0.75))
  return {width: width * 0.75 * scale, height: height * 0.75 * scale}
}

/**
 * An image of a figure: unchanged, centred as the edition sets it; changed,
 * the older and the newer side by side, each at most half the text width,
 * under the names of their editions, framed in the colour of a deletion and
 * of an insertion; added or removed, the one there is, framed so (a removed
 * one struck through as well).
 */
function image(flow: Flow, block: BlockChange, context: Context): void {
  const where = {position: block.kind === 'removed' ? block.oldPosition : block.newPosition}
  const sides: Array<{image: DiffImage; side: 'inserted' | 'deleted' | undefined; label: string | undefined}> = []
  if (block.kind === 'equal') {
    const only = block.newImage ?? block.oldImage
    if (only) sides.push({image: only, side: undefined, label: undefined})
  } else {
    if (block.oldImage && block.kind !== 'added') sides.push({image: block.oldImage, side: 'deleted', label: context.years.old})
    if (block.newImage && block.kind !== 'removed') sides.push({image: block.newImage, side: 'inserted', label: context.years.new})
  }
  if (sides.length === 0) {
    if (block.block !== 'table') flow.paragraph(textRuns(block, serif), {align: 'center', spaceAfter: 2})
    return
  }
  const gap = sizes.body * 2
  const room = sides.length > 1 ? (area.width - gap) / 2 : area.width
  const laid = sides.map((item) => {
    const read = readImage({url: item.image.url, file: item.image.file, position: where.position}, context.readImage)
    return {...item, read, size: scaled(read.width, read.height, room - 4)}
  })
  const small = {...serif, size: sizes.note}
  const labelHeight = laid.some((item) => item.label) ? sizes.note * leading : 0
  const titleHeight = laid.some((item) => item.image.label || item.image.caption) ? sizes.body * leading : 0
  const height = Math.max(...laid.map((item) => item.size.height))
  flow.space(4)
  flow.ensure(labelHeight + height + titleHeight + 8)
  // A figure of the structure, the images' titles (or their own alternate texts) its alternate text.
  const tag = flow.tag('Figure', {alt: laid.map((item) => [item.image.label, item.image.caption].filter(Boolean).join('\u3000') || item.image.alt).filter(Boolean).join('；')})
  flow.mark(tag)
  const top = flow.y
  const ops = flow.current.ops
  laid.forEach((item, index) => {
    const centre = sides.length > 1 ? area.x + room / 2 + index * (room + gap) : area.x + area.width / 2
    if (item.label && item.side) {
      const style: Style = item.side === 'inserted' ? inserted(small) : deleted(small)
      const width = measure(item.label, style)
      ops.push({op: 'text', x: centre - width / 2, y: top, text: item.label, style, spacing: 0, width})
    }
    const box = {x: centre - item.size.width / 2, y: top + labelHeight + 2, ...item.size}
    ops.push(imageOp(item.read, box.x, box.y, box.width, box.height))
    if (item.side) frame(ops, box, item.side)
    // A removed image struck through, corner to corner: the mark holds in black-and-white print.
    if (block.kind === 'removed') ops.push({op: 'rule', x1: box.x, y1: box.y + box.height, x2: box.x + box.width, y2: box.y, width: 0.8, colour: 'deleted'})
    const title = [item.image.label, item.image.caption].filter(Boolean).join('\u3000')
    if (title) {
      const style = item.side === 'inserted' && block.kind === 'added' ? inserted(serif) : item.side === 'deleted' && block.kind === 'removed' ? deleted(serif) : serif
      const width = measure(title, style)
      ops.push({op: 'text', x: centre - width / 2, y: top + labelHeight + height + 8 + (sizes.body * leading - sizes.body * 1.2) / 2, text: title, style, spacing: 0, width})
    }
  })
  const total = labelHeight + height + 6 + titleHeight
  if (block.kind !== 'equal') ops.push({op: 'bar', x: area.x - 14, y: top, height: total})
  flow.close(tag)
  flow.y = top + total + 4
}

/**
 * A display formula typeset as the edition sets it, never as its LaTeX:
 * changed, the older one struck through in the colour of a deletion above
 * the newer one underlined in the colour of an insertion, each under the
 * name of its edition; added or removed, the one there is, marked so.
 */
function formula(flow: Flow, block: BlockChange, context: Context): void {
  const number = (block.label ?? '').replace(/^公式/u, '')
  const sides: Array<{tex: string; side: 'inserted' | 'deleted' | undefined; label: string | undefined}> = []
  if (block.kind === 'equal') {
    const only = block.newFormula ?? block.oldFormula
    if (only !== undefined) sides.push({tex: only, side: undefined, label: undefined})
  } else {
    if (block.oldFormula !== undefined && block.kind !== 'added') sides.push({tex: block.oldFormula, side: 'deleted', label: context.years.old})
    if (block.newFormula !== undefined && block.kind !== 'removed') sides.push({tex: block.newFormula, side: 'inserted', label: context.years.new})
  }
  const small = {...serif, size: sizes.note}
  for (const {tex, side, label} of sides) {
    const box = displayFormula(flow, tex, number)
    if (!side) continue
    const ops = flow.current.ops
    if (label) {
      const style = side === 'inserted' ? inserted(small) : deleted(small)
      const width = measure(label, style)
      // The edition's name beside it: a paragraph of the structure.
      const tag = flow.tag('P')
      flow.mark(tag)
      ops.push({op: 'text', x: area.x + sizes.body * 2, y: box.baseline - sizes.note, text: label, style, spacing: 0, width})
      flow.close(tag)
    }
    // Struck through corner to corner (a line across its middle would pass for a fraction bar), or underlined.
    if (side === 'deleted') ops.push({op: 'rule', x1: box.x - 2, y1: box.top + box.height + 1, x2: box.x + box.width + 2, y2: box.top - 1, width: 0.8, colour: side})
    else ops.push({op: 'rule', x1: box.x - 2, y1: box.top + box.height + 2, x2: box.x + box.width + 2, y2: box.top + box.height + 2, width: 0.8, colour: side})
    ops.push({op: 'bar', x: area.x - 14, y: box.top, height: box.height})
  }
}

/** A listing line for line in the monospace face; a changed line marked with a bar, its inserted and deleted characters as in the text. */
function code(flow: Flow, block: BlockChange): void {
  const style: Style = {face: 'mono', size: listingSize}
  const runs: ReadonlyArray<TextRun> =
    block.kind === 'modified' && block.block !== 'table'
      ? block.runs
      : block.kind === 'added'
        ? [{op: 'insert', value: block.new}]
        : block.kind === 'removed'
          ? [{op: 'delete', value: block.old}]
          : [{op: 'equal', value: block.kind === 'equal' ? block.new : ''}]
  const lines: Array<ListingLine> = [{runs: []}]
  for (const run of runs) {
    const look = run.op === 'insert' ? inserted(style) : run.op === 'delete' ? deleted(style) : style
    run.value
      .replace(/\r\n?/gu, '\n')
      .replace(/\t/gu, '    ')
      .split('\n')
      .forEach((text, index) => {
        if (index > 0) {
          // A line break inserted or deleted changes the line it ends.
          if (run.op !== 'equal') (lines.at(-1) as ListingLine).changed = true
          lines.push({runs: []})
        }
        const line = lines.at(-1) as ListingLine
        line.runs.push(...listingRuns(text, look))
        if (run.op !== 'equal' && text !== '') line.changed = true
      })
  }
  listing(flow, lines)
}

/**
 * A block's text as the comparison tells it writes inline formulas `$…$`,
 * superscripts `^…^` and subscripts `~…~` as the source does: they are set
 * here as the edition sets them (a formula typeset, never as its LaTeX;
 * raised and lowered text), whatever runs of insertion and deletion they
 * cross. A formula edited in place is set twice: as it was, deleted, and as
 * it is, inserted.
 */
export function markup(runs: ReadonlyArray<Run>): Array<Run> {
  const chars = runs.flatMap((run) => [...run.text].map((char) => ({char, style: run.style})))
  const text = chars.map((item) => item.char).join('')
  if (!/[$^~]/u.test(text)) return [...runs]
  const out: Array<Run> = []
  const push = (value: string, style: Style): void => {
    const last = out.at(-1)
    if (last && last.style === style) last.text += value
    else out.push({text: value, style})
  }
  // One raised and one lowered style for each style, so that the characters of a run stay one run.
  const shifted = {up: new Map<Style, Style>(), down: new Map<Style, Style>()}
  const shift = (style: Style, how: 'up' | 'down'): Style => {
    const made = shifted[how].get(style) ?? (how === 'up' ? raised(style) : lowered(style))
    shifted[how].set(style, made)
    return made
  }
  // Positions are of characters (code points), as `chars` holds them.
  const pattern = /\$([^$\n]+)\$|\^([^\s^]{1,16})\^|(?<![\d\s])~([^\s~]{1,16})~/gu
  let at = 0
  for (const match of text.matchAll(pattern)) {
    const start = [...text.slice(0, match.index)].length
    const length = [...match[0]].length
    const inner = chars.slice(start + 1, start + length - 1)
    if (match[1] !== undefined) {
      const old = inner.filter((item) => !item.style.inserted)
      const now = inner.filter((item) => !item.style.deleted)
      const tex = (list: typeof inner) => list.map((item) => item.char).join('')
      const sides = tex(old) === tex(now) ? [{tex: tex(now), style: (inner[0] ?? chars[start])?.style ?? serif}] : [
        {tex: tex(old), style: deleted(baseOf(old[0]?.style ?? serif))},
        {tex: tex(now), style: inserted(baseOf(now[0]?.style ?? serif))}
      ]
      if (sides.some((side) => side.tex.trim() === '' || checkTex(side.tex) !== undefined)) continue
      for (const item of chars.slice(at, start)) push(item.char, item.style)
      for (const side of sides) out.push({text: mathMark, style: {...side.style, math: mathBox(side.tex)}})
    } else {
      for (const item of chars.slice(at, start)) push(item.char, item.style)
      for (const item of inner) push(item.char, shift(item.style, match[2] !== undefined ? 'up' : 'down'))
    }
    at = start + length
  }
  for (const item of chars.slice(at)) push(item.char, item.style)
  return out
}

/** A style without the marks of a side. */
function baseOf(style: Style): Style {
  const {inserted: _inserted, deleted: _deleted, ...rest} = style
  return rest
}

function mathBox(tex: string): MathBox {
  const {svg, width, height, depth} = typeset(tex, false)
  return {tex, svg, width, height, depth}
}
