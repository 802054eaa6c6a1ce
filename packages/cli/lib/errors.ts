import path from 'node:path'
import {messages} from '@stdkit/messages'

/** Exit codes of the CLI. */
export const exitCodes = {ok: 0, failed: 1, usage: 2} as const

/** An error the CLI reports in one line and turns into an exit code, without a stack. */
export class CliError extends Error {
  readonly exitCode: number
  constructor(message: string, exitCode: number = exitCodes.failed) {
    super(message)
    this.name = 'CliError'
    this.exitCode = exitCode
  }
}

interface SystemError extends Error {
  code: string
  syscall?: string | undefined
  path?: string | undefined
  dest?: string | undefined
}

function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as Partial<SystemError>).code === 'string' && (error as Partial<SystemError>).code! in messages().cli.happened
}

/**
 * The one line and exit code for anything that stops a command: its own
 * message for a `CliError`; for a file-system error, the file and what
 * happened to it (`no space left on device while writing out/…`); for
 * anything else, a short report to send in, with the stack only when
 * STDKIT_DEBUG=1 asks for it.
 */
export function describeFailure(error: unknown, cwd: string, env: NodeJS.ProcessEnv = process.env): {message: string; exitCode: number} {
  if (error instanceof CliError) return {message: error.message, exitCode: error.exitCode}
  const m = messages().cli
  if (isSystemError(error)) {
    const shown = (file: string) => path.relative(cwd, path.resolve(cwd, file)) || '.'
    const doing: Readonly<Record<string, string>> = m.doing
    const happened: Readonly<Record<string, string>> = m.happened
    const message = m.systemFailure({
      happened: happened[error.code] ?? error.code,
      doing: doing[error.syscall ?? 'working'] ?? error.syscall ?? '',
      file: error.path === undefined ? undefined : shown(error.path),
      dest: error.path === undefined || error.dest === undefined ? undefined : shown(error.dest)
    })
    return {message, exitCode: exitCodes.failed}
  }
  const message = error instanceof Error ? error.message : String(error)
  const stack = env.STDKIT_DEBUG === '1' && error instanceof Error && error.stack ? error.stack : undefined
  return {message: m.internalError({message, stack}), exitCode: exitCodes.failed}
}
