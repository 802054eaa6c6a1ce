/**
 * Widths of a table's columns from their text, for a page or a PDF that sets
 * them rather than leave them to a layout that lets a long column squeeze a
 * short one to one character a line (the revision record's 批准人 beside its
 * 主要修订内容). Widths are measured in em: a wide character (a Chinese one,
 * by its East Asian width) is 1em, a narrow one (Latin, digits) half of it.
 */
import {eastAsianWidth} from 'get-east-asian-width'

/** One cell's text at the column it starts at; a cell spanning more columns than one sets no column's width. */
export interface MeasuredCell {
  column: number
  text: string
  /** Columns the cell spans (default 1). */
  span?: number | undefined
}

export interface ColumnWidthOptions {
  /** The width the table is laid out for, in em (default 48, a page's text column). */
  available?: number | undefined
  /** A phrase of wide characters up to this width is kept on one line, as a name or a date is (default 8em). */
  phrase?: number | undefined
  /** What a cell adds to its text: its padding and rule (default 1em). */
  padding?: number | undefined
}

/** Where a line may break and the text is not: spaces, and after the punctuation that ends a phrase. */
const phraseEnd = /(?<=[\s、，；。：！？,;:!?）)])/u

/** A run of characters with no Chinese (or other East Asian) character in it, between which a line does not break. */
const narrowRun = /[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]+/gu

/** The width of a text on one line, in em. */
export function textWidth(text: string): number {
  let width = 0
  for (const character of text) width += eastAsianWidth(character.codePointAt(0) ?? 0, {ambiguousAsWide: true}) / 2
  return width
}

/**
 * The widest part of a text that a line should not break: a word or number
 * of narrow characters whole, a phrase of wide characters (up to `phrase` em)
 * whole, and in a longer phrase only its runs of narrow characters, since a
 * line may break between any two Chinese characters.
 */
export function unbreakableWidth(text: string, phrase = 8): number {
  let widest = 0
  for (const part of text.trim().split(phraseEnd)) {
    const whole = textWidth(part.trim())
    if (whole <= phrase) widest = Math.max(widest, whole)
    else widest = Math.max(widest, 1, ...(part.match(narrowRun) ?? []).map(textWidth))
  }
  return widest
}

/**
 * Each column's share of the table's width, in percent (one decimal, summing
 * to 100). Every column gets at least what it should not break (its
 * unbreakable width), so a short column (names, dates, numbers) stays on one
 * line; what room is left goes to the columns by how much more their widest
 * cell wants, so a column of long text takes the rest. A table whose cells all
 * fit on one line is shared by its widest cells.
 */
export function columnWidths(cells: Iterable<MeasuredCell>, columns: number, options: Readonly<ColumnWidthOptions> = {}): Array<number> {
  const {available = 48, phrase = 8, padding = 1} = options
  if (columns <= 0) return []
  const least = Array.from({length: columns}, () => padding)
  const natural = Array.from({length: columns}, () => padding)
  for (const cell of cells) {
    if ((cell.span ?? 1) !== 1 || cell.column < 0 || cell.column >= columns) continue
    const lines = cell.text.split('\n')
    least[cell.column] = Math.max(least[cell.column] ?? 0, Math.max(...lines.map((line) => unbreakableWidth(line, phrase))) + padding)
    natural[cell.column] = Math.max(natural[cell.column] ?? 0, Math.max(...lines.map(textWidth)) + padding)
  }
  const sum = (list: ReadonlyArray<number>) => list.reduce((total, value) => total + value, 0)
  let widths: Array<number>
  if (sum(natural) <= available) widths = natural
  else if (sum(least) >= available) widths = least
  else {
    const room = available - sum(least)
    const wants = natural.map((value, column) => value - (least[column] ?? 0))
    const wanted = sum(wants)
    widths = least.map((value, column) => value + (wanted === 0 ? 0 : (room * (wants[column] ?? 0)) / wanted))
  }
  return percentages(widths)
}

/** Widths as percentages of their sum, to one decimal, the rounding left over given to the widest so they sum to 100. */
function percentages(widths: ReadonlyArray<number>): Array<number> {
  const total = widths.reduce((sum, value) => sum + value, 0)
  const tenths = widths.map((value) => Math.round((value / total) * 1000))
  const widest = tenths.indexOf(Math.max(...tenths))
  tenths[widest] = (tenths[widest] ?? 0) + 1000 - tenths.reduce((sum, value) => sum + value, 0)
  return tenths.map((value) => value / 10)
}
