import {toHtml} from 'hast-util-to-html'
import {diffPage} from './diff-page.js'
import {editionPage} from './edition-page.js'
import {indexPage} from './index-page.js'
import {paths, type Site} from './model.js'

/** Every page of the site, by path relative to the output folder, in a fixed order. */
export function renderSite(site: Site): Map<string, string> {
  const pages = new Map<string, string>()
  pages.set(paths.index, `${toHtml(indexPage(site))}\n`)
  for (const standard of site.standards) {
    for (const edition of standard.editions) {
      pages.set(paths.edition(standard.slug, edition.year), `${toHtml(editionPage(site, standard, edition))}\n`)
    }
    for (const pair of standard.diffs) {
      pages.set(paths.diff(standard.slug, pair.old, pair.new), `${toHtml(diffPage(standard, pair.diff))}\n`)
    }
  }
  return pages
}
