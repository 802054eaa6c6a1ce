import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {messages} from '@stdkit/messages'
import type {VFile} from 'vfile'
import type {Argv} from 'yargs'
import {printDiagnostics} from '../diagnostics.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface FmtArguments {
  paths: Array<string>
  check: boolean
}

export const command = 'fmt [paths..]'
export const describe = () => messages().fmt.describe

export function builder(yargs: Argv): Argv<FmtArguments> {
  const m = messages()
  return yargs
    .positional('paths', {type: 'string', array: true, default: ['standards'], describe: m.cli.paths})
    .option('check', {type: 'boolean', default: false, describe: m.fmt.check}) as unknown as Argv<FmtArguments>
}

export async function handler(argv: FmtArguments, io: Io): Promise<number> {
  const {canonicalSource, checkSources, findSources, hasErrors, parse, WorkflowError, writeAtomically} = await import('stdkit')
  const sources = await findSources(argv.paths, io.cwd).catch((error: Error) => {
    throw new CliError(error.message, exitCodes.usage)
  })
  // A file the parser or the checker finds errors in is never rewritten: check would still reject it, and the parser may have left text out.
  const files = await checkSources(sources, io.cwd)
  const broken = files.filter((file) => hasErrors(file))
  // A file whose canonical form would not read back: the refusal's file, with its message at the place.
  const refused: Array<VFile> = []
  const changed: Array<string> = []
  for (const file of files.filter((each) => !hasErrors(each))) {
    let canonical: string
    try {
      // Parsed afresh from the checked text: the checker's messages are on `file`, the tree is the formatter's.
      const parsed = parse(String(file.value), file.path)
      canonical = canonicalSource(parsed.tree, file.path)
    } catch (error) {
      if (!(error instanceof WorkflowError) || !error.file) throw error
      refused.push(error.file)
      continue
    }
    // The text as it is on disk: the parser normalises a BOM and CRLF line endings, which fmt then rewrites.
    const target = path.resolve(io.cwd, file.path)
    if (canonical === (await readFile(target, 'utf8'))) continue
    changed.push(file.path)
    if (!argv.check) await writeAtomically(target, canonical)
  }
  printDiagnostics([...broken, ...refused], 'text', io, true)
  const m = messages().fmt
  for (const file of changed) io.stdout(`${argv.check ? m.notCanonical({file}) : m.formatted({file})}\n`)
  const failed = broken.length + refused.length
  if (failed > 0) throw new CliError(m.notFormatted({failed, broken: broken.length > 0}))
  if (argv.check && changed.length > 0) return exitCodes.failed
  if (!argv.check) io.stdout(`${m.rewritten({changed: changed.length, total: sources.length})}\n`)
  return exitCodes.ok
}
