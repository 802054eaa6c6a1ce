/** Citations between the standards of a library, as `stdkit refs` lists them and `stdkit build` reports those to review. */
import {messages} from '@stdkit/messages'
import type {Citation, CitationPlace, CitationReview} from 'stdkit'

/** A provision a citation is in, as the catalogue names it: `第2章`, `6.1`, `附录A`. */
function placeName(place: CitationPlace): string {
  const m = messages().refs
  switch (place.kind) {
    case 'chapter':
      return m.chapter({number: place.number})
    case 'appendix':
      return m.appendix({number: place.number})
    case 'bibliography':
      return m.bibliography
    case 'introduction':
      return m.introduction
    default:
      return place.number
  }
}

/** The provisions a citation is in, after a separator: `；见第2章、5.5`; nothing when it is in none. */
function where(citation: Citation): string {
  const m = messages().refs
  return citation.places.length > 0 ? `${m.separator}${m.places({places: citation.places.map(placeName)})}` : ''
}

/** How a citation cites, and where: `不注日期引用，现指向 2026 版；见第2章、5.5`. */
export function citationLine(citation: Citation): string {
  const m = messages().refs
  const how = citation.dated === undefined ? m.undated({year: citation.edition}) : m.dated({year: citation.dated})
  const outside = citation.to.slug === undefined ? m.outside : ''
  return `${how}${outside}${where(citation)}`
}

/** The lines of the citations to review, under their heading; none when there is none. */
export function reviewLines(reviews: ReadonlyArray<CitationReview>): Array<string> {
  if (reviews.length === 0) return []
  const m = messages().refs
  return [
    m.reviews({count: reviews.length}),
    ...reviews.map(({citation, drafted, newer}) => `  ${m.review({citing: citation.from.number, cited: citation.to.designation, drafted, newer})}${where(citation)}`)
  ]
}
