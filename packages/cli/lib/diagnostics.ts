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
        reason: message.reason
      }))
    }))
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    return
  }
  const text = reporter([...files], {quiet, color: false})
  if (text !== '') io.stderr(`${text}\n`)
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
