/** The page of one edition: cover, tools, table of contents, foreword, clauses and appendices. */
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import type {Timeline} from '@stdkit/diff'
import {documentWords} from '@stdkit/messages'
import {appendixName, documentTypeOf, pageIds, printedNumber, type Clause, type Standard} from '@stdkit/tree'
import {all, defaultHandlers, type HtmlHandlers, type Links, type State} from './content.js'
import {page} from './layout.js'
import {footnotesSection, showsTechnical} from './technical.js'
import {paths, type Site, type SiteEdition, type SiteStandard} from './model.js'
import {relative} from './url.js'
import {libraryLinks} from './links.js'
import {downloads} from './downloads.js'
import {citedBySection} from './cited-by.js'

/** Timelines of a standard by `<year>:<id>`, for the switcher and the history of each provision. */
export function timelinesById(standard: SiteStandard): Map<string, Timeline> {
  const map = new Map<string, Timeline>()
  for (const timeline of standard.lineage.timelines) {
    for (const entry of timeline.entries) if (entry.id !== undefined) map.set(`${entry.year}:${entry.id}`, timeline)
  }
  return map
}

export function editionPage(site: Site, standard: SiteStandard, edition: SiteEdition, options: Readonly<Options> = {}): Root {
  const here = paths.edition(standard.slug, edition.year)
  const tree = edition.tree
  const ids = new Set<string>()
  collectIds(tree, ids)
  const links: Links = {ids, standard: libraryLinks(site, here)}
  const timelines = timelinesById(standard)
  const context: Context = {timelines, standard, edition, here, site}
  const state: State = {
    handlers: {...defaultHandlers, ...options.handlers},
    links,
    depth: 1,
    versions: (id) => versions(id, context),
    tree,
    image: (url) => relative(here, paths.image(standard.slug, url)),
    footnotes: {entries: new Map()}
  }
  // The body's title comes before the first clause or appendix, when there is a clause.
  const found = tree.children.findIndex((node) => node.type === 'clause' || node.type === 'appendix')
  const first = found === -1 ? tree.children.length : found
  const titled = tree.children.some((node) => node.type === 'clause')
  return page({
    title: `${printedNumber(tree.cover.number)} ${tree.cover.title}`,
    crumbs: [h('a', {href: relative(here, paths.index)}, '标准库'), h('span', `${tree.cover.designation} ${edition.year}`)],
    script: true,
    here,
    styles: [...(fullCover(tree) ? ['cover.css'] : []), ...(showsTechnical(tree) ? ['technical.css'] : [])],
    body: [
      cover(tree),
      tools(context),
      toc(tree),
      ...all(tree.children.slice(0, first), state),
      ...(titled ? [h('h2.body-title', {id: pageIds.body}, tree.cover.title)] : []),
      ...all(tree.children.slice(first), state),
      ...footnotesSection(state, all),
      ...citedBySection(site, standard, edition, here)
    ]
  })
}

export interface Options {
  /** Handlers merged over the default ones, by node type (default: none). */
  handlers?: Partial<HtmlHandlers> | undefined
}

interface Context {
  timelines: Map<string, Timeline>
  standard: SiteStandard
  edition: SiteEdition
  here: string
  site: Site
}

function collectIds(tree: Standard, ids: Set<string>): void {
  const walk = (node: {type: string; id?: unknown; children?: unknown}): void => {
    if (typeof node.id === 'string') ids.add(node.id)
    if (Array.isArray(node.children)) for (const child of node.children) walk(child as {type: string})
  }
  walk(tree as unknown as {type: string})
  ids.add(pageIds.foreword)
}

/**
 * The cover, laid out as GB/T 1.1 lays it out: classification numbers top
 * left, the code, the filing number, the type line, the number (as written)
 * and the numbers it replaces on the right, the title, its English title, the
 * adoption and the stage of a draft, the dates, and the issuers one per line.
 */
function cover(tree: Standard): Element {
  const {cover: data} = tree
  const words = documentWords().cover
  const replaced = data.replacedNumbers ?? (data.replaces === undefined ? [] : [data.replaces])
  const classes = [
    ...(data.ics && data.ics.length > 0 ? [h('p', words.ics({numbers: data.ics}))] : []),
    ...(data.ccs ? [h('p', words.ccs({value: data.ccs}))] : []),
    ...(data.classification ? [h('p', data.classification)] : [])
  ]
  const issuers = data.issuers ?? []
  return h('section.cover', {ariaLabel: words.label}, [
    ...(classes.length > 0 ? [h('div.classes', classes)] : []),
    ...(data.category ? [h('p.category', data.category)] : []),
    h('p.code', data.code),
    ...(data.filing ? [h('p.filing', words.filing({number: data.filing}))] : []),
    h('p.kind', data.documentType ?? documentTypeOf(data.code, data.issuer)),
    h('p.number', data.number),
    ...replaced.map((number) => h('p.replaces', words.replaces({number}))),
    h('h1', titleLines(data.title, data.part !== undefined)),
    ...(data.titleEnglish ? [h('p.title-en', {lang: 'en'}, data.titleEnglish)] : []),
    ...(data.adoption ? [h('p.adoption', words.adoption(data.adoption))] : []),
    ...(data.stage ? [h('p.stage', words.stage({stage: words.stages[data.stage]}))] : []),
    h('p.dates', [h('span', words.issued({date: data.issued ?? '（未发布）'})), h('span', words.effective({date: data.effective ?? '（未定）'}))]),
    ...(issuers.length > 1
      ? [h('p.issuer', [h('span.issuers', issuers.flatMap((name, index) => (index === 0 ? [name] : [h('br'), name]))), `\u3000${words.issuedBy}`])]
      : data.issuer
        ? [h('p.issuer', `${data.issuer}\u3000${words.issuedBy}`)]
        : [])
  ])
}

/** The title on the cover, a part's own title on a new line at `第N部分`. */
function titleLines(title: string, part: boolean): Array<Element | string> | string {
  const at = part ? title.search(/第\d+部分[：:]/u) : -1
  return at > 0 ? [title.slice(0, at).trimEnd(), h('br'), title.slice(at)] : title
}

/** Whether the cover shows more than an enterprise cover does, and so needs the cover's own styles. */
function fullCover(tree: Standard): boolean {
  const data = tree.cover
  return [data.ics, data.ccs, data.classification, data.filing, data.replacedNumbers, data.titleEnglish, data.adoption, data.stage, data.issuers].some((value) => value !== undefined)
}

/**
 * The other parts of the series a part belongs to, as the library holds them:
 * each by its number and designation (what the page's links are built from),
 * leading to its latest edition.
 */
function seriesParts(site: Site, standard: SiteStandard, edition: SiteEdition, here: string): Array<Element> {
  const series = edition.tree.cover.series
  if (!series) return []
  const parts = site.standards.flatMap((other) => {
    const latest = other.editions.at(-1)
    const designation = latest?.tree.cover.designation ?? ''
    const number = designation.startsWith(`${series.designation}.`) ? designation.slice(series.designation.length + 1) : undefined
    return other === standard || !latest || number === undefined || !/^\d+$/u.test(number) ? [] : [{number: Number(number), designation, href: relative(here, paths.edition(other.slug, latest.year))}]
  })
  if (parts.length === 0) return []
  parts.sort((a, b) => a.number - b.number)
  return [
    h('nav.series', {ariaLabel: '本系列的其他部分'}, [
      h('span', `${series.designation}的其他部分：`),
      h('ul', parts.map((part) => h('li', h('a', {href: part.href}, `第${part.number}部分（${part.designation}）`))))
    ])
  ]
}

function tools({standard, edition, here, site}: Context): Element {
  const others = standard.editions.filter((item) => item.year !== edition.year)
  const options = (selected: number) =>
    standard.editions.map((item) => h('option', {value: String(item.year), selected: item.year === selected}, `${item.year}`))
  const previous = [...standard.editions].reverse().find((item) => item.year < edition.year)
  const template = relative(here, paths.diff(standard.slug, 0, 0)).replace('0..0', 'OLD..NEW')
  const files = site.files
  return h('div.tools', [
    ...(files ? downloads(here, files.edition, (ending) => paths.editionFile(standard.slug, edition.year, ending), files.edition.includes('.json') ? files.schema : undefined) : []),
    h('nav', {ariaLabel: '其他版本'}, [
      h('span', '其他版本：'),
      h('ul', others.map((item) => h('li', h('a', {href: relative(here, paths.edition(standard.slug, item.year))}, `${item.year}版`))))
    ]),
    ...seriesParts(site, standard, edition, here),
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
      items.push(entry(node.id, `${appendixName(node)}\u3000${node.title}`))
    } else if (node.type === 'bibliography') {
      items.push(entry(node.id, documentWords().technical.bibliography))
    } else if (node.type === 'termIndex') {
      items.push(entry(node.id, documentWords().technical.index))
    }
  }
  return h('nav.toc', {ariaLabelledby: pageIds.tocTitle}, [h('h2', {id: pageIds.tocTitle}, '目次'), h('ol', items)])
}

/** The same provision in the other editions, and its history: on demand, in a disclosure. */
function versions(id: string, {timelines, edition, standard, here}: Context): Element | ElementContent {
  const timeline = timelines.get(`${edition.year}:${id}`)
  if (!timeline || standard.editions.length < 2) return {type: 'text', value: ''}
  const words = documentWords().comparison
  return h('details.versions', [
    h('summary', '其他版本与历史'),
    h(
      'ol',
      timeline.entries.map((entry) => {
        const what = `${entry.kinds.map((kind) => words.kinds[kind]).join('、')}${entry.classification ? `（${words.classifications[entry.classification]}）` : ''}`
        const name = entry.number === undefined ? '（本版无此条）' : `${entry.number}${entry.title ? ` ${entry.title}` : ''}`
        const target = entry.id === undefined || entry.year === edition.year ? undefined : `${relative(here, paths.edition(standard.slug, entry.year))}#${entry.id}`
        const label = `${entry.year}版 ${name}`
        return h('li', [target ? h('a', {href: target}, label) : label, `——${what}`])
      })
    )
  ])
}
