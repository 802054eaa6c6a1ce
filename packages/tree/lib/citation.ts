import {pageIds} from './ids.js'
import type {Nodes, Standard} from './types.js'

/** What a reference to another standard is matched against: an edition's designation and year. */
export interface CitableEdition {
  designation: string
  year: number
}

/**
 * The edition a reference to another standard leads to, looked up standard by
 * standard (editions oldest first): a dated reference its own edition, an
 * undated one — or one to an edition the library lacks — the latest.
 */
export function citedEdition<Edition extends CitableEdition>(
  library: ReadonlyArray<ReadonlyArray<Edition>>,
  designation: string,
  year: number | undefined
): Edition | undefined {
  for (const editions of library) {
    const cited = editions.filter((edition) => edition.designation === designation)
    const edition = (year === undefined ? undefined : cited.find((item) => item.year === year)) ?? cited.at(-1)
    if (edition) return edition
  }
  return undefined
}

/** A standard of a library as the citation index reads it: its folder and its editions, oldest first. */
export interface CitingStandard {
  slug: string
  editions: ReadonlyArray<{year: number; tree: Standard}>
}

/** Where an edition cites another standard: the provision the reference is in, by its id. */
export interface CitationPlace {
  id: string
  /** A chapter (`2`), a clause (`6.1`), a term entry (`3.2`), an appendix (`A`), the bibliography or the introduction. */
  kind: 'chapter' | 'clause' | 'term' | 'appendix' | 'bibliography' | 'introduction'
  /** Its number, or an appendix's letter; empty for the bibliography and the introduction. */
  number: string
}

/**
 * The references of one edition to one other standard, all of one kind:
 * dated to the same edition, or undated. Made by `citationIndex`.
 */
export interface Citation {
  /** The citing edition. */
  from: {slug: string; designation: string; year: number; number: string; title: string; issued?: string | undefined}
  /** The cited standard: its folder when the library holds it, absent when it does not. */
  to: {slug?: string | undefined; designation: string}
  /** The year of a dated reference (`Q/ZX 75.1760—2006`); absent for an undated one, which follows the cited standard's revisions. */
  dated?: number | undefined
  /** The edition of the cited standard the references lead to (`citedEdition`); absent when the library does not hold it. */
  edition?: number | undefined
  /** The provisions the references are in, in the order of the edition, each once. */
  places: Array<CitationPlace>
}

/** An undated citation whose cited standard has had an edition issued since the citing edition was: it now follows a text its authors never read. */
export interface CitationReview {
  citation: Citation
  /** The edition of the cited standard in force when the citing edition was issued, if the library holds it. */
  drafted?: number | undefined
  /** The cited standard's editions issued after the citing edition, oldest first. */
  newer: Array<number>
}

type Placed = Nodes & {type: 'clause' | 'term' | 'appendix' | 'bibliography' | 'introduction'}

function placeOf(node: Placed): CitationPlace {
  switch (node.type) {
    case 'clause':
      return {id: node.id, kind: node.number.includes('.') ? 'clause' : 'chapter', number: node.number}
    case 'term':
      return {id: node.id, kind: 'term', number: node.number}
    case 'appendix':
      return {id: node.id, kind: 'appendix', number: node.letter}
    case 'bibliography':
      return {id: node.id, kind: 'bibliography', number: ''}
    default:
      return {id: pageIds.introduction, kind: 'introduction', number: ''}
  }
}

/**
 * Every citation of another standard in the editions of `library`: the
 * entries of the normative references chapter and the references in the
 * text, the foreword's aside (it names the editions replaced and the rules
 * followed, and cites nothing). A standard's references to itself are left
 * out. In the order of the library, its editions, and the first reference of
 * each citation.
 */
export function citationIndex(library: ReadonlyArray<CitingStandard>): Array<Citation> {
  const table = library.map((standard) => standard.editions.map((edition) => ({slug: standard.slug, year: edition.year, designation: edition.tree.cover.designation})))
  const out: Array<Citation> = []
  for (const standard of library) {
    for (const edition of standard.editions) {
      const cover = edition.tree.cover
      const found = new Map<string, Citation>()
      const cite = (designation: string, year: number | undefined, place: Placed | undefined): void => {
        if (designation === cover.designation) return
        const key = `${designation}\u0000${year ?? ''}`
        let citation = found.get(key)
        if (!citation) {
          const target = citedEdition(table, designation, year)
          citation = {
            from: {slug: standard.slug, designation: cover.designation, year: edition.year, number: cover.number, title: cover.title, ...(cover.issued ? {issued: cover.issued} : {})},
            to: target ? {slug: target.slug, designation} : {designation},
            ...(year === undefined ? {} : {dated: year}),
            ...(target ? {edition: target.year} : {}),
            places: []
          }
          found.set(key, citation)
        }
        const where = place && placeOf(place)
        if (where && !citation.places.some((item) => item.id === where.id)) citation.places.push(where)
      }
      const walk = (node: Nodes, place: Placed | undefined): void => {
        if (node.type === 'foreword') return
        if (node.type === 'normativeReference' || node.type === 'standardReference') cite(node.designation, node.year, place)
        const here = node.type === 'clause' || node.type === 'term' || node.type === 'appendix' || node.type === 'bibliography' || node.type === 'introduction' ? node : place
        if ('children' in node) for (const child of node.children as ReadonlyArray<Nodes>) walk(child, here)
      }
      walk(edition.tree, undefined)
      out.push(...found.values())
    }
  }
  return out
}

/**
 * The undated citations of each standard's latest edition whose cited
 * standard has had an edition issued after it (by the issue dates on the
 * covers): they now lead to that edition, and need reviewing. A citing edition
 * without an issue date (a draft) is being written against the latest, and
 * needs none; neither does an edition of the cited standard without one.
 */
export function citationReviews(library: ReadonlyArray<CitingStandard>, index: ReadonlyArray<Citation> = citationIndex(library)): Array<CitationReview> {
  const latest = new Map(library.map((standard) => [standard.slug, standard.editions.at(-1)?.year]))
  const out: Array<CitationReview> = []
  for (const citation of index) {
    const issued = citation.from.issued
    if (citation.dated !== undefined || citation.to.slug === undefined || issued === undefined || latest.get(citation.from.slug) !== citation.from.year) continue
    const cited = library.find((standard) => standard.slug === citation.to.slug)?.editions ?? []
    const newer = cited.filter((edition) => edition.tree.cover.issued !== undefined && edition.tree.cover.issued > issued).map((edition) => edition.year)
    if (newer.length === 0) continue
    const drafted = cited.filter((edition) => edition.tree.cover.issued !== undefined && edition.tree.cover.issued <= issued).at(-1)?.year
    out.push({citation, ...(drafted === undefined ? {} : {drafted}), newer})
  }
  return out
}
