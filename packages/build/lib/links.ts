import {relative} from '@stdkit/html/url'
import type {LinkTable} from './publisher.js'

/** Links from one PDF of the output (`from`) to the PDF of another standard: a dated reference to that edition, else the latest. */
export function linkFrom(table: LinkTable, from: string): (designation: string, year: number | undefined) => string | undefined {
  return (designation, year) => {
    for (const standard of table) {
      const editions = standard.filter((edition) => edition.designation === designation)
      const edition = (year === undefined ? undefined : editions.find((item) => item.year === year)) ?? editions.at(-1)
      if (edition) return relative(from, `${edition.slug}/${edition.year}.pdf`)
    }
    return undefined
  }
}
