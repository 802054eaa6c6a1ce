/** Where the CLI writes and what it treats as its working folder; tests pass their own. */
export interface Io {
  readonly cwd: string
  /** The environment the language is read from (`STDKIT_LANG`, `LC_ALL`, `LANG`); the process's by default. */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined
  /** Whether standard output is a terminal that shows colour. */
  readonly color?: boolean | undefined
  stdout(text: string): void
  stderr(text: string): void
  /** Shows a passing progress line on a terminal (an empty text clears it); absent where output is a log. */
  progress?: ((text: string) => void) | undefined
}

export const processIo: Io = {
  cwd: process.cwd(),
  color: process.stdout.isTTY === true && !('NO_COLOR' in process.env),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  ...(process.stderr.isTTY === true && !process.env.CI
    ? {progress: (text: string) => void process.stderr.write(`\r\u001b[2K${text}`)}
    : {})
}
