import {paths, type Site} from './model.js'
import {relative} from './url.js'

/** Links to other standards of the library: a dated reference to that edition, an undated one to the latest. */
export function libraryLinks(site: Site, here: string): (designation: string, year: number | undefined) => string | undefined {
  return (designation, year) => {
    for (const standard of site.standards) {
      const editions = standard.editions.filter((edition) => edition.tree.cover.designation === designation)
      if (editions.length === 0) continue
      const edition = (year === undefined ? undefined : editions.find((item) => item.year === year)) ?? editions.at(-1)
      if (edition) return relative(here, paths.edition(standard.slug, edition.year))
    }
    return undefined
  }
}
