/**
 * Importing a Word edition: the file read (lib/read.ts), the standard in it
 * recognised (lib/recognise.ts), and its source written in canonical form, as
 * `stdkit fmt` writes it, with the figures' image files to write beside it.
 */
import {toMarkdown} from '@stdkit/markdown'
import type {ImportResult} from './model.js'
import {readDocx} from './read.js'
import {recognise} from './recognise.js'

/** Imports a .docx: its edition's Markdown source, images, messages and what was recognised. Throws `ImportError` for a file it refuses. */
export async function importDocx(bytes: Uint8Array): Promise<ImportResult> {
  const doc = readDocx(bytes)
  const result = recognise(doc)
  return {
    source: toMarkdown(result.tree),
    images: result.images,
    messages: result.messages,
    recognised: result.recognised,
    ...(result.standard === undefined ? {} : {standard: result.standard}),
    ...(result.year === undefined ? {} : {year: result.year})
  }
}
