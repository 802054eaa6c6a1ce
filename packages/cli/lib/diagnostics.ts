import {reporter} from 'vfile-reporter'
import type {VFile} from 'vfile'
import type {Io} from './io.js'

export type OutputFormat = 'text' | 'json'

/** Prints the diagnostics of `files`: vfile-reporter's text for people, or JSON for machines. */
export function printDiagnostics(files: ReadonlyArray<VFile>, format: OutputFormat, io: Io, quiet = false): void {
  if (format === 'json') {
    const report = files.map((file) => ({
      path: file.path,
      messages: file.messages.map((message) => ({
        line: message.line ?? null,
        column: message.column ?? null,
        endLine: message.place && 'start' in message.place ? message.place.end.line : null,
        endColumn: message.place && 'start' in message.place ? message.place.end.column : null,
        severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
        ruleId: message.ruleId ?? null,
        source: message.source ?? null,
        reason: briefReason(message.reason)
      }))
    }))
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    return
  }
  const text = reporter(files.map(briefly), {quiet, color: false})
  if (text !== '') io.stderr(`${text}\n`)
}

/** Longest quotation of source text (between backticks) a printed message keeps, and longest message, in characters. */
const longestQuote = 60
const longestReason = 400

/**
 * A message's reason as printed: each quotation of source text cut to its
 * first characters, and the whole to a few lines. A message quotes what it is
 * about, a heading or a field, which can be a line of any length, and
 * vfile-reporter measures a reason's width by grapheme segmentation, whose
 * time grows with the square of its length.
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

/** `file` as the reporter sees it: the same file, its messages with brief reasons. */
function briefly(file: VFile): VFile {
  const copy = Object.create(file) as VFile
  copy.messages = file.messages.map((message) => {
    const brief = Object.create(message) as typeof message
    brief.reason = brief.message = briefReason(message.reason)
    return brief
  })
  return copy
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
