import path from 'node:path'

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

/** What went wrong, in the words of a person rather than of the system call. */
const happened: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'not a folder',
  EISDIR: 'is a folder',
  ENOENT: 'no such file or folder',
  EEXIST: 'exists already',
  ENOTEMPTY: 'folder not empty',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many symbolic links',
  EBUSY: 'busy',
  EIO: 'input/output error',
  EXDEV: 'cannot move across file systems',
  EPIPE: 'the reader went away'
}

/** What the CLI was doing when the system call failed. */
const doing: Readonly<Record<string, string>> = {
  open: 'opening',
  read: 'reading',
  write: 'writing',
  mkdir: 'creating',
  rename: 'moving',
  copyfile: 'copying',
  unlink: 'removing',
  rm: 'removing',
  rmdir: 'removing',
  scandir: 'listing',
  opendir: 'listing',
  stat: 'reading',
  lstat: 'reading',
  access: 'reading',
  watch: 'watching'
}

interface SystemError extends Error {
  code: string
  syscall?: string | undefined
  path?: string | undefined
  dest?: string | undefined
}

function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as Partial<SystemError>).code === 'string' && (error as Partial<SystemError>).code! in happened
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
  if (isSystemError(error)) {
    const shown = (file: string) => path.relative(cwd, path.resolve(cwd, file)) || '.'
    const what = error.syscall === undefined ? 'working' : (doing[error.syscall] ?? error.syscall)
    const where = error.path === undefined ? '' : ` ${shown(error.path)}${error.dest === undefined ? '' : ` to ${shown(error.dest)}`}`
    return {message: `${happened[error.code]} while ${what}${where}`, exitCode: exitCodes.failed}
  }
  const message = error instanceof Error ? error.message : String(error)
  const stack = env.STDKIT_DEBUG === '1' && error instanceof Error && error.stack ? `\n${error.stack}` : ''
  return {
    message: `internal error: ${message}\nThis is a bug in stdkit: please report it with the command you ran${stack === '' ? ' (STDKIT_DEBUG=1 shows where it happened)' : stack}`,
    exitCode: exitCodes.failed
  }
}
