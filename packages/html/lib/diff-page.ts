/**
 * The page of one comparison: a summary (counts, the drafted change list, the
 * record check, the changed fields), the document with its changes inline,
 * and the same diff side by side.
 */
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {classificationLabels, kindLabel, provisionNumber, type BlockChange, type ProvisionChange, type RowChange, type StandardDiff, type TextRun} from '@stdkit/diff'
import {headingId, pageIds, removedId} from '@stdkit/tree'
import {headingTag} from './content.js'
import {page} from './layout.js'
import {paths, type SiteStandard} from './model.js'
import {relative} from './url.js'


export function diffPage(standard: SiteStandard, diff: StandardDiff): Root {
  const here = paths.diff(standard.slug, diff.old.year, diff.new.year)
  const edition = (year: number) => relative(here, paths.edition(standard.slug, year))
  return page({
    title: `${diff.designation} ${diff.old.year}→${diff.new.year} 比较`,
    crumbs: [
      h('a', {href: relative(here, paths.index)}, '标准库'),
      h('a', {href: edition(diff.new.year)}, `${diff.designation} ${diff.new.year}`),
      h('span', `${diff.old.year}→${diff.new.year}`)
    ],
    script: true,
    body: [
      h('h1', `${diff.designation}：${diff.old.year}版与${diff.new.year}版比较`),
      h('p', [
        h('a', {href: edition(diff.old.year)}, `${diff.old.number}《${diff.old.title}》`),
        ' → ',
        h('a', {href: edition(diff.new.year)}, `${diff.new.number}《${diff.new.title}》`)
      ]),
      summary(diff),
      h('p.legend', ['图例：', h('ins', '插入的文字'), '（下划线），', h('del', '删除的文字'), '（删除线）；左侧竖线标出有改动的条款。']),
      h('button.view-toggle', {type: 'button', dataToggleView: '', ariaPressed: 'false', ariaControls: `${pageIds.inline} ${pageIds.sideBySide}`, hidden: true}, '显示并排对照'),
      h('section', {id: pageIds.inline, ariaLabelledby: pageIds.inlineTitle}, [h('h2', {id: pageIds.inlineTitle}, '行内修订'), ...diff.provisions.map((change) => inlineProvision(change, pageId(diff, change)))]),
      h('section', {id: pageIds.sideBySide, ariaLabelledby: pageIds.sideTitle}, [h('h2', {id: pageIds.sideTitle}, '并排对照'), sideBySide(diff)])
    ]
  })
}

function summary(diff: StandardDiff): Element {
  const counts = Object.entries(diff.summary.provisions).filter(([, count]) => count > 0)
  return h('section.summary', {ariaLabelledby: pageIds.summaryTitle}, [
    h('h2', {id: pageIds.summaryTitle}, '概要'),
    h('dl', [
      ...counts.flatMap(([kind, count]) => [h('dt', kindLabel(kind)), h('dd', `${count} 条`)]),
      h('dt', '技术性改动'),
      h('dd', String(diff.summary.technical)),
      h('dt', '编辑性改动'),
      h('dd', String(diff.summary.editorial))
    ]),
    h('h3', '主要技术变化（据比较起草）'),
    diff.changeList.length > 0 ? h('div.change-list', diff.changeList.map((item) => h('p', item.text))) : h('p', '无技术性改动。'),
    ...(diff.recordCheck
      ? [
          h('h3', `修订记录核对（${diff.recordCheck.edition}）`),
          h(
            'ul.record-check',
            diff.recordCheck.claims.map((claim) =>
              h(`li.${claim.status}`, [h('strong', claim.status === 'confirmed' ? '已证实：' : '未证实：'), claim.claim, h('br'), h('small', {lang: 'en'}, claim.message)])
            )
          ),
          ...(diff.recordCheck.uncovered.length > 0
            ? [h('p', ['记录未提及的技术性改动：', ...diff.recordCheck.uncovered.flatMap((id, index) => [index > 0 ? '、' : '', h('a', {href: `#${id}`}, provisionNumber(diff, id))])])]
            : [])
        ]
      : []),
    ...(diff.fields.length > 0
      ? [
          h('table.fields', [
            h('caption', '封面与前言信息的变化'),
            h('thead', h('tr', ['项目', `${diff.old.year}版`, `${diff.new.year}版`, '类别'].map((text) => h('th', {scope: 'col'}, text)))),
            h(
              'tbody',
              diff.fields.map((field) =>
                h('tr', [h('th', {scope: 'row'}, field.label), h('td', field.old === undefined ? '' : h('del', field.old)), h('td', field.new === undefined ? '' : h('ins', field.new)), h('td', classificationLabels[field.classification])])
              )
            )
          ])
        ]
      : [])
  ])
}

function depthOf(change: ProvisionChange): number {
  const number = (change.new ?? change.old)?.number ?? ''
  if (change.id === pageIds.foreword || change.id === pageIds.introduction) return 1
  return number.split('.').length
}

/** The id of a change's section: its own, unless it is a removed provision whose id a provision of the newer edition has too. */
function pageId(diff: StandardDiff, change: ProvisionChange): string {
  const shared = change.new === undefined && diff.provisions.some((other) => other !== change && other.id === change.id)
  return shared ? removedId(change.id) : change.id
}

function inlineProvision(change: ProvisionChange, id: string): Element {
  const changed = !change.kinds.includes('unchanged')
  const heading = headingTag(depthOf(change))
  return h(`section.provision${changed ? '.changed' : ''}`, {id, ariaLabelledby: headingId(id)}, [
    h(heading, {id: headingId(id)}, title(change)),
    ...(changed ? [flags(change)] : []),
    ...change.blocks.map((item) => blockChange(item))
  ])
}

function title(change: ProvisionChange): Array<ElementContent> {
  const {old, new: now} = change
  const label = (side: typeof old) => (side ? (change.provision === 'appendix' ? `附录${side.number}` : side.number) : '')
  const parts: Array<ElementContent | string> = []
  if (old && now && old.number !== now.number) parts.push(h('del', label(old)), ' ', h('ins', label(now)))
  else if (now && !old) parts.push(h('ins', label(now)))
  else if (old && !now) parts.push(h('del', label(old)))
  else parts.push(label(now))
  parts.push(' ')
  if (old && now && (old.title ?? '') !== (now.title ?? '')) parts.push(h('del', old.title ?? ''), ' ', h('ins', now.title ?? ''))
  else if (now && !old) parts.push(h('ins', now.title ?? ''))
  else if (old && !now) parts.push(h('del', old.title ?? ''))
  else parts.push((now ?? old)?.title ?? '')
  return parts.map((part) => (typeof part === 'string' ? {type: 'text', value: part} : part))
}

function flags(change: ProvisionChange): Element {
  const notes: Array<ElementContent> = change.kinds.map((kind) => {
    let text = kindLabel(kind)
    if (kind === 'renumbered' && change.old) text += `（原${change.old.number}）`
    if (kind === 'moved' && change.old) text += `（原属${change.old.parent ?? '顶层'}）`
    return h('span.flag', text)
  })
  if (change.classification) notes.push(h(`span.flag.${change.classification}`, classificationLabels[change.classification]))
  return h('p.flags', [...notes, h('span.sr-only', '：'), h('span', change.reasons.map((reason) => reason.message).join('；'))])
}

function runs(list: ReadonlyArray<TextRun>, show: 'both' | 'old' | 'new' = 'both'): Array<ElementContent> {
  return list.flatMap((run): Array<ElementContent> => {
    if (run.op === 'equal') return [{type: 'text', value: run.value}]
    if (run.op === 'delete') return show === 'new' ? [] : [h('del', run.value)]
    return show === 'old' ? [] : [h('ins', run.value)]
  })
}

function blockChange(change: BlockChange): Element {
  if (change.rows) return tableChange(change.rows, change.label)
  switch (change.kind) {
    case 'equal':
      return h('p', change.new ?? '')
    case 'added':
      return h('p', h('ins.block', change.new ?? ''))
    case 'removed':
      return h('p', h('del.block', change.old ?? ''))
    case 'modified':
      return h('p', runs(change.runs ?? []))
  }
}

function tableChange(rows: ReadonlyArray<RowChange>, label: string | undefined): Element {
  return h('table', [
    ...(label ? [h('caption', label)] : []),
    h(
      'tbody',
      rows.map((row) => {
        if (row.kind === 'added') return h('tr', (row.new ?? []).map((cell) => h('td', h('ins', cell))))
        if (row.kind === 'removed') return h('tr', (row.old ?? []).map((cell) => h('td', h('del', cell))))
        if (row.kind === 'equal') return h('tr', (row.new ?? []).map((cell) => h('td', cell)))
        const cells = row.cells ?? []
        return h(
          'tr',
          (row.new ?? row.old ?? []).map((cell, column) => {
            const changed = cells.find((item) => item.column === column)
            return h('td', changed ? runs(changed.runs) : cell)
          })
        )
      })
    )
  ])
}

function sideBySide(diff: StandardDiff): Element {
  const body: Array<Element> = []
  for (const change of diff.provisions) {
    if (change.kinds.includes('unchanged')) continue
    body.push(h('tr', h('th', {scope: 'rowgroup', colSpan: 2}, title(change))))
    for (const item of change.blocks) {
      if (item.kind === 'equal') continue
      const old = item.kind === 'modified' && item.runs ? runs(item.runs, 'old') : item.old === undefined ? [] : [h('del', item.old)]
      const now = item.kind === 'modified' && item.runs ? runs(item.runs, 'new') : item.new === undefined ? [] : [h('ins', item.new)]
      body.push(h('tr', [h('td', old), h('td', now)]))
    }
  }
  return h('table.side-by-side', [
    h('caption', '有改动的条款，左为旧版，右为新版'),
    h('thead', h('tr', [h('th', {scope: 'col'}, `${diff.old.year}版`), h('th', {scope: 'col'}, `${diff.new.year}版`)])),
    h('tbody', body)
  ])
}
