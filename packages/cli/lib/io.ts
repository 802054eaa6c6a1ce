/** Where the CLI writes and what it treats as its working folder; tests pass their own. */
export interface Io {
  readonly cwd: string
  /** Whether standard output is a terminal that shows colour. */
  readonly color?: boolean | undefined
  stdout(text: string): void
  stderr(text: string): void
}

export const processIo: Io = {
  cwd: process.cwd(),
  color: process.stdout.isTTY === true && !('NO_COLOR' in process.env),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
}
