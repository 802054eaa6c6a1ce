/** What the HTML publisher is given: the library's standards, their editions, and the comparisons between them. */
import type {Lineage, StandardDiff} from '@stdkit/diff'
import type {Citation, Standard} from '@stdkit/tree'

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

/** The files published beside the pages, which the pages link to; a build names those of the formats it makes. */
export interface SiteFiles {
  /** The endings of each edition's files (`.pdf`, `.docx`, `.json`): `<standard>/<year><ending>`. */
  edition: ReadonlyArray<string>
  /** The endings of each comparison's files: `<standard>/diff/<old>..<new><ending>`. */
  comparison: ReadonlyArray<string>
  /** The path of the editions' JSON schema in the output (`schema/standard.schema.json`), when it is published. */
  schema?: string | undefined
}

export interface Site {
  standards: ReadonlyArray<SiteStandard>
  /** The files the pages link to: none when not given. */
  files?: SiteFiles | undefined
  /** The citations between the standards (`citationIndex` of them), when the caller has made them; else the pages make them. */
  citations?: ReadonlyArray<Citation> | undefined
}

/** Paths of the pages, relative to the output folder. */
export const paths = {
  index: 'index.html',
  /** The search's engine and its index, beside the index page, which a page loads when its search is first used. */
  searchEngine: 'search-engine.js',
  searchIndex: 'search-index.js',
  edition: (slug: string, year: number) => `${slug}/${year}.html`,
  diff: (slug: string, old: number, now: number) => `${slug}/diff/${old}..${now}.html`,
  /** A file of an edition published beside its page (`q-zx-1/2007.pdf`). */
  editionFile: (slug: string, year: number, ending: string) => `${slug}/${year}${ending}`,
  /** A file of a comparison published beside its page (`q-zx-1/diff/2006..2007.pdf`). */
  diffFile: (slug: string, old: number, now: number, ending: string) => `${slug}/diff/${old}..${now}${ending}`,
  /** An image of a standard's editions: beside the pages, at its path relative to the sources (`q-zx-1/figures/a.svg`). */
  image: (slug: string, url: string) => `${slug}/${url}`
}
