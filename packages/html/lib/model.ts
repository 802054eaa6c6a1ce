/** What the HTML publisher is given: the library's standards, their editions, and the comparisons between them. */
import path from 'node:path'
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
  diff: (slug: string, old: number, now: number) => `${slug}/diff/${old}..${now}.html`
}

/**
 * A relative URL from one page to another (both relative to the output
 * folder). Each segment is percent-encoded: a folder named `a#b`, `a?b`,
 * `100%` or `javascript:x` is a path, never a fragment, a query or a scheme.
 */
export function relative(from: string, to: string): string {
  return path.posix.relative(path.posix.dirname(from), to).split('/').map(encodeURIComponent).join('/')
}
