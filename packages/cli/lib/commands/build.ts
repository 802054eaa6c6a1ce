import {stat} from 'node:fs/promises'
import path from 'node:path'
import {messages} from '@stdkit/messages'
import type {Argv} from 'yargs'
import type {Builder, BuildOptions, BuildResult, Format} from 'stdkit'
import {reviewLines} from '../citations.js'
import {countMessages, printDiagnostics, reporters, type Reporter} from '../diagnostics.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'
import {isFolder, watchLibrary} from '../watch.js'

export interface BuildArguments {
  root: string
  out: string
  only: string | undefined
  format: Array<string> | undefined
  force?: boolean | undefined
  watch: boolean
  reporter?: Reporter | undefined
}

export const command = 'build [root]'
export const describe = () => messages().build.describe

export function builder(yargs: Argv): Argv<BuildArguments> {
  const m = messages().build
  return yargs
    .positional('root', {type: 'string', default: 'standards', describe: m.root})
    .option('out', {alias: 'o', type: 'string', default: 'out', describe: m.out})
    .option('only', {type: 'string', describe: m.only})
    // No default value here: yargs would put it in place of a `--format` given no value, which must be an error.
    .option('format', {type: 'string', array: true, defaultDescription: m.everyFormat, describe: m.format})
    .option('force', {type: 'boolean', default: false, describe: m.force})
    .option('watch', {alias: 'w', type: 'boolean', default: false, describe: m.watch})
    .option('reporter', {type: 'string', choices: reporters, default: 'text', describe: messages().cli.reporter}) as unknown as Argv<BuildArguments>
}

function parseOnly(value: string | undefined): {standard: string; year?: number} | undefined {
  if (value === undefined) return undefined
  const match = /^(?<standard>[^@/\\]+)(?:@(?<year>\d{4}))?$/u.exec(value)?.groups
  if (!match?.standard) throw new CliError(messages().build.badOnly({value}), exitCodes.usage)
  return match.year ? {standard: match.standard, year: Number(match.year)} : {standard: match.standard}
}

function parseFormats(values: ReadonlyArray<string>, formats: ReadonlyArray<Format>): Array<Format> {
  const chosen = values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean)
  for (const value of chosen) {
    if (!(formats as ReadonlyArray<string>).includes(value)) throw new CliError(messages().build.badFormat({value, formats}), exitCodes.usage)
  }
  return chosen as Array<Format>
}

/** The build the arguments ask for, once they are found sound. */
async function builderFor(argv: BuildArguments, io: Io): Promise<Builder> {
  // The API is loaded once a build is asked for: the other commands start without it.
  const api = await import('stdkit')
  const {Builder, checkOutput, findSources, formats} = api
  const root = await stat(path.resolve(io.cwd, argv.root)).catch(() => undefined)
  if (!root?.isDirectory()) throw new CliError(messages().cli.noFolder({folder: argv.root}), exitCodes.usage)
  // A library with no editions would publish an empty site over the previous output.
  if ((await findSources([argv.root], io.cwd)).length === 0) throw new CliError(messages().cli.noEditions({folders: [argv.root]}), exitCodes.usage)
  // Watching, the PDF workers stay warm between builds.
  const options: BuildOptions = {cwd: io.cwd, only: parseOnly(argv.only), formats: argv.format === undefined ? undefined : parseFormats(argv.format, formats), force: argv.force, onProgress: progress(io), keepWorkers: argv.watch}
  try {
    // An output folder that would be refused at the end of the work is refused now, watching or not.
    await checkOutput(argv.out, {cwd: io.cwd, sources: [argv.root], force: argv.force})
    return new Builder(argv.root, argv.out, options)
  } catch (error) {
    throw cliError(error, api, argv, io)
  }
}

/** On a terminal, progress appears once a build's work takes more than a moment; elsewhere it stays quiet. */
function progress(io: Io): BuildOptions['onProgress'] {
  if (!io.progress) return undefined
  let started = Date.now()
  return (done, total, name) => {
    if (done === 1) started = Date.now()
    if (Date.now() - started >= 400) io.progress?.(`[${done}/${total}] ${name}`)
  }
}

/**
 * The build's own errors as the CLI reports them, in a line or so: a request
 * it refuses is a usage error; what cannot be typeset has its messages
 * printed first, as the checker's are.
 */
function cliError(error: unknown, {BuildError, OutputError, PdfError}: typeof import('stdkit'), argv: BuildArguments, io: Io): unknown {
  if (error instanceof BuildError) return new CliError(error.message, exitCodes.usage)
  if (error instanceof OutputError) return new CliError(error.message)
  if (error instanceof PdfError) {
    printDiagnostics([error.file], 'text', io, true, argv.reporter)
    return new CliError(messages().build.cannotTypeset({reason: error.message, out: argv.out}))
  }
  return error
}

/** Runs the build once; a build stopped by errors in the sources, or one that cannot typeset, is a `CliError`. */
async function runOnce(builder: Builder, argv: BuildArguments, io: Io): Promise<BuildResult> {
  let result: BuildResult
  try {
    result = await builder.run()
  } catch (error) {
    throw cliError(error, await import('stdkit'), argv, io)
  } finally {
    io.progress?.('')
  }
  printDiagnostics(result.files, 'text', io, true, argv.reporter)
  const {errors} = countMessages(result.files)
  if (errors > 0) {
    throw new CliError(messages().build.stopped({errors, out: argv.out}), exitCodes.failed)
  }
  return result
}

function summary(result: BuildResult, argv: BuildArguments): string {
  const only = parseOnly(argv.only)
  const standards = result.library.standards.filter((standard) => !only || standard.slug === only.standard)
  const editions = standards.reduce((sum, standard) => sum + (only?.year ? 1 : standard.editions.length), 0)
  return messages().build.built({editions, standards: standards.length, out: argv.out.replace(/\/+$/u, ''), files: result.written.length})
}

/**
 * The summary's line, and after it the undated citations a newer edition of
 * the standard they cite calls for reviewing: with `--only`, those from or to
 * the standard published.
 */
function withReviews(line: string, result: BuildResult, argv: BuildArguments): string {
  const only = parseOnly(argv.only)?.standard
  const reviews = result.reviews.filter(({citation}) => only === undefined || citation.from.slug === only || citation.to.slug === only)
  return `${[line, ...reviewLines(reviews)].join('\n')}\n`
}

export async function handler(argv: BuildArguments, io: Io): Promise<number> {
  if (argv.watch) {
    const watching = await startWatch(argv, io)
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve)
      process.once('SIGTERM', resolve)
    })
    await watching.close()
    return exitCodes.ok
  }
  const builder = await builderFor(argv, io)
  try {
    const result = await runOnce(builder, argv, io)
    io.stdout(withReviews(summary(result, argv), result, argv))
  } finally {
    await builder.close()
  }
  return exitCodes.ok
}

/**
 * `build --watch`: builds, then rebuilds after every change of a source or a
 * folder under the root, one build at a time; changes that arrive during a
 * build are taken together by the next. Each build keeps what the last one
 * made, so an edit to one edition redoes that edition, the comparisons it is
 * in and their pages. A build that fails says why and leaves the output as it
 * was; the watch goes on. Exported for tests; `close` stops watching once the
 * build under way is done.
 */
export async function startWatch(argv: BuildArguments, io: Io): Promise<{close: () => Promise<void>}> {
  const builder = await builderFor({...argv, watch: true}, io)
  const report = (error: unknown) => io.stderr(`stdkit: ${error instanceof CliError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  const root = path.resolve(io.cwd, argv.root)
  const once = async (): Promise<void> => {
    // A library folder being replaced is waited for: its watch tells when it is back.
    if (!(await isFolder(root))) return io.stderr(`stdkit: No such folder: ${argv.root}; ${argv.out} was left as it was\n`)
    const started = performance.now()
    try {
      const result = await runOnce(builder, argv, io)
      const ms = Math.round(performance.now() - started)
      io.stdout(withReviews(messages().build.rebuilt({summary: summary(result, argv), ms, made: result.made.length}), result, argv))
    } catch (error) {
      report(error)
    }
  }
  // Watching starts before the first build, so that an edit made while it runs is built next; the
  // output, which may lie in the library's folder, is left alone.
  const watching = await watchLibrary(root, {onChange: once, onError: report, ignore: [path.resolve(io.cwd, argv.out)]}).catch(async (error: unknown) => {
    await builder.close()
    throw error
  })
  await watching.run(once)
  io.stdout(`${messages().build.watching({root: argv.root})}\n`)
  return {
    close: async () => {
      await watching.close()
      await builder.close()
    }
  }
}
