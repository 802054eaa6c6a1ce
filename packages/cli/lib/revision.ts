/**
 * An edition as a git revision holds it, named as git names a file of a
 * revision: `HEAD:standards/q-zx-75.1861/2008.md` (the path from the top of
 * the repository), `HEAD~1:./2008.md` (from the working folder), `:2008.md`
 * (the index). Its text and the images it names are read with `git show`, run
 * without a shell; the year is the file name's, as for a file on disk.
 */
import {execFile} from 'node:child_process'
import path from 'node:path'
import {messages} from '@stdkit/messages'
import {CliError, exitCodes} from './errors.js'

/** A file of a git revision, as named on the command line. */
export interface Revision {
  /** The name as written: `HEAD:standards/q-zx-75.1861/2008.md`. */
  spec: string
  /** The revision, before the first colon; empty for the index. */
  revision: string
  /** The path in it, as git takes it: from the repository's top, or from the working folder when it starts `./` or `../`. */
  path: string
}

/** The revision and path a name gives, if it names a file of a revision: a single letter before the colon is a drive (`C:\…`), no revision. */
export function revisionOf(spec: string): Revision | undefined {
  const groups = /^(?<revision>[^:]*):(?<path>.+)$/su.exec(spec)?.groups
  if (!groups || /^[A-Za-z]$/u.test(groups.revision ?? '')) return undefined
  return {spec, revision: groups.revision ?? '', path: groups.path ?? ''}
}

type GitResult = {ok: true; stdout: Buffer} | {ok: false; missing: boolean; stderr: string}

/** Runs git in `cwd` and gives its output as bytes, or how it failed. */
function git(args: ReadonlyArray<string>, cwd: string): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', args, {cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024}, (error, stdout, stderr) => {
      if (!error) resolve({ok: true, stdout})
      else resolve({ok: false, missing: (error as NodeJS.ErrnoException).code === 'ENOENT', stderr: stderr.toString('utf8')})
    })
  })
}

/** The first line of what git said, without its `fatal: `. */
const reasonOf = (stderr: string): string => (stderr.trim().split('\n')[0] ?? '').replace(/^(?:fatal|error): /u, '')

/**
 * Reads a file of a revision, failing with a usage error when git is not
 * installed, the working folder is not in a repository, the revision is
 * unknown or the file is not in it. Gives a reader of the file and of the
 * files beside it (its images), by the paths `loadEdition` asks for:
 * resolved from `cwd` as though the name were a path.
 */
export async function readRevision(named: Revision, cwd: string): Promise<(file: string) => Promise<Uint8Array | string>> {
  const m = messages().diff
  const fail = (message: string): never => {
    throw new CliError(message, exitCodes.usage)
  }
  const top = await git(['rev-parse', '--show-toplevel'], cwd)
  if (!top.ok) fail(top.missing ? m.noGit({spec: named.spec}) : m.noRepository({spec: named.spec}))
  if (named.revision !== '') {
    const known = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${named.revision}^{tree}`], cwd)
    if (!known.ok) fail(m.unknownRevision({spec: named.spec, revision: named.revision}))
  }
  const kind = await git(['cat-file', '-t', named.spec], cwd)
  if (!kind.ok || kind.stdout.toString('utf8').trim() !== 'blob') fail(m.notInRevision({spec: named.spec, revision: named.revision, path: named.path}))
  const shown = await git(['show', '--end-of-options', named.spec], cwd)
  if (!shown.ok) return fail(m.gitFailed({spec: named.spec, reason: reasonOf(shown.stderr)}))
  const bytes = shown.stdout
  const self = path.resolve(cwd, named.spec)
  const folder = path.posix.dirname(named.path)
  const read = async (file: string): Promise<Uint8Array | string> => {
    if (file === self) return bytes
    // An image is named relative to the edition: the same place in the same revision.
    const relative = path.relative(path.dirname(self), file).split(path.sep).join('/')
    const inRevision = folder === '.' && !named.path.startsWith('./') ? relative : `${folder}/${relative}`
    const image = await git(['show', '--end-of-options', `${named.revision}:${inRevision}`], cwd)
    return image.ok ? image.stdout : messages().library.noFile
  }
  return read
}
