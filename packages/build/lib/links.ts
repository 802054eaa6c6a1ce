import {relative} from '@stdkit/html/url'
import {citedEdition} from '@stdkit/tree'
import type {LinkTable} from './publisher.js'

/** Links from one PDF of the output (`from`) to the PDF of the edition a reference to another standard leads to. */
export function linkFrom(table: LinkTable, from: string): (designation: string, year: number | undefined) => string | undefined {
  return (designation, year) => {
    const edition = citedEdition(table, designation, year)
    return edition && relative(from, `${edition.slug}/${edition.year}.pdf`)
  }
}
