/**
 * The report of a check as a program reads it (`stdkit check --format
 * json`): every file checked, with its messages.
 */

/**
 * Version of the report's JSON Schema, `MAJOR.MINOR`: a minor version only
 * adds optional fields, a major version breaks.
 *
 * @pattern ^1\.(0|[1-9][0-9]*)$
 */
export type CheckSchemaVersion = string

/**
 * A whole number: a line, a column or a count.
 *
 * @asType integer
 */
export type Count = number

/** How grave a message is: an error stops a build, a warning fails `--frail`, information never fails. */
export type Severity = 'error' | 'warning' | 'info'

/** One message of the checker (or of the parser, which reports through it). */
export interface CheckMessage {
  /** Line the message points at, from 1; null for a message about the whole file. */
  line: Count | null
  /** Column, from 1. */
  column: Count | null
  /** Line the span it points at ends on, when it points at a span. */
  endLine: Count | null
  /** Column the span ends before. */
  endColumn: Count | null
  severity: Severity
  /** The rule (`clause-numbering`), as listed by `stdkit rules`. */
  ruleId: string | null
  /** What reported it (`stdkit`). */
  source: string | null
  /** The message, in the language of the catalogue in use. */
  reason: string
}

/** One file checked and its messages, in the order the checker gave them. */
export interface CheckedFile {
  /** The file's path as given (relative to the working folder when given so). */
  path: string
  messages: Array<CheckMessage>
}

/** Messages counted by severity. */
export interface CheckSummary {
  errors: Count
  warnings: Count
  info: Count
}

/** What `stdkit check --format json` prints. */
export interface CheckReport {
  /** Absolute URL of the schema the report follows. */
  $schema: string
  schemaVersion: CheckSchemaVersion
  /** Messages counted by severity over every file. */
  summary: CheckSummary
  files: Array<CheckedFile>
}
