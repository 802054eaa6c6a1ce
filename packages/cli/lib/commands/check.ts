import {messages} from '@stdkit/messages'
import type {Argv} from 'yargs'
import {countMessages, printDiagnostics, reporters, type OutputFormat, type Reporter} from '../diagnostics.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface CheckArguments {
  paths: Array<string>
  format: OutputFormat
  reporter: Reporter
  frail: boolean
  quiet: boolean
}

export const command = 'check [paths..]'
export const describe = () => messages().check.describe

export function builder(yargs: Argv): Argv<CheckArguments> {
  const m = messages()
  return yargs
    .positional('paths', {type: 'string', array: true, default: ['standards'], describe: m.cli.paths})
    .option('format', {type: 'string', choices: ['text', 'json'], default: 'text', describe: m.cli.textOrJson})
    .option('reporter', {type: 'string', choices: reporters, default: 'text', describe: m.cli.reporter})
    .option('frail', {type: 'boolean', default: false, describe: m.check.frail})
    .option('quiet', {alias: 'q', type: 'boolean', default: false, describe: m.check.quiet}) as unknown as Argv<CheckArguments>
}

export async function handler(argv: CheckArguments, io: Io): Promise<number> {
  if (argv.format === 'json' && argv.reporter !== 'text') throw new CliError(messages().cli.reporterWithJson({reporter: argv.reporter}), exitCodes.usage)
  // The packages the command uses, loaded once it runs: never the whole API, whose publishers a check has no use for.
  const [{checkSources, findSources}, {commandMemo}] = await Promise.all([import('@stdkit/library'), import('@stdkit/build/memo')])
  const sources = await findSources(argv.paths, io.cwd).catch(
    (error: Error) => {
      throw new CliError(error.message, exitCodes.usage)
    }
  )
  if (sources.length === 0) throw new CliError(messages().cli.noEditions({folders: argv.paths}), exitCodes.usage)
  // The editions compared with the one checked are parsed by the last build, or the last check: their trees are in the build cache.
  const memo = await commandMemo(io.cwd)
  const files = await checkSources(sources, io.cwd, {parse: (file) => memo.parse(file)})
  printDiagnostics(files, argv.format, io, argv.quiet, argv.reporter)
  const {errors, warnings} = countMessages(files)
  return errors > 0 || (argv.frail && warnings > 0) ? exitCodes.failed : exitCodes.ok
}
