import {messages} from '@stdkit/messages'
import type {VFile} from 'vfile'
import type {Io} from './io.js'

export type OutputFormat = 'text' | 'json'

/** Prints the diagnostics of `files`: a report for people in the language in use, or JSON for machines. */
export function printDiagnostics(files: ReadonlyArray<VFile>, format: OutputFormat, io: Io, quiet = false): void {
  if (format === 'json') {
    const report = files.map((file) => ({
      path: file.path,
      messages: file.messages.map((message) => ({
        line: message.line ?? null,
        column: message.column ?? null,
        endLine: message.place && 'start' in message.place ? message.place.end.line : null,
        endColumn: message.place && 'start' in message.place ? message.place.end.column : null,
        severity: severityOf(message),
        ruleId: message.ruleId ?? null,
        source: message.source ?? null,
        reason: briefReason(message.reason)
      }))
    }))
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    return
  }
  const text = report(files, quiet)
  if (text !== '') io.stderr(`${text}\n`)
}

type Message = VFile['messages'][number]

/** The severity a message has by vfile's `fatal`: true an error, false a warning, otherwise information. */
function severityOf(message: Message): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/**
 * vfile-reporter's layout, `path` then `line:col-line:col severity reason
 * rule source` in aligned columns and a count at the end, with its words
 * from the catalogue: vfile-reporter speaks only English.
 */
function report(files: ReadonlyArray<VFile>, quiet: boolean): string {
  const m = messages().reporter
  const blocks = files.filter((file) => !quiet || file.messages.length > 0).map((file) => {
    if (file.messages.length === 0) return `${file.path}: ${m.clean}`
    const rows = [...file.messages].sort(byPlace).map((message) => [place(message), m.severity[severityOf(message)], briefReason(message.reason), message.ruleId ?? '', message.source ?? ''])
    return [file.path, ...aligned(rows)].join('\n')
  })
  const {errors, warnings} = countMessages(files)
  const total = files.reduce((sum, file) => sum + file.messages.length, 0)
  return [...blocks, ...(total > 0 ? [m.summary({messages: total, errors, warnings})] : [])].join('\n\n')
}

function byPlace(a: Message, b: Message): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

/** Where a message points: `3:2`, or `1:1-1:4` for a span. */
function place(message: Message): string {
  const at = (point: {line: number; column: number}) => `${point.line}:${point.column}`
  if (message.place && 'start' in message.place) return `${at(message.place.start)}-${at(message.place.end)}`
  return message.place ? at(message.place) : ''
}

/** Rows with each column padded to its widest cell, as a terminal shows it. */
function aligned(rows: ReadonlyArray<ReadonlyArray<string>>): Array<string> {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => width(row[column] ?? ''))))
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat((widths[column] ?? 0) - width(cell)))).join(' ').trimEnd())
}

/** The columns a text takes on a terminal: a Chinese (East Asian wide) character takes two. */
function width(text: string): number {
  return [...text].reduce((sum, character) => sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(character) ? 2 : 1), 0)
}

/** Counts errors and warnings over `files`. */
export function countMessages(files: ReadonlyArray<VFile>): {errors: number; warnings: number} {
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal === true) errors++
      else if (message.fatal === false) warnings++
    }
  }
  return {errors, warnings}
}

/** Longest quotation of source text (between backticks) a printed message keeps, and longest message, in characters. */
const longestQuote = 60
const longestReason = 400

/**
 * A message's reason as printed: each quotation of source text cut to its
 * first characters, and the whole to a few lines. A message quotes what it is
 * about, a heading or a field, which can be a line of any length, and
 * a whole line of source text says no more than its start.
 */
function briefReason(reason: string): string {
  const quoted = reason.replace(/`[^`]*`/gu, (quote) => (quote.length > longestQuote + 2 ? `${cut(quote.slice(0, -1), longestQuote + 1)}…\`` : quote))
  return quoted.length > longestReason ? `${cut(quoted, longestReason)}…` : quoted
}

/** The first `length` code units of `text`, one fewer if the last would split a surrogate pair. */
function cut(text: string, length: number): string {
  const code = text.charCodeAt(length - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length)
}
