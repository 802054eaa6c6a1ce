import {stat} from 'node:fs/promises'
import path from 'node:path'
import type {Argv} from 'yargs'
import {findSources} from '@stdkit/library'
import {build, BuildError, formats, PdfError, type Format} from 'stdkit'
import {countMessages, printDiagnostics} from '../diagnostics.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface BuildArguments {
  root: string
  out: string
  only: string | undefined
  format: Array<string>
}

export const command = 'build [root]'
export const describe = 'Check every standard under a folder and publish each edition and comparison (JSON, HTML, PDF)'

export function builder(yargs: Argv): Argv<BuildArguments> {
  return yargs
    .positional('root', {type: 'string', default: 'standards', describe: 'Folder of standards: <root>/<standard>/<year>.md'})
    .option('out', {alias: 'o', type: 'string', default: 'out', describe: 'Output folder, replaced as a whole when the build succeeds'})
    .option('only', {type: 'string', describe: 'Publish one standard, or one edition and its comparisons: q-zx-75.1861[@2007]'})
    .option('format', {type: 'string', array: true, default: ['json,html,pdf'], describe: 'Formats to publish, comma-separated: json, html, pdf'}) as unknown as Argv<BuildArguments>
}

function parseOnly(value: string | undefined): {standard: string; year?: number} | undefined {
  if (value === undefined) return undefined
  const match = /^(?<standard>[^@/\\]+)(?:@(?<year>\d{4}))?$/u.exec(value)?.groups
  if (!match?.standard) throw new CliError(`Unexpected --only ${value}, expected <standard> or <standard>@<year>`, exitCodes.usage)
  return match.year ? {standard: match.standard, year: Number(match.year)} : {standard: match.standard}
}

function parseFormats(values: ReadonlyArray<string>): Array<Format> {
  const chosen = values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean)
  for (const value of chosen) {
    if (!(formats as ReadonlyArray<string>).includes(value)) throw new CliError(`Unexpected format ${value}, expected ${formats.join(', ')}`, exitCodes.usage)
  }
  return chosen as Array<Format>
}

export async function handler(argv: BuildArguments, io: Io): Promise<number> {
  const root = await stat(path.resolve(io.cwd, argv.root)).catch(() => undefined)
  if (!root?.isDirectory()) throw new CliError(`No such folder: ${argv.root}`, exitCodes.usage)
  // A library with no editions would publish an empty site over the previous output.
  if ((await findSources([argv.root], io.cwd)).length === 0) throw new CliError(`no edition files (<year>.md) found in ${argv.root}`, exitCodes.usage)
  const out = path.resolve(io.cwd, argv.out)
  // The output folder is replaced whole, so it must not hold the sources or the working folder.
  for (const kept of [path.resolve(io.cwd, argv.root), io.cwd]) {
    if (kept === out || kept.startsWith(`${out}${path.sep}`)) {
      throw new CliError(`refusing to use ${argv.out} as the output folder: it would replace ${path.relative(io.cwd, kept) || 'the working folder'}`, exitCodes.usage)
    }
  }
  const only = parseOnly(argv.only)
  const chosen = parseFormats(argv.format)
  const started = Date.now()
  let shown = false
  // On a terminal, progress appears once the work takes more than a moment; elsewhere it stays quiet.
  const onProgress = io.progress
    ? (done: number, total: number, name: string) => {
        if (!shown && Date.now() - started < 400) return
        shown = true
        io.progress?.(`[${done}/${total}] ${name}`)
      }
    : undefined
  let result
  try {
    result = await build(argv.root, argv.out, {cwd: io.cwd, only, formats: chosen, onProgress})
  } catch (error) {
    if (error instanceof BuildError) throw new CliError(error.message, exitCodes.usage)
    if (error instanceof PdfError) throw new CliError(`cannot typeset:\n${error.message}`)
    throw error
  } finally {
    if (shown) io.progress?.('')
  }
  printDiagnostics(result.files, 'text', io, true)
  const {errors} = countMessages(result.files)
  if (errors > 0) {
    throw new CliError(`build stopped: ${errors} error${errors === 1 ? '' : 's'} in the sources; ${argv.out} was left as it was`, exitCodes.failed)
  }
  const standards = result.library.standards.filter((standard) => !only || standard.slug === only.standard)
  const editions = standards.reduce((sum, standard) => sum + (only?.year ? 1 : standard.editions.length), 0)
  io.stdout(
    `built ${editions} edition${editions === 1 ? '' : 's'} of ${standards.length} standard${standards.length === 1 ? '' : 's'} into ${argv.out.replace(/\/+$/u, '')}/ (${result.written.length} files)\n`
  )
  return exitCodes.ok
}
