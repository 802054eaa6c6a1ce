/** The page shell: document, head with the inlined style and script, skip link, header, main. */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {documentWords} from '@stdkit/messages'
import {pageIds} from '@stdkit/tree'
import {paths} from './model.js'
import {relative} from './url.js'

const require = createRequire(import.meta.url)
const asset = (name: string): string => readFileSync(require.resolve(`@stdkit/html/assets/${name}`), 'utf8')

let assets: {style: string; script: string; search: string} | undefined

/** The site's stylesheet and scripts, inlined into every page so a page stands alone. */
function inlined(): {style: string; script: string; search: string} {
  assets ??= {style: asset('site.css'), script: asset('site.js'), search: asset('search.js')}
  return assets
}

const extras = new Map<string, string>()

/** A stylesheet among the assets, read once. */
function extra(name: string): string {
  let style = extras.get(name)
  if (style === undefined) {
    style = asset(name)
    extras.set(name, style)
  }
  return style
}

export interface PageOptions {
  title: string
  /** Text of the page's breadcrumb trail, with links. */
  crumbs: Array<ElementContent>
  body: Array<ElementContent>
  /** Whether the page uses the pickers' script. */
  script?: boolean
  /** Stylesheets of the assets inlined after the site's, for pages that need them (`cover.css`). */
  styles?: ReadonlyArray<string>
  /** The page's path in the site (`q-zx-1/2007.html`): its header has the search of the library, whose files it links to. */
  here?: string
}

export function page(options: PageOptions): Root {
  const {style, script, search: searchBox} = inlined()
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'zh-CN'}, [
        h('head', [
          h('meta', {charset: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('meta', {name: 'generator', content: 'stdkit'}),
          h('title', options.title),
          h('style', [style, ...(options.styles ?? []).map(extra)].join(''))
        ]),
        h('body', [
          h('a.skip', {href: `#${pageIds.main}`}, '跳到正文'),
          h('header.site', [h('nav', {'aria-label': '位置'}, options.crumbs), ...(options.here === undefined ? [] : [search(options.here)])]),
          h('main', {id: pageIds.main, tabIndex: -1}, options.body),
          ...(options.script ? [h('script', script)] : []),
          ...(options.here === undefined ? [] : [h('script', searchBox)])
        ])
      ])
    ]
  }
}

/**
 * The search of the library: hidden until its script shows it, for without
 * the script it cannot work. The script loads the engine and the index,
 * files of the site, when the field is first used: until then the page loads
 * nothing.
 */
function search(here: string): ElementContent {
  const words = documentWords().search
  return h('form.search', {role: 'search', hidden: true, dataSearch: '', dataRoot: relative(here, paths.index).replace(/index\.html$/u, ''), dataEngine: relative(here, paths.searchEngine), dataIndex: relative(here, paths.searchIndex), dataWords: JSON.stringify(words.browser)}, [
    h('label', {for: pageIds.searchQuery}, words.label),
    h('input', {id: pageIds.searchQuery, type: 'search', name: 'q', autoComplete: 'off', spellCheck: 'false', placeholder: words.placeholder, ariaControls: pageIds.searchResults}),
    h('label.latest', [h('input', {type: 'checkbox', name: 'latest'}), words.latest]),
    h('p', {id: pageIds.searchStatus, role: 'status', ariaLive: 'polite', ariaAtomic: 'true'}),
    h('ol', {id: pageIds.searchResults, ariaLabel: words.results, hidden: true})
  ])
}
