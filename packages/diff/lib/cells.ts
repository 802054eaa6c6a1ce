/**
 * A changed cell named as a reader finds it: by its table, its row (the text
 * of its first cell) and its column (the text of its head):
 * `表1，“一般故障”行，“上报时限”列`. A row or column without such text is
 * named by its place: `第3行`, `第2列`.
 */
import {documentWords} from '@stdkit/messages'
import type {RowChange} from './types.js'

/** A cell's text as a name: one line, without the marks of a merged cell. */
function nameOf(text: string | undefined): string | undefined {
  const name = text?.replace(/\s+/gu, ' ').trim()
  return name === undefined || name === '' || name === '<' || name === '^' ? undefined : name
}

/** The cells of a row on the side it has (the newer, if both). */
function cellsOf(row: RowChange): ReadonlyArray<string> {
  return row.kind === 'removed' ? row.old : row.new
}

/**
 * Names the cell at `column` of `rows[index]`. `head` gives the column heads
 * (the table's first row when absent); the row is named by its first cell,
 * the older side's when that cell is the one that changed.
 */
export function cellName(table: string, rows: ReadonlyArray<RowChange>, index: number, column: number, head?: ReadonlyArray<string>): string {
  const words = documentWords().comparison
  const row = rows[index]
  const heads = head ?? (rows[0] ? cellsOf(rows[0]) : [])
  const first = row ? (column === 0 && row.kind === 'modified' ? row.old[0] : cellsOf(row)[0]) : undefined
  // The head row itself is named by its place, as is a row or column whose first cell or head names nothing.
  const body = index > 0 || head !== undefined
  const rowName = body ? nameOf(first) : undefined
  const columnName = body ? nameOf(heads[column]) : undefined
  return words.cellName({
    table,
    row: rowName === undefined ? words.numberedRow({number: index + 1}) : words.namedRow({name: rowName}),
    column: columnName === undefined ? words.numberedColumn({number: column + 1}) : words.namedColumn({name: columnName})
  })
}
