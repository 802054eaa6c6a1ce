import {rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Argv} from 'yargs'
import {printDiagnostics} from '../diagnostics.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface FmtArguments {
  paths: Array<string>
  check: boolean
}

export const command = 'fmt [paths..]'
export const describe = 'Rewrite edition sources in canonical Markdown (or, with --check, list those that are not)'

export function builder(yargs: Argv): Argv<FmtArguments> {
  return yargs
    .positional('paths', {type: 'string', array: true, default: ['standards'], describe: 'Edition files, or folders to search for <year>.md files'})
    .option('check', {type: 'boolean', default: false, describe: 'Change nothing; exit with 1 if a file is not in canonical form'}) as unknown as Argv<FmtArguments>
}

export async function handler(argv: FmtArguments, io: Io): Promise<number> {
  const [{toMarkdown}, {findSources, readSource}, {parseStandard}, {hasErrors}] = await Promise.all([import('@stdkit/format'), import('@stdkit/library'), import('@stdkit/parse'), import('@stdkit/tree')])
  const sources = await findSources(argv.paths, io.cwd).catch((error: Error) => {
    throw new CliError(error.message, exitCodes.usage)
  })
  const broken = []
  const changed: Array<string> = []
  for (const source of sources) {
    const file = await readSource(source, io.cwd)
    // The text as it is on disk: the parser normalises a BOM and CRLF line endings, which fmt then rewrites.
    const original = String(file.value)
    const tree = parseStandard(file)
    // A source the parser cannot read fully would lose text if rewritten.
    if (hasErrors(file)) {
      broken.push(file)
      continue
    }
    const canonical = toMarkdown(tree)
    if (canonical === original) continue
    changed.push(source)
    if (!argv.check) {
      const target = path.resolve(io.cwd, source)
      const staging = `${target}.fmt-${process.pid}`
      await writeFile(staging, canonical)
      await rename(staging, target)
    }
  }
  printDiagnostics(broken, 'text', io, true)
  for (const source of changed) io.stdout(`${argv.check ? 'not canonical' : 'formatted'}: ${source}\n`)
  if (broken.length > 0) throw new CliError(`${broken.length} file${broken.length === 1 ? '' : 's'} not formatted: fix the errors above first`)
  if (argv.check && changed.length > 0) return exitCodes.failed
  if (!argv.check) io.stdout(`${changed.length} of ${sources.length} files rewritten\n`)
  return exitCodes.ok
}
