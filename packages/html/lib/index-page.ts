/** The library's front page: every standard, its current edition and its timeline of editions. */
import type {Root} from 'hast'
import {h} from 'hastscript'
import {normalizeNumber, standardId} from '@stdkit/tree'
import {page} from './layout.js'
import {paths, type Site} from './model.js'
import {relative} from './url.js'

export function indexPage(site: Site): Root {
  return page({
    title: '标准库',
    crumbs: [h('span', '标准库')],
    body: [
      h('h1', '标准库'),
      ...site.standards.map((standard) => {
        const current = standard.editions.at(-1)
        const id = standardId(standard.slug)
        return h('section.standard', {ariaLabelledby: id}, [
          h('h2', {id}, `${current?.tree.cover.designation ?? standard.slug}《${current?.tree.cover.title ?? ''}》`),
          ...(current ? [h('p', ['现行版本：', h('a', {href: relative(paths.index, paths.edition(standard.slug, current.year))}, `${normalizeNumber(current.tree.cover.number)}`), `（${current.tree.cover.issued ?? '未发布'}发布）`])] : []),
          h('h3', '版本'),
          h(
            'ol.timeline',
            standard.editions.map((edition) =>
              h('li', [
                h('a', {href: relative(paths.index, paths.edition(standard.slug, edition.year))}, normalizeNumber(edition.tree.cover.number)),
                `《${edition.tree.cover.title}》`,
                edition.tree.cover.issued ? `${edition.tree.cover.issued}发布` : '草案'
              ])
            )
          ),
          ...(standard.diffs.length > 0
            ? [h('h3', '比较'), h('ul', standard.diffs.map((pair) => h('li', h('a', {href: relative(paths.index, paths.diff(standard.slug, pair.old, pair.new))}, `${pair.old}版 → ${pair.new}版`))))]
            : [])
        ])
      })
    ]
  })
}
