import {checkSchemaId, checkSchemaVersion, type CheckReport} from '@stdkit/check'
import {messages} from '@stdkit/messages'
import type {VFile} from 'vfile'
import type {Io} from './io.js'

export type OutputFormat = 'text' | 'json'

/** How the messages are printed as text: the report for people, one line a message, or GitHub Actions' workflow commands. */
export type Reporter = 'text' | 'line' | 'github'

export const reporters: ReadonlyArray<Reporter> = ['text', 'line', 'github']

/**
 * Prints the diagnostics of `files`: JSON for machines, or text by the
 * reporter: the report for people in the language in use (on stderr), or a
 * line a message for editors and CI (on stdout).
 */
export function printDiagnostics(files: ReadonlyArray<VFile>, format: OutputFormat, io: Io, quiet = false, reporter: Reporter = 'text'): void {
  if (format === 'json') {
    io.stdout(`${JSON.stringify(checkReport(files), null, 2)}\n`)
    return
  }
  if (reporter !== 'text') {
    const text = (reporter === 'line' ? lineReport : githubReport)(files)
    if (text !== '') io.stdout(text)
    return
  }
  const text = report(files, quiet)
  if (text !== '') io.stderr(`${text}\n`)
}

/** The report of `check --format json`, which follows the check schema. */
export function checkReport(files: ReadonlyArray<VFile>): CheckReport {
  const {errors, warnings} = countMessages(files)
  const total = files.reduce((sum, file) => sum + file.messages.length, 0)
  return {
    $schema: checkSchemaId,
    schemaVersion: checkSchemaVersion,
    summary: {errors, warnings, info: total - errors - warnings},
    files: files.map((file) => ({
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
  }
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

/** Each file's messages in the order of their places, with the file. */
function inOrder(files: ReadonlyArray<VFile>): Array<{path: string; message: Message}> {
  return files.flatMap((file) => [...file.messages].sort(byPlace).map((message) => ({path: file.path, message})))
}

/** The reason on one line: a line break in it would start a message of its own. */
function oneLine(message: Message): string {
  return briefReason(message.reason).replace(/\s*[\r\n]+\s*/gu, ' ')
}

/**
 * `file:line:col: severity: message [rule-id]`, a line a message, as
 * compilers print them and editors read them. The path is the file's as
 * given; a message about the whole file points at 1:1; the severity is one of
 * `error`, `warning`, `info` in any language, the message in the language in use.
 */
export function lineReport(files: ReadonlyArray<VFile>): string {
  return inOrder(files)
    .map(({path, message}) => `${path}:${message.line ?? 1}:${message.column ?? 1}: ${severityOf(message)}: ${oneLine(message)}${message.ruleId ? ` [${message.ruleId}]` : ''}\n`)
    .join('')
}

/** GitHub's word for each severity: information is a notice. */
const githubLevels = {error: 'error', warning: 'warning', info: 'notice'} as const

/**
 * GitHub Actions' workflow commands, which annotate the files of a pull
 * request: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`.
 * A message about the whole file names the file alone.
 */
export function githubReport(files: ReadonlyArray<VFile>): string {
  return inOrder(files)
    .map(({path, message}) => {
      const span = message.place && 'start' in message.place ? message.place : undefined
      const properties: Array<[string, string | number | undefined]> = [
        ['file', path],
        ['line', message.line],
        ['col', message.column],
        ['endLine', span?.end.line],
        ['endColumn', span?.end.column],
        ['title', message.ruleId]
      ]
      const given = properties.filter(([, value]) => value !== undefined && value !== '').map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
      return `::${githubLevels[severityOf(message)]} ${given.join(',')}::${escapeData(briefReason(message.reason))}\n`
    })
    .join('')
}

/**
 * The escapes GitHub reads in a command's message: `%`, carriage return and
 * line feed (as `@actions/core` writes them; it prints to the process's
 * stdout itself, so it cannot be used through `Io`).
 */
export function escapeData(text: string): string {
  return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A')
}

/** The escapes GitHub reads in a command's property: those of a message, and `:` and `,`, which end one. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C')
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
