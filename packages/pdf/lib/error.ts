/** Thrown when a document cannot be typeset (a character no font covers, a table header no page can hold). Its own module, so that catching it loads no typesetter. */
export class PdfError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PdfError'
  }
}
