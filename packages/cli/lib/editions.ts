import {stat} from 'node:fs/promises'
import path from 'node:path'
import type {LibraryEdition, Parse} from '@stdkit/library'
import {messages} from '@stdkit/messages'
import {printDiagnostics} from './diagnostics.js'
import {CliError, exitCodes} from './errors.js'
import type {Io} from './io.js'
import {readRevision, revisionOf} from './revision.js'

/**
 * Loads an edition named on the command line: a file, `<standard>@<year>`, or
 * a file of a git revision (`HEAD:standards/…/2008.md`; a file on disk of
 * that name is the file), parsed by `parse` (the build cache's). A name that
 * resolves to nothing is a usage error, a source with errors a failure.
 */
export async function loadNamedEdition(spec: string, root: string, io: Io, parse?: Parse): Promise<LibraryEdition> {
  const [{hasErrors}, {loadEdition, resolveEdition}] = await Promise.all([import('@stdkit/tree'), import('@stdkit/library')])
  const named = revisionOf(spec)
  const onDisk = named ? await stat(path.resolve(io.cwd, spec)).then((info) => info.isFile(), () => false) : true
  let edition: LibraryEdition
  if (named && !onDisk) {
    const read = await readRevision(named, io.cwd)
    // Named as written, in messages and in the diff's sources.
    edition = {...(await loadEdition(spec, root, io.cwd, {read, parse})), source: spec}
  } else {
    const file = await resolveEdition(spec, root, io.cwd).catch((error: Error) => {
      throw new CliError(error.message, exitCodes.usage)
    })
    edition = await loadEdition(file, root, io.cwd, {parse})
  }
  if (hasErrors(edition.file)) {
    printDiagnostics([edition.file], 'text', io, true)
    throw new CliError(messages().diff.sourceErrors({edition: spec}))
  }
  return edition
}
