import {access} from 'node:fs/promises'
import path from 'node:path'
import type {Argv} from 'yargs'
import {yearOption} from '../arguments.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface ReviseArguments {
  standard: string
  year: number | undefined
  root: string
}

export const command = 'revise <standard>'
export const describe = 'Start the next edition of a standard as a draft, from its current edition'

export function builder(yargs: Argv): Argv<ReviseArguments> {
  return yargs
    .positional('standard', {type: 'string', describe: 'The standard: its folder, such as q-zx-75.1861'})
    .option('year', yearOption('Year of the new edition (default: this year)'))
    .option('root', {type: 'string', default: 'standards', describe: 'Folder of standards'}) as unknown as Argv<ReviseArguments>
}

export async function handler(argv: ReviseArguments, io: Io): Promise<number> {
  const {loadLibrary, revise, WorkflowError, writeAtomically} = await import('stdkit')
  const library = await loadLibrary(argv.root, io.cwd).catch(() => {
    throw new CliError(`No such folder: ${argv.root}`, exitCodes.usage)
  })
  const standard = library.standards.find((item) => item.slug === argv.standard)
  const current = standard?.editions.at(-1)
  if (!standard || !current) throw new CliError(`No standard ${argv.standard} in ${argv.root}`, exitCodes.usage)
  if (current.tree.cover.status === 'draft') throw new CliError(`${current.file.path} is a draft already: release it before starting another`, exitCodes.usage)
  const year = argv.year ?? new Date().getFullYear()
  const file = path.join(argv.root, standard.slug, `${year}.md`)
  if (await access(path.resolve(io.cwd, file)).then(() => true, () => false)) throw new CliError(`${file} exists already`, exitCodes.usage)
  let markdown: string
  try {
    markdown = revise(current.tree, year)
  } catch (error) {
    if (error instanceof WorkflowError) throw new CliError(error.message, exitCodes.usage)
    throw error
  }
  await writeAtomically(path.resolve(io.cwd, file), markdown)
  io.stdout(`created ${file}: the draft of the next edition, replacing ${current.tree.cover.number}; write its changes, then \`stdkit release ${standard.slug}@${year}\` with its dates and people\n`)
  return exitCodes.ok
}
