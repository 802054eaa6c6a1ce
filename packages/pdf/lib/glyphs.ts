import {missingGlyphs} from './fonts.js'
import type {Page} from './layout.js'

/** Every character to be drawn that its face has no glyph for, with the text it stands in. */
export function checkGlyphs(pages: ReadonlyArray<Page>): Array<{char: string; text: string}> {
  const seen = new Set<string>()
  const missing: Array<{char: string; text: string}> = []
  for (const laid of pages) {
    for (const op of laid.ops) {
      if (op.op !== 'text') continue
      for (const char of missingGlyphs(op.text, op.style.face)) {
        if (seen.has(char)) continue
        seen.add(char)
        missing.push({char, text: op.text})
      }
    }
  }
  return missing
}
