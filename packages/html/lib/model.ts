/** What the HTML publisher is given: the library's standards, their editions, and the comparisons between them. */
import type {Lineage, StandardDiff} from '@stdkit/diff'
import type {Standard} from '@stdkit/tree'

export interface SiteEdition {
  year: number
  tree: Standard
}

export interface SiteDiff {
  old: number
  new: number
  diff: StandardDiff
}

export interface SiteStandard {
  /** Folder name, used in paths: `q-zx-75.1861`. */
  slug: string
  /** Editions, oldest first. */
  editions: ReadonlyArray<SiteEdition>
  /** Every pair of editions, older first. */
  diffs: ReadonlyArray<SiteDiff>
  /** Lineage of the provisions over the editions. */
  lineage: Lineage
}

export interface Site {
  standards: ReadonlyArray<SiteStandard>
}

/** Paths of the pages, relative to the output folder. */
export const paths = {
  index: 'index.html',
  edition: (slug: string, year: number) => `${slug}/${year}.html`,
  diff: (slug: string, old: number, now: number) => `${slug}/diff/${old}..${now}.html`,
  /** An image of a standard's editions: beside the pages, at its path relative to the sources (`q-zx-1/figures/a.svg`). */
  image: (slug: string, url: string) => `${slug}/${url}`
}
