import type {Argv} from 'yargs'
import {countMessages, printDiagnostics, type OutputFormat} from '../diagnostics.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface CheckArguments {
  paths: Array<string>
  format: OutputFormat
  frail: boolean
  quiet: boolean
}

export const command = 'check [paths..]'
export const describe = 'Check editions against the drafting rules (GB/T 1.1) and across editions'

export function builder(yargs: Argv): Argv<CheckArguments> {
  return yargs
    .positional('paths', {type: 'string', array: true, default: ['standards'], describe: 'Edition files, or folders to search for <year>.md files'})
    .option('format', {type: 'string', choices: ['text', 'json'], default: 'text', describe: 'Output for people (text) or machines (json)'})
    .option('frail', {type: 'boolean', default: false, describe: 'Exit with 1 on warnings too'})
    .option('quiet', {alias: 'q', type: 'boolean', default: false, describe: 'Show only files with messages'}) as unknown as Argv<CheckArguments>
}

export async function handler(argv: CheckArguments, io: Io): Promise<number> {
  const {checkSources, findSources} = await import('stdkit')
  const sources = await findSources(argv.paths, io.cwd).catch(
    (error: Error) => {
      throw new CliError(error.message, exitCodes.usage)
    }
  )
  if (sources.length === 0) throw new CliError(`no edition files (<year>.md) found in ${argv.paths.join(', ')}`, exitCodes.usage)
  const files = await checkSources(sources, io.cwd)
  printDiagnostics(files, argv.format, io, argv.quiet)
  const {errors, warnings} = countMessages(files)
  return errors > 0 || (argv.frail && warnings > 0) ? exitCodes.failed : exitCodes.ok
}
