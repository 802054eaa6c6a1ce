/**
 * The faces a standard is set in, from the npm registry, never the system:
 * Noto Serif SC stands in for 宋体 (body), Noto Sans SC for 黑体 (headings).
 * pdfkit embeds only the glyphs used (a subset).
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import * as fontkit from 'fontkit'

const require = createRequire(import.meta.url)

export type Face = 'serif' | 'sans' | 'sansBold'

/** Font files by face. */
export const fontFiles: Readonly<Record<Face, string>> = {
  serif: require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'),
  sans: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  sansBold: require.resolve('@expo-google-fonts/noto-sans-sc/500Medium/NotoSansSC_500Medium.ttf')
}

const buffers = new Map<Face, Buffer>()
const fonts = new Map<Face, fontkit.Font>()

/** The font file's bytes, read once. */
export function fontData(face: Face): Buffer {
  let data = buffers.get(face)
  if (!data) {
    data = readFileSync(fontFiles[face])
    buffers.set(face, data)
  }
  return data
}

function font(face: Face): fontkit.Font {
  let loaded = fonts.get(face)
  if (!loaded) {
    loaded = fontkit.create(fontData(face)) as fontkit.Font
    fonts.set(face, loaded)
  }
  return loaded
}

/** Characters that are laid out but never drawn as glyphs. */
const invisible = /[\s\u200b-\u200d\u2060\ufeff]/u

/** The characters of `text` that `face` has no glyph for. */
export function missingGlyphs(text: string, face: Face): Array<string> {
  const missing = new Set<string>()
  const loaded = font(face)
  for (const char of text) {
    if (invisible.test(char)) continue
    if (!loaded.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)) missing.add(char)
  }
  return [...missing]
}

const widths = new Map<string, number>()

/** Advance width of `text` in `face` at 1pt, from the font's metrics, as pdfkit will draw it (cached per string). */
export function unitWidth(text: string, face: Face): number {
  const key = `${face}\u0000${text}`
  let width = widths.get(key)
  if (width === undefined) {
    const loaded = font(face)
    // Laid out the way pdfkit draws it: in runs that end after each space or tab.
    const runs = text.match(/[^ \t]*[ \t]|[^ \t]+$/gu) ?? []
    width = runs.reduce((sum, run) => sum + loaded.layout(run).advanceWidth, 0) / loaded.unitsPerEm
    widths.set(key, width)
  }
  return width
}
