import {access} from 'node:fs/promises'
import path from 'node:path'
import {messages} from '@stdkit/messages'
import type {Argv} from 'yargs'
import {yearOption} from '../arguments.js'
import {printDiagnostics} from '../diagnostics.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface ReviseArguments {
  standard: string
  year: number | undefined
  root: string
}

export const command = 'revise <standard>'
export const describe = () => messages().revise.describe

export function builder(yargs: Argv): Argv<ReviseArguments> {
  const m = messages()
  return yargs
    .positional('standard', {type: 'string', describe: m.revise.standard})
    .option('year', yearOption(m.revise.year))
    .option('root', {type: 'string', default: 'standards', describe: m.cli.folderOfStandards}) as unknown as Argv<ReviseArguments>
}

export async function handler(argv: ReviseArguments, io: Io): Promise<number> {
  const {loadLibrary, revise, WorkflowError, writeAtomically} = await import('stdkit')
  const library = await loadLibrary(argv.root, io.cwd).catch(() => {
    throw new CliError(messages().cli.noFolder({folder: argv.root}), exitCodes.usage)
  })
  const m = messages().revise
  const standard = library.standards.find((item) => item.slug === argv.standard)
  const current = standard?.editions.at(-1)
  if (!standard || !current) throw new CliError(m.noStandard({standard: argv.standard, root: argv.root}), exitCodes.usage)
  if (current.tree.cover.status === 'draft') throw new CliError(m.draftAlready({file: current.file.path}), exitCodes.usage)
  const year = argv.year ?? new Date().getFullYear()
  const file = path.join(argv.root, standard.slug, `${year}.md`)
  if (await access(path.resolve(io.cwd, file)).then(() => true, () => false)) throw new CliError(m.exists({file}), exitCodes.usage)
  let markdown: string
  try {
    markdown = revise(current.tree, year, current.file.path)
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error
    if (error.file) printDiagnostics([error.file], 'text', io)
    throw new CliError(error.message, exitCodes.usage)
  }
  await writeAtomically(path.resolve(io.cwd, file), markdown)
  io.stdout(`${m.created({file, replacing: current.tree.cover.number, edition: `${standard.slug}@${year}`})}\n`)
  return exitCodes.ok
}
