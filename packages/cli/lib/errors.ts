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
