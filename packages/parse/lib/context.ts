import {messages} from '@stdkit/messages'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {report, type Footnote, type Severity} from '@stdkit/tree'

/** What every step of the conversion needs: the file, its text, and a way to place offsets. */
export interface Context {
  readonly file: VFile
  readonly source: string
  /** Point of a source offset, or `undefined` when the offset is out of range. */
  point(offset: number): Point | undefined
  /** Adds a diagnostic of the parser to the file. */
  report(severity: Severity, reason: string, place: Position | Point | undefined, ruleId: string): void
  /** The footnote a call (`[^label]`) at `place` stands for, once the document's footnotes are known. */
  footnote?: ((identifier: string, place: Position | undefined) => Footnote | undefined) | undefined
}

export function createContext(file: VFile): Context {
  // `footnote` is set once the footnote definitions are read (see standard.ts).
  const source = String(file.value ?? '')
  const place = location(source)
  return {
    file,
    source,
    point(offset) {
      const point = place.toPoint(offset)
      return point ? {line: point.line, column: point.column, offset} : undefined
    },
    report(severity, reason, position, ruleId) {
      report(file, severity, reason, position, ruleId)
    }
  }
}

/** A position spanning two source offsets, when both can be placed. */
export function span(context: Context, start: number, end: number): Position | undefined {
  const from = context.point(start)
  const to = context.point(end)
  return from && to ? {start: from, end: to} : undefined
}

/** `{position}` when there is one, so optional fields stay absent rather than `undefined`. */
export function at(position: Position | undefined): {position?: Position} {
  return position ? {position} : {}
}

/**
 * Reports every row of a Markdown table whose number of cells differs from its
 * header's: GFM pads short rows and keeps long ones, so a ragged row would
 * otherwise pass unnoticed.
 */
export function checkTableShape(node: {children: ReadonlyArray<{children: ReadonlyArray<unknown>; position?: Position | undefined}>}, context: Context, ruleId: string): void {
  const [header, ...rows] = node.children
  const columns = header?.children.length ?? 0
  for (const row of rows) {
    if (row.children.length === columns) continue
    context.report(
      'error',
      messages().parser.rowCells({cells: row.children.length, columns}),
      row.position,
      ruleId
    )
  }
}
