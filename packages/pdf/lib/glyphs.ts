import {missingGlyphs} from './fonts.js'
import type {Page} from './layout.js'

/** Every character drawn on the pages it is shown that its face has no glyph for, with the text it stands in. */
export class GlyphCheck {
  readonly missing: Array<{char: string; text: string}> = []
  private readonly seen = new Set<string>()

  page(laid: Page): void {
    for (const op of laid.ops) {
      if (op.op !== 'text' || op.style.math) continue
      for (const char of missingGlyphs(op.text, op.style.face)) {
        if (this.seen.has(char)) continue
        this.seen.add(char)
        this.missing.push({char, text: op.text})
      }
    }
  }
}
