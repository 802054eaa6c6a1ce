import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'

/** How serious a diagnostic is: an error stops a build, a warning does not. */
export type Severity = 'error' | 'warning' | 'info'

/** Origin of every diagnostic stdkit emits; rule ids live under it. */
export const diagnosticSource = 'stdkit'

/**
 * Adds a diagnostic to `file` as a VFile message with a rule id, without
 * throwing. `fatal` follows vfile's convention: `true` for errors, `false` for
 * warnings, `undefined` for info.
 */
export function report(
  file: VFile,
  severity: Severity,
  reason: string,
  place: Position | Point | undefined,
  ruleId: string
): void {
  const message = file.message(reason, {place, ruleId, source: diagnosticSource})
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/** Whether `file` holds at least one error (a fatal message). */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true)
}
