/**
 * Stable identifiers. An explicit anchor in the source wins; otherwise the id
 * is derived from the printed number, so it is stable from build to build and
 * only an anchor keeps it across a renumbering.
 */

/** Id of a clause or sub-clause (`4.2` → `clause-4.2`, `A.1` → `clause-A.1`). */
export function clauseId(number: string, anchor?: string): string {
  return anchor ?? `clause-${number}`
}

/** Id of a term entry (`3.1` → `term-3.1`). */
export function termId(number: string, anchor?: string): string {
  return anchor ?? `term-${number}`
}

/** Id of an appendix (`A` → `appendix-A`). */
export function appendixId(letter: string, anchor?: string): string {
  return anchor ?? `appendix-${letter}`
}

/** Id of a numbered table (`1` → `table-1`, `A.1` → `table-A.1`). */
export function tableId(number: string): string {
  return `table-${number}`
}

/** Id of a numbered figure (`1` → `figure-1`, `A.1` → `figure-A.1`). */
export function figureId(number: string): string {
  return `figure-${number}`
}

/** Id of a numbered formula (`1` → `formula-1`, `A.1` → `formula-A.1`). */
export function formulaId(number: string): string {
  return `formula-${number}`
}

/** Id of the bibliography and the index, unless the source anchors them. */
export const backMatterIds = {bibliography: 'bibliography', index: 'index'} as const

/** Valid explicit anchors: lower-case ASCII letters, digits and hyphens, starting with a letter. */
export const anchorPattern = /^[a-z][a-z\d-]*$/

/*
 * The ids a page gives its own parts, not taken from a provision's anchor: the
 * fixed ones, and the patterns of those it makes from a provision's id or
 * number. A provision's `{#anchor}` must be none of them, or the page would
 * have two elements with one id; the checker reserves them. They are kept
 * with the tree's own ids so the checker needs no publisher to know them.
 */

/** Ids of the parts every page, edition or comparison, has. */
export const pageIds = {
  main: 'main',
  body: 'body',
  // The foreword and the introduction have no anchor: the pages and the diff know them by these names.
  foreword: 'foreword',
  forewordTitle: 'foreword-title',
  introduction: 'introduction',
  tocTitle: 'toc-title',
  compareOld: 'compare-old',
  compareNew: 'compare-new',
  summaryTitle: 'summary-title',
  // The comparison's two views, which the pickers' script shows and hides by these ids.
  inline: 'inline',
  inlineTitle: 'inline-title',
  sideBySide: 'side-by-side',
  sideTitle: 'side-title',
  // The standards that cite this one, at the end of an edition's page.
  citedBy: 'cited-by',
  citedByTitle: 'cited-by-title',
  // The search in the header: its field, the count its script announces, and the list of results.
  searchQuery: 'search-query',
  searchStatus: 'search-status',
  searchResults: 'search-results'
} as const

/** Id of the heading of a provision (`service-etiquette` → `service-etiquette-title`). */
export function headingId(id: string): string {
  return `${id}-title`
}

/** Id of a standard's heading on the index (`q-zx-75.1861` → `std-q-zx-75.1861`). */
export function standardId(slug: string): string {
  return `std-${slug}`
}

/**
 * Id of a removed provision on a comparison whose id a provision of the newer
 * edition has too (`clause-1` removed, another `clause-1` added). An anchor
 * cannot hold `@`, so no provision has it.
 */
export function removedId(id: string): string {
  return `${id}@old`
}

/**
 * Patterns of the ids made from an id or a number: headings, standards on the
 * index, removed provisions, and the printed number beside a provision's
 * anchor (`clause-5`, `term-3.1`, `appendix-A`, and `table-1`, a table's id).
 */
export const pageIdPatterns: ReadonlyArray<RegExp> = [/-title$/u, /^std-/u, /@old$/u, /^(?:clause|term|table|figure|formula|footnote)-(?:\d+|[A-Z])(?:\.\d+)*$/u, /^appendix-[A-Z]$/u]

const fixed: ReadonlySet<string> = new Set([...Object.values(pageIds), ...Object.values(backMatterIds)])

/** Whether `id` is one a page gives its own parts. */
export function isPageId(id: string): boolean {
  return fixed.has(id) || pageIdPatterns.some((pattern) => pattern.test(id))
}

/** Whether a provision anchored `anchor` would take an id a page gives its own parts: as its own id, or as its heading's (`toc` → `toc-title`). */
export function isReservedAnchor(anchor: string): boolean {
  return isPageId(anchor) || fixed.has(headingId(anchor))
}
