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

const fonts = new Map<Face, fontkit.Font>()

/**
 * The parsed font of a face, read once per thread and shared by every
 * document it typesets: the layout, the glyphs pdfkit draws and their metrics
 * come from one parse of the 15 MB file rather than one per document.
 */
export function fontOf(face: Face): fontkit.Font {
  let loaded = fonts.get(face)
  if (!loaded) {
    loaded = fontkit.create(readFileSync(fontFiles[face])) as fontkit.Font
    fonts.set(face, loaded)
  }
  return loaded
}

/**
 * Loads the faces and lays out a line in each, so that a thread about to
 * typeset (a PDF worker) has its fonts read and their tables decoded before
 * the first document arrives.
 */
export function prepareFaces(): void {
  for (const face of Object.keys(fontFiles) as Array<Face>) unitWidth('本标准规定了Q/ZX 75.1861–2007的要求（见5.2）。', face)
}

/** Characters that are laid out but never drawn as glyphs. */
const invisible = /[\s\u200b-\u200d\u2060\ufeff]/u

/** The characters of `text` that `face` has no glyph for. */
export function missingGlyphs(text: string, face: Face): Array<string> {
  const missing = new Set<string>()
  const loaded = fontOf(face)
  for (const char of text) {
    if (invisible.test(char)) continue
    if (!loaded.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)) missing.add(char)
  }
  return [...missing]
}

/** A run as laid out: its glyphs, their positions (in font units) and its advance. */
interface Laid {
  glyphs: Array<fontkit.Glyph>
  positions: Array<fontkit.GlyphPosition>
  advanceWidth: number
}

/**
 * Laid-out runs by face and text, shared by the measuring and by pdfkit's
 * drawing, in every document this thread typesets: editions and their
 * comparisons share most of their text, and shaping is most of the work of
 * drawing it. Holding a few documents' worth, it lets the oldest go first.
 */
const runs: Record<Face, Map<string, Laid>> = {serif: new Map(), sans: new Map(), sansBold: new Map()}
const maximumRuns = 8_000

/** Lets the entry that came first go. */
function forget(map: Map<string, unknown>): void {
  const [oldest] = map.keys()
  if (oldest !== undefined) map.delete(oldest)
}

function layoutRun(face: Face, text: string): Laid {
  const known = runs[face]
  let run = known.get(text)
  if (!run) {
    if (known.size >= maximumRuns) forget(known)
    const {glyphs, positions, advanceWidth} = fontOf(face).layout(text)
    run = {glyphs, positions, advanceWidth}
    known.set(text, run)
  }
  return run
}

const drawing = new Map<Face, fontkit.Font>()

/** A glyph as fontkit's subsetter reads it: its outline is decoded to find the components of a compound glyph. */
interface DecodedGlyph extends fontkit.Glyph {
  _decode(): unknown
}

/**
 * The face as pdfkit draws with it: the parsed font, whose runs are laid out
 * once and shared, and whose glyphs keep their decoded outlines for the
 * subset of the next document. pdfkit scales the positions of a run it is
 * given in place, so each call gets its own copy of them.
 */
export function drawingFont(face: Face): fontkit.Font {
  let font = drawing.get(face)
  if (!font) {
    const parsed = fontOf(face)
    const layout = (text: string, features?: Parameters<fontkit.Font['layout']>[1]): fontkit.GlyphRun => {
      if (features !== undefined) return parsed.layout(text, features)
      const run = layoutRun(face, text)
      // pdfkit scales positions to 1000 units per em in place: for a font in those units, a no-op on the shared run.
      if (parsed.unitsPerEm === 1000) return run as unknown as fontkit.GlyphRun
      // Otherwise it gets copies, field by field so that they share one shape (a spread gives each its own).
      const copies = run.positions.map(({xAdvance, yAdvance, xOffset, yOffset}) => ({xAdvance, yAdvance, xOffset, yOffset}))
      return {glyphs: run.glyphs, positions: copies, get advanceWidth() {
        return copies.reduce((sum, position) => sum + position.xAdvance, 0)
      }} as unknown as fontkit.GlyphRun
    }
    const getGlyph = (id: number, codePoints?: Array<number>): fontkit.Glyph => {
      const glyph = parsed.getGlyph(id, codePoints) as DecodedGlyph
      // fontkit caches the glyph but decodes its outline again for every subset: the outline is the same every time.
      if (!Object.hasOwn(glyph, '_decode')) {
        const decode = glyph._decode.bind(glyph)
        let decoded: {value: unknown} | undefined
        glyph._decode = () => (decoded ??= {value: decode()}).value
      }
      return glyph
    }
    font = Object.create(parsed, {layout: {value: layout}, getGlyph: {value: getGlyph}}) as fontkit.Font
    drawing.set(face, font)
  }
  return font
}

const widths: Record<Face, Map<string, number>> = {serif: new Map(), sans: new Map(), sansBold: new Map()}
const maximumWidths = 50_000

/** Advance width of `text` in `face` at 1pt, from the font's metrics, as pdfkit will draw it (kept per string, as the runs are). */
export function unitWidth(text: string, face: Face): number {
  const known = widths[face]
  let width = known.get(text)
  if (width === undefined) {
    // Laid out the way pdfkit draws it: in runs that end after each space or tab.
    const parts = text.match(/[^ \t]*[ \t]|[^ \t]+$/gu) ?? []
    width = parts.reduce((sum, part) => sum + layoutRun(face, part).advanceWidth, 0) / fontOf(face).unitsPerEm
    if (known.size >= maximumWidths) forget(known)
    known.set(text, width)
  }
  return width
}
