/**
 * A comparison typeset by the same code as an edition: a summary first, then
 * the newer edition with insertions underlined in colour, deletions struck
 * through, a change bar beside every changed line, and renumbered or moved
 * provisions annotated with where they came from.
 */
import {kindLabel, provisionNumber, type BlockChange, type ProvisionChange, type StandardDiff, type TextRun} from '@stdkit/diff'
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
  summary(front, diff)
  return {
    front: front.pages,
    folios: front.pages.map((_, index) => roman(index + 1)),
    body: (sink) => {
      const body = new Flow('body', sink)
      for (const change of diff.provisions) provision(body, change)
      body.end()
    }
  }
}

function summary(flow: Flow, diff: StandardDiff): void {
  const title = {face: 'sansBold', size: sizes.title} as const
  flow.outline('比较概要', 1)
  flow.paragraph(plain(`${diff.designation}　${diff.old.year}版与${diff.new.year}版比较`, title), {align: 'center', size: sizes.title, spaceAfter: 6})
  flow.paragraph(plain(`${diff.old.number}《${diff.old.title}》 → ${diff.new.number}《${diff.new.title}》`, sans), {align: 'center', spaceAfter: 12})
  flow.paragraph(plain('图例：', heading).concat([{text: '插入的文字', style: inserted(serif)}, {text: '（下划线）；', style: serif}, {text: '删除的文字', style: deleted(serif)}, {text: '（删除线）；页边竖线标出有改动的行。', style: serif}]), {spaceAfter: 8})
  const counts = Object.entries(diff.summary.provisions).filter(([, count]) => count > 0)
  flow.table({
    caption: plain('条款变化统计', sans),
    header: [plain('类别', {...sans, size: sizes.note}), plain('条数', {...sans, size: sizes.note})],
    rows: [
      ...counts.map(([kind, count]) => [plain(kindLabel(kind), {...serif, size: sizes.note}), plain(String(count), {...serif, size: sizes.note})]),
      [plain('技术性改动', {...serif, size: sizes.note}), plain(String(diff.summary.technical), {...serif, size: sizes.note})],
      [plain('编辑性改动', {...serif, size: sizes.note}), plain(String(diff.summary.editorial), {...serif, size: sizes.note})]
    ]
  })
  flow.paragraph(plain('主要技术变化（据比较起草）', heading), {spaceBefore: 6, keepWithNext: sizes.body * 3})
  if (diff.changeList.length === 0) flow.paragraph(plain('无技术性改动。'), {firstIndent: sizes.body * 2})
  for (const item of diff.changeList) flow.paragraph(plain(item.text), {firstIndent: sizes.body * 2, spaceAfter: 1})
  if (diff.recordCheck) {
    flow.paragraph(plain(`修订记录核对（${diff.recordCheck.edition}）`, heading), {spaceBefore: 6, keepWithNext: sizes.body * 3})
    for (const claim of diff.recordCheck.claims) {
      flow.paragraph([{text: claim.status === 'confirmed' ? '已证实：' : '未证实：', style: heading}, {text: claim.claim, style: serif}], {firstIndent: sizes.body * 2, spaceAfter: 1})
      flow.paragraph(plain(claim.message, {...sans, size: sizes.note}), {indent: sizes.body * 4, size: sizes.note, align: 'left', spaceAfter: 2})
    }
    if (diff.recordCheck.uncovered.length > 0) {
      const numbers = diff.recordCheck.uncovered.map((id) => provisionNumber(diff, id))
      flow.paragraph(plain(`记录未提及的技术性改动：${numbers.join('、')}`), {firstIndent: sizes.body * 2})
    }
  }
  if (diff.fields.length > 0) {
    const small = {...serif, size: sizes.note}
    flow.table({
      caption: plain('封面与前言信息的变化', sans),
      header: ['项目', `${diff.old.year}版`, `${diff.new.year}版`].map((text) => plain(text, {...sans, size: sizes.note})),
      rows: diff.fields.map((field) => [plain(field.label, small), plain(field.old ?? '', deleted(small)), plain(field.new ?? '', inserted(small))]),
      changedRows: new Set(diff.fields.map((_, index) => index))
    })
  }
}

function provision(flow: Flow, change: ProvisionChange): void {
  const side = change.new ?? change.old
  if (!side) return
  const depth = change.id === 'foreword' ? 1 : side.number.split('.').length
  const added = change.kinds.includes('added')
  const removed = change.kinds.includes('removed')
  if (change.provision === 'appendix' && depth === 1) flow.freshPage()
  flow.space(depth === 1 ? 8 : 4)
  flow.ensure(sizes.body * 5)
  flow.destination(change.id)
  const label = change.provision === 'appendix' ? `附录${side.number}` : side.number
  flow.outline(`${label}${side.title ? `\u3000${side.title}` : ''}`, Math.min(depth, 4))
  const title: Array<Run> = []
  const style = added ? inserted(heading) : removed ? deleted(heading) : heading
  if (change.old && change.new && change.old.number !== change.new.number) {
    title.push({text: change.provision === 'appendix' ? `附录${change.new.number}` : change.new.number, style: inserted(heading)})
  } else title.push({text: label, style})
  title.push({text: '\u3000', style: heading})
  if (change.old && change.new && (change.old.title ?? '') !== (change.new.title ?? '')) {
    title.push({text: change.old.title ?? '', style: deleted(heading)}, {text: change.new.title ?? '', style: inserted(heading)})
  } else title.push({text: side.title ?? '', style})
  const notes: Array<string> = []
  if (change.kinds.includes('renumbered') && change.old) notes.push(`原${change.old.number}`)
  if (change.kinds.includes('moved') && change.old) notes.push(`原属${change.old.parent ?? '顶层'}`)
  for (const kind of ['added', 'removed', 'split', 'merged'] as const) if (change.kinds.includes(kind)) notes.push(kindLabel(kind))
  if (notes.length > 0) title.push({text: `（${notes.join('，')}）`, style: {...sans, size: sizes.note}})
  flow.paragraph(title, {align: 'left', keepWithNext: sizes.body * 2, spaceAfter: 2, changed: !change.kinds.includes('unchanged')})
  for (const block of change.blocks) blockChange(flow, block)
}

function blockChange(flow: Flow, block: BlockChange): void {
  const changed = block.kind === 'added' || block.kind === 'removed'
  const base = block.block === 'note' || block.block === 'example' ? {...serif, size: sizes.note} : serif
  const styled = block.kind === 'added' ? inserted(base) : block.kind === 'removed' ? deleted(base) : base
  if (block.rows) {
    const cellStyle = {...serif, size: sizes.note}
    const rows = block.rows.map((row) => {
      if (row.kind === 'added') return (row.new ?? []).map((cell) => plain(cell, inserted(cellStyle)))
      if (row.kind === 'removed') return (row.old ?? []).map((cell) => plain(cell, deleted(cellStyle)))
      return (row.new ?? row.old ?? []).map((cell, column) => {
        const cellChange = row.cells?.find((item) => item.column === column)
        return cellChange ? fromRuns(cellChange.runs, cellStyle) : plain(cell, cellStyle)
      })
    })
    const [header, ...rest] = rows
    const changedRows = new Set(block.rows.slice(1).flatMap((row, index) => (row.kind === 'equal' ? [] : [index])))
    flow.table({caption: block.label ? plain(block.label, sans) : undefined, header: header ?? [], rows: rest, changedRows, node: {position: block.newPosition ?? block.oldPosition}})
    return
  }
  const text = block.kind === 'modified' ? fromRuns(block.runs ?? [], base) : plain(block.new ?? block.old ?? '', styled)
  if (block.block === 'listItem') {
    flow.paragraph(text, {indent: sizes.body * 2, firstIndent: 0, spaceAfter: 1, changed})
  } else {
    flow.paragraph(text, {firstIndent: sizes.body * 2, spaceAfter: 2, changed, size: base.size})
  }
}
