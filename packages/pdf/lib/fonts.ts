/**
 * The faces a standard is set in, from the npm registry, never the system:
 * Noto Serif SC stands in for 宋体 (body), Noto Sans SC for 黑体 (headings).
 * pdfkit embeds only the glyphs used (a subset).
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import * as fontkit from 'fontkit'

const require = createRequire(import.meta.url)

/**
 * `serif` 宋体 (body), `sans` 黑体 (headings, captions), `sansBold` (titles),
 * `serifBold` (strong emphasis), `italic` (emphasised Latin letters: Noto
 * Serif Italic, which has no CJK), `mono` (listings: Noto Sans Mono, CJK
 * falling back to the sans face).
 */
export type Face = 'serif' | 'sans' | 'sansBold' | 'serifBold' | 'italic' | 'mono'

export const faces: ReadonlyArray<Face> = ['serif', 'sans', 'sansBold', 'serifBold', 'italic', 'mono']

/** Font files by face. */
export const fontFiles: Readonly<Record<Face, string>> = {
  serif: require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'),
  sans: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  sansBold: require.resolve('@expo-google-fonts/noto-sans-sc/500Medium/NotoSansSC_500Medium.ttf'),
  serifBold: require.resolve('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf'),
  mono: require.resolve('@expo-google-fonts/noto-sans-mono/400Regular/NotoSansMono_400Regular.ttf')
}

/** Whether `face` has a glyph for `char` (the layout falls back to another face where it has not). */
export function hasGlyph(face: Face, char: string): boolean {
  return fontOf(face).hasGlyphForCodePoint(char.codePointAt(0) ?? 0)
}

/** Height of the face's ascender, in ems: where the baseline lies under the top of a line of text as pdfkit draws it. */
export function ascent(face: Face): number {
  return fontOf(face).ascent / fontOf(face).unitsPerEm
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
    // pdfkit draws in 1000 units per em and scales other fonts' runs in place, which shared runs cannot take.
    if (loaded.unitsPerEm !== 1000) throw new Error(`${fontFiles[face]}: ${loaded.unitsPerEm} units per em, expected 1000`)
    fonts.set(face, loaded)
  }
  return loaded
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

/**
 * Values by key, for the ones used lately: two generations, the older let go
 * whole when the newer fills, which keeps what is in use without the cost of
 * ordering every entry.
 */
class Recent<T> {
  private newer = new Map<string, T>()
  private older = new Map<string, T>()
  private readonly size: number

  constructor(size: number) {
    this.size = size
  }

  get(key: string): T | undefined {
    const value = this.newer.get(key)
    if (value !== undefined) return value
    const old = this.older.get(key)
    if (old !== undefined) this.set(key, old)
    return old
  }

  set(key: string, value: T): void {
    if (this.newer.size >= this.size) {
      this.older = this.newer
      this.newer = new Map()
    }
    this.newer.set(key, value)
  }
}

/** Where a glyph goes, in font units, as pdfkit reads it: its advance, its offsets, and the glyph's own advance. */
interface Placement {
  xAdvance: number
  yAdvance: number
  xOffset: number
  yOffset: number
  advanceWidth: number
}

/** A run as laid out: its glyphs, where each goes, and its advance. */
interface Laid {
  glyphs: Array<fontkit.Glyph>
  positions: Array<Placement>
  advanceWidth: number
}

/**
 * Placements by value: a line of Chinese has a few dozen glyphs and one or
 * two distinct placements, so runs share them instead of holding an object
 * per glyph. pdfkit writes into a placement only the values it already has
 * (it scales them to 1000 units per em, which these fonts are in, and sets
 * the glyph's advance, which is part of the key).
 */
const placements = new Map<string, Placement>()

function placement({xAdvance, yAdvance, xOffset, yOffset}: fontkit.GlyphPosition, advanceWidth: number): Placement {
  const key = `${xAdvance} ${yAdvance} ${xOffset} ${yOffset} ${advanceWidth}`
  let known = placements.get(key)
  if (!known) {
    known = {xAdvance, yAdvance, xOffset, yOffset, advanceWidth}
    placements.set(key, known)
  }
  return known
}

/**
 * Laid-out runs by face and text, measured by the typesetter and drawn by
 * pdfkit: each run is shaped once, for every document this thread typesets
 * (editions and their comparisons share most of their text, a document built
 * again all of it, and shaping is most of the work of drawing). Up to about a
 * 10,000-provision document's worth are kept, some tens of MB.
 */
const runs = Object.fromEntries(faces.map((face) => [face, new Recent<Laid>(100_000)])) as Record<Face, Recent<Laid>>

function layoutRun(face: Face, text: string): Laid {
  const known = runs[face]
  let run = known.get(text)
  if (!run) {
    const laid = fontOf(face).layout(text)
    const positions = laid.positions.map((position, index) => placement(position, laid.glyphs[index]?.advanceWidth ?? 0))
    run = {glyphs: laid.glyphs, positions, advanceWidth: laid.advanceWidth}
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
 * subset of the next document.
 */
export function drawingFont(face: Face): fontkit.Font {
  let font = drawing.get(face)
  if (!font) {
    const parsed = fontOf(face)
    const layout = (text: string, features?: Parameters<fontkit.Font['layout']>[1]): fontkit.GlyphRun => {
      if (features !== undefined) return parsed.layout(text, features)
      return layoutRun(face, text) as unknown as fontkit.GlyphRun
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

/** Widths by face and text: the typesetter measures the same pieces many times. */
const widths = Object.fromEntries(faces.map((face) => [face, new Recent<number>(25_000)])) as Record<Face, Recent<number>>

/** Advance width of `text` in `face` at 1pt, from the font's metrics, as pdfkit will draw it (kept per string, as the runs are). */
export function unitWidth(text: string, face: Face): number {
  const known = widths[face]
  let width = known.get(text)
  if (width === undefined) {
    // Laid out the way pdfkit draws it: in runs that end after each space or tab.
    const parts = text.match(/[^ \t]*[ \t]|[^ \t]+$/gu) ?? []
    width = parts.reduce((sum, part) => sum + layoutRun(face, part).advanceWidth, 0) / fontOf(face).unitsPerEm
    known.set(text, width)
  }
  return width
}
