/**
 * A comparison typeset by the same code as an edition: a summary first, then
 * the newer edition with insertions underlined in colour, deletions struck
 * through, a change bar beside every changed line, and renumbered or moved
 * provisions annotated with where they came from.
 */
import {comparisonReport, type BlockChange, type ComparisonReport, type EqualBlock, type ProvisionChange, type RowChange, type StandardDiff, type TableChange, type TextRun} from '@stdkit/diff'
import {documentWords} from '@stdkit/messages'
import {appendixName} from '@stdkit/tree'
import type {Run, Style} from './breaking.js'
import {heading, plain, roman, sans, serif, type Typeset} from './edition.js'
import {Flow, sizes} from './layout.js'

const inserted = (style: Style): Style => ({...style, inserted: true})
const deleted = (style: Style): Style => ({...style, deleted: true})

function fromRuns(list: ReadonlyArray<TextRun>, style: Style): Array<Run> {
  return list.map((run) => ({text: run.value, style: run.op === 'insert' ? inserted(style) : run.op === 'delete' ? deleted(style) : style}))
}

export function typesetRedline(diff: StandardDiff): Typeset {
  const front = new Flow('front')
  summary(front, comparisonReport(diff))
  return {
    front: front.pages,
    folios: front.pages.map((_, index) => roman(index + 1)),
    body: (sink) => {
      const body = new Flow('body', sink)
      for (const change of diff.provisions) provision(body, change, diff.old.year)
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

function provision(flow: Flow, change: ProvisionChange, year: number): void {
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
  if (change.kinds.includes('renumbered') && change.old) notes.push(words.formerNumber({number: change.old.number, year}))
  if (change.kinds.includes('moved') && change.old) notes.push(words.formerParent({parent: change.old.parent, year}))
  // A number only the older edition has is named with it, beside the newer edition's provisions.
  if (!change.new && change.old) notes.push(words.formerNumber({number: label, year}))
  for (const kind of ['added', 'removed', 'split', 'merged'] as const) if (change.kinds.includes(kind)) notes.push(words.kinds[kind])
  if (notes.length > 0) title.push({text: words.print.notes({notes}), style: {...sans, size: sizes.note}})
  flow.paragraph(title, {align: 'left', keepWithNext: sizes.body * 2, spaceAfter: 2, changed: !change.kinds.includes('unchanged')})
  for (const block of change.blocks) blockChange(flow, block)
}

function blockChange(flow: Flow, block: BlockChange): void {
  const base = block.block === 'note' || block.block === 'example' ? {...serif, size: sizes.note} : serif
  if (block.kind !== 'equal' && block.block === 'table') {
    const rows = block.rows.map(rowRuns)
    const [header, ...rest] = rows
    const changedRows = new Set(block.rows.slice(1).flatMap((row, index) => (row.kind === 'equal' ? [] : [index])))
    flow.table({caption: block.label ? plain(block.label, sans) : undefined, header: header ?? [], rows: rest, changedRows, node: {position: tablePosition(block)}})
    return
  }
  const changed = block.kind === 'added' || block.kind === 'removed'
  const text = textRuns(block, base)
  if (block.block === 'listItem') {
    flow.paragraph(text, {indent: sizes.body * 2, firstIndent: 0, spaceAfter: 1, changed})
  } else {
    flow.paragraph(text, {firstIndent: sizes.body * 2, spaceAfter: 2, changed, size: base.size})
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
