/**
 * Where a click on a piece of text goes: a destination in the document (a
 * clause, a term, an appendix, the 目次's entries), or another standard,
 * which the renderer resolves to that standard's PDF when the library has it.
 */

/** A link of the typesetting model: the layout carries it with the text, the renderer draws it. */
export type PdfLink =
  /** A named destination in this document: the id of a clause, a term, an appendix, the foreword. */
  | {kind: 'anchor'; id: string}
  /** Another standard, by its designation and, when the reference dates it, the year of the edition. */
  | {kind: 'standard'; designation: string; year?: number | undefined}

export const anchorLink = (id: string): PdfLink => ({kind: 'anchor', id})

export const standardLink = (designation: string, year: number | undefined): PdfLink => (year === undefined ? {kind: 'standard', designation} : {kind: 'standard', designation, year})

/** Whether two links go to the same place: text with equal links is set as one piece. */
export function sameLink(a: PdfLink | undefined, b: PdfLink | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  switch (a.kind) {
    case 'anchor':
      return b.kind === 'anchor' && a.id === b.id
    case 'standard':
      return b.kind === 'standard' && a.designation === b.designation && a.year === b.year
    default:
      return unreachable(a)
  }
}

/** A case of a union a switch has not handled: a compile error, and never reached at run time. */
export function unreachable(value: never): never {
  throw new Error(`unexpected link ${JSON.stringify(value)}`)
}
