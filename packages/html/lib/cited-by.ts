/** The standards of the library that cite a standard: a section of each of its edition pages, and their count on the index. */
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {documentWords} from '@stdkit/messages'
import {citationIndex, pageIds, printedNumber, type Citation, type CitationPlace} from '@stdkit/tree'
import {paths, type Site, type SiteEdition, type SiteStandard} from './model.js'
import {relative} from './url.js'

const made = new WeakMap<Site, ReadonlyArray<Citation>>()

/** The citations of the site's standards: those the build gives, else made once from the editions. */
function citations(site: Site): ReadonlyArray<Citation> {
  if (site.citations) return site.citations
  let index = made.get(site)
  if (!index) made.set(site, (index = citationIndex(site.standards)))
  return index
}

/** The citations of `standard` by the other standards of the site, in the order of the library. */
export function citationsOf(site: Site, standard: SiteStandard): Array<Citation> {
  return citations(site).filter((citation) => citation.to.slug === standard.slug)
}

/** How many standards of the site cite `standard`. */
export function citingCount(site: Site, standard: SiteStandard): number {
  return new Set(citationsOf(site, standard).map((citation) => citation.from.slug)).size
}

function placeName(place: CitationPlace): string {
  const words = documentWords()
  switch (place.kind) {
    case 'chapter':
      return words.citedBy.chapter({number: place.number})
    case 'appendix':
      return words.citedBy.appendix({number: place.number})
    case 'bibliography':
      return words.technical.bibliography
    case 'introduction':
      return words.citedBy.introduction
    default:
      return place.number
  }
}

/**
 * The section of an edition's page that lists the standards citing it: each
 * citing edition, linked to its page, with how it cites (dated, this edition
 * or another; undated, which follows the revisions) and links to the
 * provisions the references are in. Nothing when no standard cites it.
 */
export function citedBySection(site: Site, standard: SiteStandard, edition: SiteEdition, here: string): Array<Element> {
  const found = citationsOf(site, standard)
  if (found.length === 0) return []
  const words = documentWords().citedBy
  const latest = standard.editions.at(-1)?.year
  const how = (citation: Citation): string => {
    // A dated citation names its year, even of an edition the library lacks.
    if (citation.dated !== undefined) return citation.dated === edition.year ? words.datedHere : words.dated({year: citation.dated})
    return latest === edition.year ? words.undatedHere : words.undated({year: latest ?? edition.year})
  }
  const items = found.map((citation) => {
    const page = relative(here, paths.edition(citation.from.slug, citation.from.year))
    const places = citation.places.flatMap((place, index): Array<ElementContent> => [
      ...(index === 0 ? [] : [{type: 'text' as const, value: words.separator}]),
      h('a', {href: `${page}#${place.id}`}, placeName(place))
    ])
    return h('li', [
      h('a', {href: page}, `${printedNumber(citation.from.number)}《${citation.from.title}》`),
      `：${how(citation)}`,
      ...(places.length > 0 ? [`——${words.places}`, ...places] : [])
    ])
  })
  return [h('section.cited-by', {id: pageIds.citedBy, ariaLabelledby: pageIds.citedByTitle}, [h('h2', {id: pageIds.citedByTitle}, words.title), h('p', words.lead), h('ul', items)])]
}
