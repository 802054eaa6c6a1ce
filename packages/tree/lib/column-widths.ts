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
  /** A phrase of wide characters up to this width is kept on one line, as a name is (default 4em). */
  phrase?: number | undefined
  /** A column whose widest cell is no wider than this gets room for it whole, as a column of names or dates does (default 8em). */
  short?: number | undefined
  /** What a cell adds to its text: its padding and rule (default 1em). */
  padding?: number | undefined
}

/** Where a line may break and the text is not: spaces, and after the punctuation that ends a phrase or a dash. */
const phraseEnd = /(?<=[\s、，；。：！？,;:!?）)–—])/u

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
 * of narrow characters whole (a line may break after a dash), a phrase of
 * wide characters (up to `phrase` em, a name) whole, and in a longer phrase only its runs of narrow characters, since a
 * line may break between any two Chinese characters.
 */
export function unbreakableWidth(text: string, phrase = 4): number {
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
 * unbreakable width); then a short column (names, dates: its widest cell no
 * wider than `short`) gets room for its widest cell, so it stays on one
 * line; what room is left goes to the columns by how much text they hold,
 * none beyond its widest cell, so a column of long text takes the rest. A table whose cells all
 * fit on one line is shared by its widest cells.
 */
export function columnWidths(cells: Iterable<MeasuredCell>, columns: number, options: Readonly<ColumnWidthOptions> = {}): Array<number> {
  const {available = 48, phrase = 4, short: shortest = 8, padding = 1} = options
  if (columns <= 0) return []
  const least = Array.from({length: columns}, () => padding)
  const natural = Array.from({length: columns}, () => padding)
  const text = Array.from({length: columns}, () => 0)
  for (const cell of cells) {
    if ((cell.span ?? 1) !== 1 || cell.column < 0 || cell.column >= columns) continue
    const lines = cell.text.split('\n')
    least[cell.column] = Math.max(least[cell.column] ?? 0, Math.max(...lines.map((line) => unbreakableWidth(line, phrase))) + padding)
    natural[cell.column] = Math.max(natural[cell.column] ?? 0, Math.max(...lines.map(textWidth)) + padding)
    text[cell.column] = (text[cell.column] ?? 0) + textWidth(cell.text)
  }
  const sum = (list: ReadonlyArray<number>) => list.reduce((total, value) => total + value, 0)
  let widths: Array<number>
  if (sum(natural) <= available) widths = natural
  else if (sum(least) >= available) widths = least
  else {
    // First a short column (a name, a date) whole, then the rest by how much text each column has.
    const short = natural.map((value) => value - padding <= shortest)
    widths = share(least, least.map((value, column) => (short[column] ? (natural[column] ?? 0) - value : 0)), available - sum(least))
    // Each round shares the room among the columns narrower than their widest cell, none given more than that, by the square of their
    // text: the column of the most text makes the rows tall, and each em given to it saves the most lines.
    for (let round = 0; round < columns && available - sum(widths) > 1e-9; round++) {
      const room = available - sum(widths)
      const open = widths.map((value, column) => value < (natural[column] ?? 0) - 1e-9)
      const weights = text.map((value, column) => (open[column] ? value * value : 0))
      const weight = sum(weights)
      if (weight <= 0) break
      widths = widths.map((value, column) => (open[column] ? Math.min(natural[column] ?? 0, value + (room * (weights[column] ?? 0)) / weight) : value))
    }
  }
  return percentages(widths)
}

/** Room added to widths by what each wants, none given beyond it. */
function share(widths: ReadonlyArray<number>, wants: ReadonlyArray<number>, room: number): Array<number> {
  const wanted = wants.reduce((total, value) => total + value, 0)
  const given = Math.min(room, wanted)
  return widths.map((value, column) => value + (wanted <= 0 ? 0 : (given * (wants[column] ?? 0)) / wanted))
}

/** Widths as percentages of their sum, to one decimal, the rounding left over given to the widest so they sum to 100. */
function percentages(widths: ReadonlyArray<number>): Array<number> {
  const total = widths.reduce((sum, value) => sum + value, 0)
  const tenths = widths.map((value) => Math.round((value / total) * 1000))
  const widest = tenths.indexOf(Math.max(...tenths))
  tenths[widest] = (tenths[widest] ?? 0) + 1000 - tenths.reduce((sum, value) => sum + value, 0)
  return tenths.map((value) => value / 10)
}
