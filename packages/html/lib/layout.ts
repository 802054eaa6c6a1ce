/** The page shell: document, head with the inlined style and script, skip link, header, main. */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {pageIds} from '@stdkit/tree'

const require = createRequire(import.meta.url)
const asset = (name: string): string => readFileSync(require.resolve(`@stdkit/html/assets/${name}`), 'utf8')

let assets: {style: string; script: string} | undefined

/** The site's stylesheet and script, inlined into every page so a page stands alone. */
function inlined(): {style: string; script: string} {
  assets ??= {style: asset('site.css'), script: asset('site.js')}
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
}

export function page(options: PageOptions): Root {
  const {style, script} = inlined()
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
          h('header.site', [h('nav', {'aria-label': '位置'}, options.crumbs)]),
          h('main', {id: pageIds.main, tabIndex: -1}, options.body),
          ...(options.script ? [h('script', script)] : [])
        ])
      ])
    ]
  }
}
