import type {LibraryEdition, Parse} from '@stdkit/library'
import {messages} from '@stdkit/messages'
import {printDiagnostics} from './diagnostics.js'
import {CliError, exitCodes} from './errors.js'
import type {Io} from './io.js'

/**
 * Loads an edition named on the command line, parsed by `parse` (the build
 * cache's); a name that resolves to nothing is a usage error, a source with
 * errors a failure.
 */
export async function loadNamedEdition(spec: string, root: string, io: Io, parse?: Parse): Promise<LibraryEdition> {
  const [{hasErrors}, {loadEdition, resolveEdition}] = await Promise.all([import('@stdkit/tree'), import('@stdkit/library')])
  const file = await resolveEdition(spec, root, io.cwd).catch((error: Error) => {
    throw new CliError(error.message, exitCodes.usage)
  })
  const edition = await loadEdition(file, root, io.cwd, {parse})
  if (hasErrors(edition.file)) {
    printDiagnostics([edition.file], 'text', io, true)
    throw new CliError(messages().diff.sourceErrors({edition: spec}))
  }
  return edition
}
