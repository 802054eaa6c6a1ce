/** Where the CLI writes and what it treats as its working folder; tests pass their own. */
export interface Io {
  readonly cwd: string
  stdout(text: string): void
  stderr(text: string): void
}

export const processIo: Io = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
}
