import type {Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {diffPage} from './diff-page.js'
import {editionPage, type Options} from './edition-page.js'
import {indexPage} from './index-page.js'
import {paths, type Site, type SiteStandard} from './model.js'
import {renderSearchIndex, renderSearchScript} from './search.js'

/** Every page of the site, and the search's script and index, by path relative to the output folder, in a fixed order. */
export function renderSite(site: Site, options?: Readonly<Options>): Map<string, string> {
  const pages = new Map<string, string>([[paths.index, renderIndex(site)]])
  for (const standard of site.standards) for (const [name, html] of renderStandard(site, standard, options)) pages.set(name, html)
  pages.set(paths.searchEngine, renderSearchScript())
  pages.set(paths.searchIndex, renderSearchIndex(site))
  return pages
}

/** The library's front page. */
export function renderIndex(site: Site): string {
  return serialize(indexPage(site))
}

/**
 * The pages of one standard of the site: each edition and each comparison.
 * Of the rest of the site they need only which standards and editions it has,
 * to link references to them, and the citations of this standard by the
 * others, which its edition pages list.
 */
export function renderStandard(site: Site, standard: SiteStandard, options?: Readonly<Options>): Map<string, string> {
  const pages = new Map<string, string>()
  for (const edition of standard.editions) pages.set(paths.edition(standard.slug, edition.year), serialize(editionPage(site, standard, edition, options)))
  for (const pair of standard.diffs) pages.set(paths.diff(standard.slug, pair.old, pair.new), serialize(diffPage(standard, pair.diff, site.files)))
  return pages
}

/** A page as HTML. Its only raw nodes are formulas' MathML, which MathJax serialises with its text escaped. */
function serialize(tree: Root): string {
  return `${toHtml(tree, {allowDangerousHtml: true})}\n`
}
