import type {VFile} from 'vfile'

/**
 * Thrown when a document cannot be typeset: a character no font covers
 * (`pdf-glyph`), a block no page can hold (`pdf-layout`). Its message is a
 * one-line summary; `file`, the source's, holds a message for each failure,
 * with its place, its rule id and `source: 'stdkit'`, for the reporter that
 * prints the checker's. Its own module, so that catching it loads no typesetter.
 */
export class PdfError extends Error {
  readonly file: VFile

  constructor(message: string, file: VFile) {
    super(message)
    this.name = 'PdfError'
    this.file = file
  }
}
