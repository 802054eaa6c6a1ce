import {stat} from 'node:fs/promises'
import path from 'node:path'
import type {Argv} from 'yargs'
import {build} from '../build.js'
import {countMessages, printDiagnostics} from '../diagnostics.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface BuildArguments {
  root: string
  out: string
}

export const command = 'build [root]'
export const describe = 'Check every standard under a folder and publish each edition to the output folder'

export function builder(yargs: Argv): Argv<BuildArguments> {
  return yargs
    .positional('root', {type: 'string', default: 'standards', describe: 'Folder of standards: <root>/<standard>/<year>.md'})
    .option('out', {alias: 'o', type: 'string', default: 'out', describe: 'Output folder, replaced as a whole when the build succeeds'}) as unknown as Argv<BuildArguments>
}

export async function handler(argv: BuildArguments, io: Io): Promise<number> {
  const root = await stat(path.resolve(io.cwd, argv.root)).catch(() => undefined)
  if (!root?.isDirectory()) throw new CliError(`No such folder: ${argv.root}`, exitCodes.usage)
  const out = path.resolve(io.cwd, argv.out)
  // The output folder is replaced whole, so it must not hold the sources or the working folder.
  for (const kept of [path.resolve(io.cwd, argv.root), io.cwd]) {
    if (kept === out || kept.startsWith(`${out}${path.sep}`)) {
      throw new CliError(`refusing to use ${argv.out} as the output folder: it would replace ${path.relative(io.cwd, kept) || 'the working folder'}`, exitCodes.usage)
    }
  }
  const result = await build(argv.root, argv.out, io.cwd)
  printDiagnostics(result.files, 'text', io, true)
  const {errors} = countMessages(result.files)
  if (errors > 0) {
    throw new CliError(`build stopped: ${errors} error${errors === 1 ? '' : 's'} in the sources; ${argv.out} was left as it was`, exitCodes.failed)
  }
  const editions = result.library.standards.reduce((sum, standard) => sum + standard.editions.length, 0)
  io.stdout(
    `built ${editions} edition${editions === 1 ? '' : 's'} of ${result.library.standards.length} standard${result.library.standards.length === 1 ? '' : 's'} into ${argv.out.replace(/\/+$/u, '')}/ (${result.written.length} files)\n`
  )
  return exitCodes.ok
}
