/**
 * The page of one comparison: a summary (counts, the drafted change list, the
 * record check, the changed fields), the document with its changes inline,
 * and the same diff side by side.
 */
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {citation, comparisonReport, movedBlock, type BlockChange, type ChangeListItem, type MovedShown, type ComparisonReport, type DiffImage, type ProvisionChange, type RowChange, type StandardDiff, type TextRun} from '@stdkit/diff'
import {documentWords} from '@stdkit/messages'
import {appendixName, headingId, pageIds, removedId} from '@stdkit/tree'
import {headingTag} from './content.js'
import {page} from './layout.js'
import {paths, type SiteFiles, type SiteStandard} from './model.js'
import {mathml} from './technical.js'
import {relative} from './url.js'
import {downloads} from './downloads.js'

/** What a block's change is shown with besides itself: where the images are, and the editions' names. */
interface Shown {
  /** The URL of an image, from its path relative to the sources. */
  image(url: string): string
  /** The two editions as the catalogue names them: `2006版`. */
  years: {old: string; new: string}
}

export function diffPage(standard: SiteStandard, diff: StandardDiff, files?: SiteFiles): Root {
  const here = paths.diff(standard.slug, diff.old.year, diff.new.year)
  const edition = (year: number) => relative(here, paths.edition(standard.slug, year))
  const report = comparisonReport(diff)
  const {page: words} = documentWords().comparison
  const {legend} = words
  const shown: Shown = {image: (url) => relative(here, paths.image(standard.slug, url)), years: report.years}
  return page({
    title: words.title({designation: diff.designation, old: diff.old.year, new: diff.new.year}),
    crumbs: [
      h('a', {href: relative(here, paths.index)}, words.library),
      h('a', {href: edition(diff.new.year)}, `${diff.designation} ${diff.new.year}`),
      h('span', `${diff.old.year}→${diff.new.year}`)
    ],
    script: true,
    here,
    // Images, formulas and listings are shown with the technical stylesheet; a comparison without them keeps the bytes it always had.
    ...(diff.provisions.some((change) => change.blocks.some((item) => item.block === 'image' || item.block === 'formula' || item.block === 'code')) ? {styles: ['technical.css']} : {}),
    body: [
      h('div.comparison', {style: marks()}, [
        h('h1', words.heading({designation: report.designation, title: report.title})),
        h('p', [h('a', {href: edition(diff.old.year)}, report.editions.old), ' → ', h('a', {href: edition(diff.new.year)}, report.editions.new)]),
        ...(files ? downloads(here, files.comparison, (ending) => paths.diffFile(standard.slug, diff.old.year, diff.new.year, ending)) : []),
        summary(report, diff),
        h('p.legend', [legend.label, h('ins', legend.inserted), legend.afterInserted, h('del', legend.deleted), legend.afterDeleted]),
        reviewBar(diff),
        h('section', {id: pageIds.inline, ariaLabelledby: pageIds.inlineTitle}, [h('h2', {id: pageIds.inlineTitle}, words.inline), ...diff.provisions.map((change) => inlineProvision(change, pageId(diff, change), shown, diff.old.year))]),
        h('section', {id: pageIds.sideBySide, ariaLabelledby: pageIds.sideTitle}, [h('h2', {id: pageIds.sideTitle}, words.sideBySide), sideBySide(diff, report, shown)])
      ])
    ]
  })
}

/** The report as a page shows it: counts as a list of terms, claims as a list, fields as a table. */
function summary(report: ComparisonReport, diff: StandardDiff): Element {
  const {page: words} = documentWords().comparison
  const {changeList, recordCheck, fields} = report
  const anchors = anchorsOf(diff)
  return h('section.summary', {ariaLabelledby: pageIds.summaryTitle}, [
    h('h2', {id: pageIds.summaryTitle}, words.summary),
    h('dl', [
      ...report.counts.flatMap((item) => [h('dt', item.label), h('dd', words.provisionCount(item))]),
      ...report.classes.flatMap((item) => [h('dt', item.label), h('dd', String(item.count))])
    ]),
    h('h3', changeList.heading),
    changeList.items.length > 0 ? h('div.change-list', diff.changeList.map((item) => h('p', changeItem(item, anchors)))) : h('p', changeList.empty),
    ...(recordCheck
      ? [
          h('h3', recordCheck.heading),
          h(
            'ul.record-check',
            recordCheck.claims.map((claim, index) => {
              // The provisions that bear the claim out, each linked to its section (a changed field of the cover is in the table below).
              const linked = (diff.recordCheck?.claims[index]?.evidence ?? []).flatMap((id) => anchors.provision(id) ?? [])
              const evidence = linked.length > 0 ? [h('br'), h('small.evidence', [words.evidence, ...linked.flatMap((link, place) => [place > 0 ? report.series : '', h('a', {href: `#${link.id}`}, link.name)])])] : []
              return h(`li.${claim.status}`, [h('strong', claim.verdict), claim.claim, h('br'), h('small', claim.message), ...evidence])
            })
          ),
          ...(recordCheck.uncovered.length > 0
            ? [h('p', [recordCheck.uncoveredLabel, ...recordCheck.uncovered.flatMap((clause, index) => [index > 0 ? report.series : '', h('a', {href: `#${clause.id}`}, clause.number)])])]
            : [])
        ]
      : []),
    ...(report.record.rows.length > 0 ? [recordTable(report)] : []),
    ...(fields.rows.length > 0
      ? [
          h('table.fields', [
            h('caption', fields.caption),
            h('thead', h('tr', [fields.columns.field, report.years.old, report.years.new, fields.columns.classification].map((text) => h('th', {scope: 'col'}, text)))),
            h(
              'tbody',
              fields.rows.map((field) =>
                h('tr', [h('th', {scope: 'row'}, field.label), h('td', field.old === undefined ? '' : h('del', field.old)), h('td', field.new === undefined ? '' : h('ins', field.new)), h('td', field.classification)])
              )
            )
          ])
        ]
      : [])
  ])
}

/**
 * What a screen reader says where an insertion or a deletion starts and ends,
 * which the stylesheet puts before and after each `ins` and `del`, unseen:
 * colour, underline and strike are not all a reader gets.
 */
function marks(): string {
  const {marks: words} = documentWords().comparison.page
  const quoted = (text: string) => `"${text.replace(/["\\\n]/gu, (character) => `\\${(character.codePointAt(0) ?? 0).toString(16)} `)}"`
  return `--inserted:${quoted(words.inserted)};--inserted-end:${quoted(words.insertedEnd)};--deleted:${quoted(words.deleted)};--deleted-end:${quoted(words.deletedEnd)}`
}

/** The ids of the provisions' sections on the page, and the section a change-list item speaks of. */
interface Anchors {
  /** The section of the provision an item of the change list speaks of: the removed one for a removal, else the newer one. */
  of(item: ChangeListItem): string | undefined
  /** The section of a provision by its id, named as a reader cites it (`6.6`, `2006年版的第5章`); none for what is not a provision (`cover.title`). */
  provision(id: string): {id: string; name: string} | undefined
}

function anchorsOf(diff: StandardDiff): Anchors {
  const {formerNumber} = documentWords().comparison
  const changes = (id: string) => diff.provisions.filter((change) => change.id === id)
  return {
    of: (item) => {
      const found = changes(item.id)
      const change = found.find((candidate) => (item.action === 'removed') === (candidate.new === undefined)) ?? found[0]
      return change && pageId(diff, change)
    },
    provision: (id) => {
      const found = changes(id)
      const change = found.find((candidate) => candidate.new !== undefined) ?? found[0]
      if (!change) return undefined
      const name = change.new ? citation(change.provision, change.new) : change.old ? formerNumber({number: citation(change.provision, change.old), year: diff.old.year}) : id
      return {id: pageId(diff, change), name}
    }
  }
}

/**
 * An item of the drafted change list, its closing citation (`（见4.3 d））`,
 * `（2007年版的3.4）`) a link to the provision it speaks of; an item without
 * one is a link as a whole.
 */
function changeItem(item: ChangeListItem, anchors: Anchors): Array<ElementContent> {
  const id = anchors.of(item)
  if (id === undefined) return [{type: 'text', value: item.text}]
  const href = `#${id}`
  const cited = /（(?:见|\d{4}年版的)(?:(?!（(?:见|\d{4}年版的)).)*）(?=[；。]$)/u.exec(item.text)
  if (!cited) return [h('a', {href}, item.text)]
  return [{type: 'text', value: item.text.slice(0, cited.index)}, h('a', {href}, cited[0]), {type: 'text', value: item.text.slice(cited.index + cited[0].length)}]
}

/**
 * The reviewer's toolbar, kept at the top of the window: the previous and
 * next changed provision (also by keys), where the one in view stands among
 * them, and the switch between the inline and the side-by-side view. It needs
 * the page's script, which shows it.
 */
function reviewBar(diff: StandardDiff): Element {
  const {page: words} = documentWords().comparison
  const {review} = words
  const total = diff.provisions.filter((change) => !change.kinds.includes('unchanged')).length
  const toggle = h('button.view-toggle', {type: 'button', dataToggleView: '', ariaPressed: 'false', ariaControls: `${pageIds.inline} ${pageIds.sideBySide}`, hidden: true}, words.showSideBySide)
  if (total === 0) return h('div.review-bar', {role: 'toolbar', ariaLabel: review.label, hidden: true}, [toggle])
  return h('div.review-bar', {role: 'toolbar', ariaLabel: review.label, dataReview: review.position({index: '{index}', total}), hidden: true}, [
    h('button', {type: 'button', dataStep: '-1', ariaKeyshortcuts: 'k p', title: review.keys}, review.previous),
    h('button', {type: 'button', dataStep: '1', ariaKeyshortcuts: 'j n', title: review.keys}, review.next),
    h('span.position', {role: 'status'}, review.start({total})),
    toggle
  ])
}

/** The revision record's changes: each changed cell named by its row and column, each added or removed row whole. */
function recordTable(report: ComparisonReport): Element {
  const {record} = report
  return h('table.fields.record', [
    h('caption', record.caption),
    h(
      'tbody',
      record.rows.flatMap((row) =>
        row.kind === 'modified'
          ? row.cells.map((cell) => h('tr', [h('th', {scope: 'row'}, cell.name), h('td', runs(cell.runs))]))
          : [h('tr', [h('th', {scope: 'row'}, row.label), h('td', h(row.kind === 'added' ? 'ins' : 'del', row.text))])]
      )
    )
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

function inlineProvision(change: ProvisionChange, id: string, shown: Shown, year: number): Element {
  const changed = !change.kinds.includes('unchanged')
  const heading = headingTag(depthOf(change))
  return h(`section.provision${changed ? '.changed' : ''}`, {id, ariaLabelledby: headingId(id)}, [
    h(heading, {id: headingId(id)}, title(change, year)),
    ...(changed ? [flags(change, year)] : []),
    // A table or figure moved to another provision is shown once, where it left.
    ...change.blocks.flatMap((item) => (movedBlock(item) === 'hidden' ? [] : [blockChange(item, shown)]))
  ])
}

/** A provision's number and title, changes marked; a number only the older edition has is named with it: `2006年版的6.2`. */
function title(change: ProvisionChange, year: number): Array<ElementContent> {
  const {old, new: now} = change
  const named = (side: NonNullable<typeof old>) => (change.provision === 'appendix' ? appendixName({letter: side.number}) : side.number)
  const label = (side: typeof old) => (side ? (side === old && !now ? documentWords().comparison.formerNumber({number: named(side), year}) : named(side)) : '')
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

function flags(change: ProvisionChange, year: number): Element {
  const words = documentWords().comparison
  const notes: Array<ElementContent> = change.kinds.map((kind) => {
    let text = words.kinds[kind]
    if (kind === 'renumbered' && change.old) text += words.page.note({text: words.formerNumber({number: change.old.number, year})})
    if (kind === 'moved' && change.old) text += words.page.note({text: words.formerParent({parent: change.old.parent, year})})
    return h('span.flag', text)
  })
  if (change.classification) notes.push(h(`span.flag.${change.classification}`, words.classifications[change.classification]))
  return h('p.flags', [...notes, h('span.sr-only', words.page.reasonsFollow), h('span', change.reasons.map((reason) => reason.message).join(words.page.reasonSeparator))])
}

function runs(list: ReadonlyArray<TextRun>, show: 'both' | 'old' | 'new' = 'both'): Array<ElementContent> {
  return list.flatMap((run): Array<ElementContent> => {
    if (run.op === 'equal') return [{type: 'text', value: run.value}]
    if (run.op === 'delete') return show === 'new' ? [] : [h('del', run.value)]
    return show === 'old' ? [] : [h('ins', run.value)]
  })
}

function blockChange(change: BlockChange, shown: Shown): Element {
  const moved = movedBlock(change)
  if (moved && moved !== 'hidden') return movedChange(moved)
  const pictured = media(change, shown)
  if (pictured) return pictured
  // A listing keeps its lines.
  const tag = change.block === 'code' ? 'p.code-change' : 'p'
  switch (change.kind) {
    case 'equal':
      return h(tag, change.new)
    case 'added':
      return change.block === 'table' ? tableChange(change.rows, change.label) : h(tag, h('ins.block', change.new))
    case 'removed':
      return change.block === 'table' ? tableChange(change.rows, change.label) : h(tag, h('del.block', change.old))
    case 'modified':
      return change.block === 'table' ? tableChange(change.rows, change.label) : h(tag, runs(change.runs))
  }
}

/** A table or figure moved to another provision: its move line, then each change made on the way, a cell named by table, row and column. */
function movedChange(moved: MovedShown): Element {
  return h('div.moved', [h('p.move', moved.line), ...moved.parts.map((part) => h('p', [...(part.name === undefined ? [] : [`${part.name}：`]), ...runs(part.runs)]))])
}

function tableChange(rows: ReadonlyArray<RowChange>, label: string | undefined): Element {
  return h('table', [...(label ? [h('caption', label)] : []), h('tbody', rows.map((row) => h('tr', rowCells(row))))])
}

function rowCells(row: RowChange): Array<Element> {
  switch (row.kind) {
    case 'equal':
      return row.new.map((cell) => h('td', cell))
    case 'added':
      return row.new.map((cell) => h('td', h('ins', cell)))
    case 'removed':
      return row.old.map((cell) => h('td', h('del', cell)))
    case 'modified':
      return row.new.map((cell, column) => {
        const changed = row.cells.find((item) => item.column === column)
        return h('td', changed ? runs(changed.runs) : cell)
      })
  }
}

function sideBySide(diff: StandardDiff, report: ComparisonReport, shown: Shown): Element {
  const body: Array<Element> = []
  for (const change of diff.provisions) {
    if (change.kinds.includes('unchanged')) continue
    body.push(h('tr', h('th', {scope: 'rowgroup', colSpan: 2}, title(change, diff.old.year))))
    for (const item of change.blocks) {
      if (item.kind === 'equal') continue
      const moved = movedBlock(item)
      if (moved === 'hidden') continue
      if (moved) {
        body.push(h('tr', h('td', {colSpan: 2}, [movedChange(moved)])))
        continue
      }
      body.push(h('tr', [h('td', side(item, 'old', shown)), h('td', side(item, 'new', shown))]))
    }
  }
  return h('table.side-by-side', [
    h('caption', documentWords().comparison.page.sideBySideCaption),
    h('thead', h('tr', [h('th', {scope: 'col'}, report.years.old), h('th', {scope: 'col'}, report.years.new)])),
    h('tbody', body)
  ])
}

/** One side of a changed block: a modified text's runs of that side, or the whole text a side has. */
function side(item: Exclude<BlockChange, {kind: 'equal'}>, show: 'old' | 'new', shown: Shown): Array<ElementContent> {
  const picture = show === 'old' ? pictureOf(item.oldImage, item.oldFormula, shown) : pictureOf(item.newImage, item.newFormula, shown)
  if ((item.block === 'image' || item.block === 'formula') && picture) return [h(show === 'old' ? 'del.block' : 'ins.block', [picture])]
  if (item.kind === 'modified' && item.block !== 'table') return runs(item.runs, show)
  if (show === 'old') return item.kind === 'added' ? [] : [h('del', item.old)]
  return item.kind === 'removed' ? [] : [h('ins', item.new)]
}

/** One side's image or formula, drawn: the image from its file beside the pages, the formula as MathML. */
function pictureOf(image: DiffImage | undefined, formula: string | undefined, shown: Shown): Element | undefined {
  if (image) {
    const file = image.file
    const caption = [image.label, image.caption].filter((part) => part !== undefined && part !== '').join('\u3000')
    return h('span.picture', [
      h('img', {src: shown.image(image.url), alt: image.alt, ...(file ? {width: file.width, height: file.height} : {}), loading: 'lazy'}),
      ...(caption ? [h('span.subcaption', caption)] : [])
    ])
  }
  return formula === undefined ? undefined : h('span.picture.formula-picture', [mathml(formula, true)])
}

/**
 * An image or formula block, drawn rather than told in words: unchanged, as
 * it is; changed, the older and the newer side by side, each labelled with
 * its edition, struck and inserted; added or removed, the one side there is.
 */
function media(change: BlockChange, shown: Shown): Element | undefined {
  if (change.block !== 'image' && change.block !== 'formula') return undefined
  const old = pictureOf(change.oldImage, change.oldFormula, shown)
  const now = pictureOf(change.newImage, change.newFormula, shown)
  const label = change.label === undefined ? [] : [h('p.media-label', change.label)]
  if (change.kind === 'equal') return now ? h('div.media', [...label, now]) : undefined
  if (!old && !now) return undefined
  const sides: Array<Element> = []
  if (old && change.kind !== 'added') sides.push(h('div.media-side', [h('p.side-label', shown.years.old), h('del.block', [old])]))
  if (now && change.kind !== 'removed') sides.push(h('div.media-side', [h('p.side-label', shown.years.new), h('ins.block', [now])]))
  return h('div.media.media-change', [...label, h('div.media-sides', sides)])
}
