/**
 * A comparison typeset by the same code as an edition: a summary first, then
 * the newer edition with insertions underlined in colour, deletions struck
 * through, a change bar beside every changed line, and renumbered or moved
 * provisions annotated with where they came from.
 */
import {comparisonReport, movedBlock, type BlockChange, type ComparisonReport, type DiffImage, type EqualBlock, type ProvisionChange, type RowChange, type StandardDiff, type TableChange, type TextRun} from '@stdkit/diff'
import {documentWords} from '@stdkit/messages'
import {appendixName} from '@stdkit/tree'
import type {Run, Style} from './breaking.js'
import {checkTex, typeset} from '@stdkit/math'
import {mathMark, type MathBox} from './breaking.js'
import {displayFormula, heading, imageOp, listing, listingRuns, listingSize, lowered, plain, raised, readImage, roman, sans, serif, underImage, type ListingLine, type Options, type Typeset} from './edition.js'
import {area, Flow, leading, measure, sizes, type Op} from './layout.js'

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
}

/** A comparison typeset; images of either edition are read by `options.readImage`, by their paths relative to the sources. */
export function typesetRedline(diff: StandardDiff, options: Readonly<Pick<Options, 'readImage'>> = {}): Typeset {
  const front = new Flow('front')
  const report = comparisonReport(diff)
  summary(front, report)
  const context: Context = {readImage: options.readImage, years: report.years, oldYear: diff.old.year}
  return {
    front: front.pages,
    folios: front.pages.map((_, index) => roman(index + 1)),
    body: (sink) => {
      const body = new Flow('body', sink)
      for (const change of diff.provisions) provision(body, change, context)
      body.end()
    }
  }
}

/** The report as print shows it: counts and fields as tables, claims as paragraphs. */
function summary(flow: Flow, report: ComparisonReport): void {
  const {print: words} = documentWords().comparison
  const title = {face: 'sansBold', size: sizes.title} as const
  const small = {...serif, size: sizes.note}
  const head = {...sans, size: sizes.note}
  const {changeList, recordCheck, fields} = report
  flow.outline(words.outline, 1)
  flow.paragraph(plain(words.heading({designation: report.designation, title: report.title}), title), {align: 'center', size: sizes.title, spaceAfter: 6})
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
  flow.paragraph(plain(changeList.heading, heading), {spaceBefore: 6, keepWithNext: sizes.body * 3})
  if (changeList.items.length === 0) flow.paragraph(plain(changeList.empty), {firstIndent: sizes.body * 2})
  for (const item of changeList.items) flow.paragraph(plain(item), {firstIndent: sizes.body * 2, spaceAfter: 1})
  if (recordCheck) {
    flow.paragraph(plain(recordCheck.heading, heading), {spaceBefore: 6, keepWithNext: sizes.body * 3})
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
  flow.paragraph(title, {align: 'left', keepWithNext: sizes.body * 2, spaceAfter: 2, changed: !change.kinds.includes('unchanged')})
  const blocks = inPrintOrder(change.blocks)
  // What comes right before a figure's caption is kept on its page.
  blocks.forEach((block, index) => blockChange(flow, block, context, blocks[index + 1]?.block === 'figure' ? sizes.body * leading * 1.5 : 0))
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

function blockChange(flow: Flow, block: BlockChange, context: Context, keepWithNext: number): void {
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
    const rows = block.rows.map((row) => rowRuns(row).map(markup))
    const [header, ...rest] = rows
    const changedRows = new Set(block.rows.slice(1).flatMap((row, index) => (row.kind === 'equal' ? [] : [index])))
    flow.table({caption: block.label ? plain(block.label, sans) : undefined, header: header ?? [], rows: rest, changedRows, node: {position: tablePosition(block)}})
    return
  }
  const changed = block.kind === 'added' || block.kind === 'removed'
  const text = markup(textRuns(block, base))
  if (block.block === 'listItem') {
    flow.paragraph(text, {indent: sizes.body * 2, firstIndent: 0, spaceAfter: 1, changed})
  } else {
    flow.paragraph(text, {firstIndent: sizes.body * 2, spaceAfter: 2, changed, size: base.size, keepWithNext})
  }
  // A text printed alike whose change is elsewhere (a reference now pointing at another provision): why, in words.
  if (block.kind === 'modified' && block.runs.every((run) => run.op === 'equal')) {
    for (const reason of block.reasons) flow.paragraph(plain(reason.message, {...sans, size: sizes.note}), {indent: sizes.body * 4, size: sizes.note, align: 'left', spaceAfter: 2, changed: true})
  }
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
  flow.paragraph([...name, ...title], {align: 'center', spaceBefore: 2, spaceAfter: 6, changed: side !== undefined})
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
      ops.push({op: 'text', x: area.x + sizes.body * 2, y: box.baseline - sizes.note, text: label, style, spacing: 0, width})
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
