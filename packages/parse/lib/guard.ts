/**
 * What the parser checks before Markdown sees the text: a byte-order mark and
 * CR line endings are normalised away; an empty file, NUL characters,
 * container nesting too deep to read and table rows too wide are reported
 * with their place. Such lines are emptied, so that the rest of the file is
 * still read; every other line keeps its number and columns.
 */
import {messages} from '@stdkit/messages'
import type {VFile} from 'vfile'
import {report} from '@stdkit/tree'

/** Deepest container nesting (block quotes, list items, indentation) a line may open. */
export const maximumNesting = 32

/** Most cells a table row may have: GFM tables are read in time growing with the square of their width. */
export const maximumColumns = 100

/** Removes a leading BOM and turns CRLF and lone CR line endings into LF, in place. */
export function normaliseSource(file: VFile): void {
  const value = typeof file.value === 'string' ? file.value : String(file.value ?? '')
  const normal = value.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n')
  if (normal !== file.value) file.value = normal
}

/** Reports file-level problems of `file.value` and returns the text to parse. */
export function guardSource(file: VFile): string {
  const source = String(file.value ?? '')
  if (source.trim() === '') {
    report(file, 'error', messages().parser.emptyFile, {line: 1, column: 1}, 'empty-file')
    return source
  }
  const nul = source.indexOf('\u0000')
  if (nul !== -1) {
    const count = source.split('\u0000').length - 1
    report(file, 'error', messages().parser.nul({count}), pointAt(source, nul), 'encoding')
  }
  const {left, deep, wide} = linesTooDeepOrWide(source)
  const parser = messages().parser
  const lineStart = (line: number) => ({line, column: 1})
  if (deep.first) report(file, 'error', parser.nesting({depth: deep.first.depth, max: maximumNesting, lines: deep.lines}), lineStart(deep.first.line), 'nesting-depth')
  if (wide.first) report(file, 'error', parser.tableWidth({cells: wide.first.cells, max: maximumColumns, lines: wide.lines}), lineStart(wide.first.line), 'table-width')
  return leaveOut(source, left)
}

interface Found<T> {
  /** How many lines. */
  lines: number
  first: T | undefined
}

/** The lines nested too deep and the table rows too wide, as ranges of `source` to leave out, in order. */
function linesTooDeepOrWide(source: string): {left: Array<[number, number]>; deep: Found<{line: number; depth: number}>; wide: Found<{line: number; cells: number}>} {
  const deep: Found<{line: number; depth: number}> = {lines: 0, first: undefined}
  const wide: Found<{line: number; cells: number}> = {lines: 0, first: undefined}
  const left: Array<[number, number]> = []
  const leaveWide = (from: number, to: number, at: number): void => {
    const cells = cellsOf(source, from, to)
    if (cells <= maximumColumns || left.at(-1)?.[0] === from) return
    wide.first ??= {line: at, cells}
    wide.lines++
    left.push([from, to])
  }
  let previous: {start: number; end: number; line: number} | undefined
  let inTable = false
  let start = 0
  let line = 1
  while (start <= source.length) {
    const newline = source.indexOf('\n', start)
    const end = newline === -1 ? source.length : newline
    const depth = nestingOf(source, start, end)
    if (depth > maximumNesting) {
      deep.first ??= {line, depth}
      deep.lines++
      left.push([start, end])
    } else if (isDelimiterRow(source, start, end) || inTable) {
      // A table's rows: its header (the line before the delimiter row), the delimiter row, and the lines up to a blank one.
      if (!inTable && previous) leaveWide(previous.start, previous.end, previous.line)
      leaveWide(start, end, line)
      inTable = source.slice(start, end).trim() !== ''
    }
    if (newline === -1) break
    previous = {start, end, line}
    start = newline + 1
    line++
  }
  return {left, deep, wide}
}

/** `source` with the given ranges (in order, not overlapping) emptied; line breaks stay, so every other line keeps its place. */
function leaveOut(source: string, ranges: ReadonlyArray<[number, number]>): string {
  if (ranges.length === 0) return source
  const parts: Array<string> = []
  let kept = 0
  for (const [from, to] of ranges) {
    parts.push(source.slice(kept, from))
    kept = to
  }
  parts.push(source.slice(kept))
  return parts.join('')
}

/** Whether the line is a table's delimiter row (`| - | :-: |`), inside block quotes or not: only pipes, dashes, colons and spacing, with a pipe and a dash. */
function isDelimiterRow(source: string, start: number, end: number): boolean {
  let pipe = false
  let dash = false
  for (let index = start; index < end; index++) {
    const char = source[index]
    if (char === '|') pipe = true
    else if (char === '-') dash = true
    else if (char !== ':' && char !== ' ' && char !== '\t' && char !== '>') return false
  }
  return pipe && dash
}

/** The cells of a table row: its unescaped pipes, less a leading and a trailing one, plus one. */
function cellsOf(source: string, start: number, end: number): number {
  let pipes = 0
  for (let index = start; index < end; index++) {
    if (source[index] === '\\') index++
    else if (source[index] === '|') pipes++
  }
  const row = source.slice(start, end).trim()
  return pipes + 1 - (row.startsWith('|') ? 1 : 0) - (row.length > 1 && row.endsWith('|') ? 1 : 0)
}

/** How many containers the line from `start` to `end` opens: `>` and list markers, and indentation by twos. */
function nestingOf(source: string, start: number, end: number): number {
  let depth = 0
  let columns = 0
  let index = start
  while (index < end) {
    const char = source.charCodeAt(index)
    if (char === 0x20) columns++
    else if (char === 0x09) columns += 4
    else if (char === 0x3e) depth++
    else {
      const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/u.exec(source.slice(index, Math.min(end, index + 11)))
      if (!marker) break
      depth++
      index += marker[0].length
      continue
    }
    index++
    if (depth + columns / 2 > maximumNesting * 4) break
  }
  return depth + Math.floor(columns / 2)
}

function pointAt(source: string, offset: number): {line: number; column: number} {
  const before = source.slice(0, offset)
  const line = before.split('\n').length
  return {line, column: offset - before.lastIndexOf('\n')}
}
