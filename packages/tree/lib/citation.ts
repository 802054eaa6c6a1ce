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
