import {citedEdition} from '@stdkit/tree'
import {paths, type Site} from './model.js'
import {relative} from './url.js'

/** Links to other standards of the library, from the page at `here`: to the page of the edition a reference leads to. */
export function libraryLinks(site: Site, here: string): (designation: string, year: number | undefined) => string | undefined {
  const library = site.standards.map((standard) =>
    standard.editions.map((edition) => ({slug: standard.slug, year: edition.year, designation: edition.tree.cover.designation}))
  )
  return (designation, year) => {
    const edition = citedEdition(library, designation, year)
    return edition && relative(here, paths.edition(edition.slug, edition.year))
  }
}
