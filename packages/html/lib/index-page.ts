/** The library's front page: every standard, its current edition and its timeline of editions. */
import type {Element, Root} from 'hast'
import {h} from 'hastscript'
import {documentWords} from '@stdkit/messages'
import {pageIds, printedNumber, standardId} from '@stdkit/tree'
import {page} from './layout.js'
import {paths, type Site, type SiteStandard} from './model.js'
import {relative} from './url.js'
import {citingCount} from './cited-by.js'

export function indexPage(site: Site): Root {
  return page({
    title: '标准库',
    crumbs: [h('span', '标准库')],
    here: paths.index,
    body: [h('h1', '标准库'), ...shelves(site).flatMap((shelf) => (shelf.series ? [seriesSection(site, shelf.series, shelf.standards)] : shelf.standards.map((standard) => standardSection(site, standard, 2))))]
  })
}

interface Series {
  designation: string
  title: string
}

/** The library in order, the parts of a series together under it (in the place of its first part), in the order of their numbers. */
function shelves(site: Site): Array<{series?: Series; standards: Array<SiteStandard>}> {
  const out: Array<{series?: Series; standards: Array<SiteStandard>}> = []
  const bySeries = new Map<string, {series?: Series; standards: Array<SiteStandard>}>()
  for (const standard of site.standards) {
    const series = standard.editions.at(-1)?.tree.cover.series
    if (!series) {
      out.push({standards: [standard]})
      continue
    }
    let shelf = bySeries.get(series.designation)
    if (!shelf) {
      shelf = {series, standards: []}
      bySeries.set(series.designation, shelf)
      out.push(shelf)
    }
    shelf.standards.push(standard)
  }
  const part = (standard: SiteStandard): number => Number(standard.editions.at(-1)?.tree.cover.part?.number ?? 0)
  for (const shelf of bySeries.values()) shelf.standards.sort((a, b) => part(a) - part(b))
  return out
}

function seriesSection(site: Site, series: Series, standards: ReadonlyArray<SiteStandard>): Element {
  const id = standardId(`series-${series.designation.toLowerCase().replace(/[^a-z0-9.]+/gu, '-')}`)
  return h('section.series', {ariaLabelledby: id}, [
    h('h2', {id}, `${series.designation}《${series.title}》`),
    h('p', `分为${standards.length}个部分：`),
    ...standards.map((standard) => standardSection(site, standard, 3))
  ])
}

function standardSection(site: Site, standard: SiteStandard, level: 2 | 3): Element {
  const current = standard.editions.at(-1)
  const id = standardId(standard.slug)
  const cover = current?.tree.cover
  const heading = level === 2 ? 'h2' : 'h3'
  const sub = level === 2 ? 'h3' : 'h4'
  const name = cover?.part && level === 3 ? `第${cover.part.number}部分：${cover.part.title}` : (cover?.title ?? '')
  return h('section.standard', {ariaLabelledby: id}, [
    h(heading, {id}, `${cover?.designation ?? standard.slug}《${name}》`),
    ...(current ? [h('p', ['现行版本：', h('a', {href: relative(paths.index, paths.edition(standard.slug, current.year))}, `${printedNumber(current.tree.cover.number)}`), `（${current.tree.cover.issued ?? '未发布'}发布）`])] : []),
    ...citedCount(site, standard),
    h(sub, '版本'),
    h(
      'ol.timeline',
      standard.editions.map((edition) =>
        h('li', [
          h('a', {href: relative(paths.index, paths.edition(standard.slug, edition.year))}, printedNumber(edition.tree.cover.number)),
          `《${edition.tree.cover.title}》`,
          edition.tree.cover.issued ? `${edition.tree.cover.issued}发布` : '草案'
        ])
      )
    ),
    ...(standard.diffs.length > 0
      ? [h(sub, '比较'), h('ul', standard.diffs.map((pair) => h('li', h('a', {href: relative(paths.index, paths.diff(standard.slug, pair.old, pair.new))}, `${pair.old}版 → ${pair.new}版`))))]
      : [])
  ])
}

/** How many standards of the library cite this one, linked to the list on its current edition's page; nothing when none does. */
function citedCount(site: Site, standard: SiteStandard): Array<Element> {
  const count = citingCount(site, standard)
  const current = standard.editions.at(-1)
  if (count === 0 || !current) return []
  return [h('p.cited', h('a', {href: `${relative(paths.index, paths.edition(standard.slug, current.year))}#${pageIds.citedBy}`}, documentWords().citedBy.count({count})))]
}
