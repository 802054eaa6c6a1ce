/** The page of one edition: cover, tools, table of contents, foreword, clauses and appendices. */
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {classificationLabels, kindLabel, type Timeline} from '@stdkit/diff'
import {clauseId, normalizeNumber, revisionColumns, type Appendix, type Clause, type Foreword, type Standard, type Term} from '@stdkit/tree'
import {block, headingTag, phrasing, type Links} from './content.js'
import {headingId, pageIds} from './ids.js'
import {page} from './layout.js'
import {paths, type Site, type SiteEdition, type SiteStandard} from './model.js'
import {relative} from './url.js'
import {libraryLinks} from './links.js'

/** Timelines of a standard by `<year>:<id>`, for the switcher and the history of each provision. */
export function timelinesById(standard: SiteStandard): Map<string, Timeline> {
  const map = new Map<string, Timeline>()
  for (const timeline of standard.lineage.timelines) {
    for (const entry of timeline.entries) if (entry.id !== undefined) map.set(`${entry.year}:${entry.id}`, timeline)
  }
  return map
}

export function editionPage(site: Site, standard: SiteStandard, edition: SiteEdition): Root {
  const here = paths.edition(standard.slug, edition.year)
  const tree = edition.tree
  const ids = new Set<string>()
  collectIds(tree, ids)
  const links: Links = {ids, standard: libraryLinks(site, here)}
  const timelines = timelinesById(standard)
  const context: Context = {links, timelines, standard, edition, here}
  const foreword = tree.children.find((node): node is Foreword => node.type === 'foreword')
  return page({
    title: `${normalizeNumber(tree.cover.number)} ${tree.cover.title}`,
    crumbs: [h('a', {href: relative(here, paths.index)}, '标准库'), h('span', `${tree.cover.designation} ${edition.year}`)],
    script: true,
    body: [
      cover(tree),
      tools(context),
      toc(tree),
      ...(foreword ? [forewordSection(foreword, links)] : []),
      ...(tree.children.some((node) => node.type === 'clause') ? [h('h2.body-title', {id: pageIds.body}, tree.cover.title)] : []),
      ...tree.children.flatMap((node) => (node.type === 'clause' || node.type === 'appendix' ? [provision(node, 1, context)] : []))
    ]
  })
}

interface Context {
  links: Links
  timelines: Map<string, Timeline>
  standard: SiteStandard
  edition: SiteEdition
  here: string
}

function collectIds(tree: Standard, ids: Set<string>): void {
  const walk = (node: {type: string; id?: unknown; children?: unknown}): void => {
    if (typeof node.id === 'string') ids.add(node.id)
    if (Array.isArray(node.children)) for (const child of node.children) walk(child as {type: string})
  }
  walk(tree as unknown as {type: string})
  ids.add(pageIds.foreword)
}

function cover(tree: Standard): Element {
  const {cover: data} = tree
  return h('section.cover', {ariaLabel: '封面'}, [
    ...(data.category ? [h('p.category', data.category)] : []),
    h('p.code', data.code),
    h('p.kind', `${data.issuer ?? ''}企业标准`),
    h('p.number', normalizeNumber(data.number)),
    ...(data.replaces ? [h('p.replaces', `代替${normalizeNumber(data.replaces)}`)] : []),
    h('h1', data.title),
    h('p.dates', [h('span', `${data.issued ?? '（未发布）'}发布`), h('span', `${data.effective ?? '（未定）'}实施`)]),
    ...(data.issuer ? [h('p.issuer', `${data.issuer}\u3000发布`)] : [])
  ])
}

function tools({standard, edition, here}: Context): Element {
  const others = standard.editions.filter((item) => item.year !== edition.year)
  const options = (selected: number) =>
    standard.editions.map((item) => h('option', {value: String(item.year), selected: item.year === selected}, `${item.year}`))
  const previous = [...standard.editions].reverse().find((item) => item.year < edition.year)
  const template = relative(here, paths.diff(standard.slug, 0, 0)).replace('0..0', 'OLD..NEW')
  return h('div.tools', [
    h('nav', {ariaLabel: '其他版本'}, [
      h('span', '其他版本：'),
      h('ul', others.map((item) => h('li', h('a', {href: relative(here, paths.edition(standard.slug, item.year))}, `${item.year}版`))))
    ]),
    ...(standard.editions.length > 1
      ? [
          h('form', {dataCompare: template, hidden: true}, [
            h('label', {for: pageIds.compareOld}, '比较'),
            h('select', {id: pageIds.compareOld, name: 'old'}, options(previous?.year ?? others[0]?.year ?? edition.year)),
            h('label', {for: pageIds.compareNew}, '与'),
            h('select', {id: pageIds.compareNew, name: 'new'}, options(edition.year)),
            h('button', {type: 'submit'}, '打开比较'),
            h('span', {role: 'status'})
          ]),
          h('nav', {ariaLabel: '比较'}, [
            h('span', '比较：'),
            h(
              'ul',
              standard.diffs
                .filter((pair) => pair.old === edition.year || pair.new === edition.year)
                .map((pair) => h('li', h('a', {href: relative(here, paths.diff(standard.slug, pair.old, pair.new))}, `${pair.old}→${pair.new}`)))
            )
          ])
        ]
      : [])
  ])
}

function toc(tree: Standard): Element {
  const entry = (id: string, text: string, children: Array<Element> = []): Element =>
    h('li', [h('a', {href: `#${id}`}, text), ...(children.length > 0 ? [h('ol', children)] : [])])
  const items: Array<Element> = []
  if (tree.children.some((node) => node.type === 'foreword')) items.push(entry(pageIds.foreword, '前言'))
  for (const node of tree.children) {
    if (node.type === 'clause') {
      const subs = node.children.filter((child): child is Clause => child.type === 'clause')
      items.push(entry(node.id, `${node.number}\u3000${node.title ?? ''}`, subs.map((sub) => entry(sub.id, `${sub.number}\u3000${sub.title ?? ''}`))))
    } else if (node.type === 'appendix') {
      items.push(entry(node.id, `附录${node.letter}\u3000${node.title}`))
    }
  }
  return h('nav.toc', {ariaLabelledby: pageIds.tocTitle}, [h('h2', {id: pageIds.tocTitle}, '目次'), h('ol', items)])
}

function forewordSection(foreword: Foreword, links: Links): Element {
  return h('section.foreword', {id: pageIds.foreword, ariaLabelledby: pageIds.forewordTitle}, [
    h('h2', {id: pageIds.forewordTitle}, '前言'),
    ...foreword.children.map((node) => {
      if (node.type !== 'revisionHistory') return block(node, links)
      return h('table.revision-record', [
        h('caption', '历次修订记录'),
        h('thead', h('tr', revisionColumns.map((column) => h('th', {scope: 'col'}, column)))),
        h(
          'tbody',
          node.children.map((row) =>
            h('tr', [
              h('td', row.number),
              h('td', row.replaces ?? ''),
              h('td', row.changes.length > 1 ? h('ol', row.changes.map((change) => h('li', change))) : (row.changes[0] ?? '')),
              h('td', row.departments.join('、')),
              h('td', row.revisers.join('、')),
              h('td', row.approvers.join('、'))
            ])
          )
        )
      ])
    })
  ])
}

function provision(node: Clause | Term | Appendix, depth: number, context: Context): Element {
  const heading = headingId(node.id)
  const label: Array<ElementContent> =
    node.type === 'appendix'
      ? [h('span.label', `附录${node.letter}`), h('span.status', node.status === 'informative' ? '（资料性附录）' : node.status === 'normative' ? '（规范性附录）' : ''), h('span.title', node.title)]
      : node.type === 'term'
        ? [h('span.number', node.number), h('span.title', node.term), ...(node.english ? [h('span.english', {lang: 'en'}, node.english)] : [])]
        : [h('span.number', node.number), ...(node.title ? [h('span.title', node.title)] : [])]
  // The printed number is an anchor too, next to the stable id.
  const numberId = node.type === 'appendix' ? `appendix-${node.letter}` : node.type === 'term' ? `term-${node.number}` : clauseId(node.number)
  const content: Array<ElementContent> = []
  for (const child of node.children) {
    if (child.type === 'clause' || child.type === 'term') content.push(provision(child, depth + 1, context))
    else if (child.type === 'normativeReference') {
      const year = child.year === undefined ? '' : `–${child.year}`
      const href = context.links.standard(child.designation, child.year)
      const number = `${child.designation}${year}`
      content.push(h('p.reference', [href ? h('a.standard', {href}, number) : number, `\u3000${child.title}`]))
    } else content.push(block(child, context.links))
  }
  return h(`section.provision${node.type === 'appendix' ? '.appendix' : ''}`, {id: node.id, ariaLabelledby: heading}, [
    ...(numberId === node.id ? [] : [h('span', {id: numberId})]),
    h(headingTag(depth), {id: heading}, label),
    versions(node.id, context),
    ...content
  ])
}

/** The same provision in the other editions, and its history: on demand, in a disclosure. */
function versions(id: string, {timelines, edition, standard, here}: Context): Element | ElementContent {
  const timeline = timelines.get(`${edition.year}:${id}`)
  if (!timeline || standard.editions.length < 2) return {type: 'text', value: ''}
  return h('details.versions', [
    h('summary', '其他版本与历史'),
    h(
      'ol',
      timeline.entries.map((entry) => {
        const what = `${entry.kinds.map(kindLabel).join('、')}${entry.classification ? `（${classificationLabels[entry.classification]}）` : ''}`
        const name = entry.number === undefined ? '（本版无此条）' : `${entry.number}${entry.title ? ` ${entry.title}` : ''}`
        const target = entry.id === undefined || entry.year === edition.year ? undefined : `${relative(here, paths.edition(standard.slug, entry.year))}#${entry.id}`
        const label = `${entry.year}版 ${name}`
        return h('li', [target ? h('a', {href: target}, label) : label, `——${what}`])
      })
    )
  ])
}
