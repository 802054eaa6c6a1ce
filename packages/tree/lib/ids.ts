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

/** Valid explicit anchors: lower-case ASCII letters, digits and hyphens, starting with a letter. */
export const anchorPattern = /^[a-z][a-z\d-]*$/
