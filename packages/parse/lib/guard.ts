/**
 * What the parser checks before Markdown sees the text: a byte-order mark and
 * CR line endings are normalised away; an empty file, NUL characters and
 * container nesting too deep to read are reported with their place. Lines
 * nested too deep are emptied, so that the rest of the file is still read;
 * every other line keeps its number and columns.
 */
import {messages} from '@stdkit/messages'
import type {VFile} from 'vfile'
import {report} from '@stdkit/tree'

/** Deepest container nesting (block quotes, list items, indentation) a line may open. */
export const maximumNesting = 32

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
  const parts: Array<string> = []
  let kept = 0
  let start = 0
  let line = 1
  let first: {line: number; depth: number} | undefined
  let deep = 0
  while (start <= source.length) {
    const newline = source.indexOf('\n', start)
    const end = newline === -1 ? source.length : newline
    const depth = nestingOf(source, start, end)
    if (depth > maximumNesting) {
      first ??= {line, depth}
      deep++
      parts.push(source.slice(kept, start))
      kept = end
    }
    if (newline === -1) break
    start = newline + 1
    line++
  }
  if (!first) return source
  parts.push(source.slice(kept))
  report(
    file,
    'error',
    messages().parser.nesting({depth: first.depth, max: maximumNesting, lines: deep}),
    {line: first.line, column: 1},
    'nesting-depth'
  )
  return parts.join('')
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
