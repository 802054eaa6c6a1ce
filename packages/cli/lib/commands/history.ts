import type {Argv} from 'yargs'
import {printDiagnostics} from '../diagnostics.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface HistoryArguments {
  standard: string
  clause: string
  root: string
  format: 'text' | 'json'
}

export const command = 'history <standard> <clause>'
export const describe = 'Show the timeline of one provision across every edition of a standard'

export function builder(yargs: Argv): Argv<HistoryArguments> {
  return yargs
    .positional('standard', {type: 'string', describe: 'The standard: its folder (q-zx-75.1861) or designation (Q/ZX 75.1861)'})
    .positional('clause', {type: 'string', describe: 'The provision: its number (4.2), letter of an appendix, or id, in the latest edition that has it'})
    .option('root', {type: 'string', default: 'standards', describe: 'Folder of standards'})
    .option('format', {type: 'string', choices: ['text', 'json'], default: 'text', describe: 'A table for people (text) or the timeline as JSON'}) as unknown as Argv<HistoryArguments>
}

export async function handler(argv: HistoryArguments, io: Io): Promise<number> {
  const {findStandard, findTimeline, hasErrors, lineage, loadLibrary} = await import('stdkit')
  const library = await loadLibrary(argv.root, io.cwd).catch(() => {
    throw new CliError(`No such folder: ${argv.root}`, exitCodes.usage)
  })
  const standard = findStandard(library, argv.standard)
  if (!standard) {
    const known = library.standards.map((item) => item.slug).join(', ')
    throw new CliError(`No standard ${argv.standard} in ${argv.root} (it has ${known || 'none'})`, exitCodes.usage)
  }
  const broken = standard.editions.filter((edition) => hasErrors(edition.file)).map((edition) => edition.file)
  if (broken.length > 0) {
    printDiagnostics(broken, 'text', io, true)
    throw new CliError(`cannot trace ${argv.clause}: ${broken.length} edition${broken.length === 1 ? ' has' : 's have'} errors`)
  }
  const result = lineage(standard.editions.map((edition) => edition.tree))
  const timeline = findTimeline(result, argv.clause)
  if (!timeline) throw new CliError(`No provision ${argv.clause} in any edition of ${argv.standard}`, exitCodes.usage)
  if (argv.format === 'json') {
    io.stdout(`${JSON.stringify(timeline, null, 2)}\n`)
    return exitCodes.ok
  }
  const latest = [...timeline.entries].reverse().find((entry) => entry.number !== undefined)
  io.stdout(`${standard.editions[0]?.tree.cover.designation ?? argv.standard} ${latest?.number ?? ''} ${latest?.title ?? ''} (id ${timeline.id})\n`)
  const present = new Set(timeline.entries.map((entry) => entry.year))
  for (const edition of standard.editions) {
    const entry = timeline.entries.find((item) => item.year === edition.year)
    if (!entry || !present.has(edition.year)) {
      io.stdout(`  ${edition.year}  —     not in this edition\n`)
      continue
    }
    const what = [entry.kinds.join(', '), entry.classification].filter(Boolean).join('; ')
    const why = entry.reasons.length > 0 ? ` — ${entry.reasons.join('; ')}` : ''
    io.stdout(`  ${entry.year}  ${(entry.number ?? '—').padEnd(5)} ${entry.title ?? ''}  ${what}${why}\n`)
  }
  return exitCodes.ok
}
