import {messages} from '@stdkit/messages'
import type {HistoryDocument} from '@stdkit/diff'
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
export const describe = () => messages().history.describe

export function builder(yargs: Argv): Argv<HistoryArguments> {
  const m = messages()
  return yargs
    .positional('standard', {type: 'string', describe: m.history.standard})
    .positional('clause', {type: 'string', describe: m.history.clause})
    .option('root', {type: 'string', default: 'standards', describe: m.cli.folderOfStandards})
    .option('format', {type: 'string', choices: ['text', 'json'], default: 'text', describe: m.history.format}) as unknown as Argv<HistoryArguments>
}

export async function handler(argv: HistoryArguments, io: Io): Promise<number> {
  const [{findStandard, loadLibrary}, {findTimeline, lineage}, {hasErrors}, {commandMemo}] = await Promise.all([
    import('@stdkit/library'),
    import('@stdkit/diff'),
    import('@stdkit/tree'),
    import('@stdkit/build/memo')
  ])
  // The trees a build made of the same texts come from the build cache.
  const memo = await commandMemo(io.cwd)
  const library = await loadLibrary(argv.root, io.cwd, {parse: (file) => memo.parse(file)}).catch(() => {
    throw new CliError(messages().cli.noFolder({folder: argv.root}), exitCodes.usage)
  })
  const m = messages().history
  const standard = findStandard(library, argv.standard)
  if (!standard) throw new CliError(m.noStandard({standard: argv.standard, root: argv.root, known: library.standards.map((item) => item.slug)}), exitCodes.usage)
  const broken = standard.editions.filter((edition) => hasErrors(edition.file)).map((edition) => edition.file)
  if (broken.length > 0) {
    printDiagnostics(broken, 'text', io, true)
    throw new CliError(m.cannotTrace({clause: argv.clause, broken: broken.length}))
  }
  const result = lineage(standard.editions.map((edition) => edition.tree))
  const timeline = findTimeline(result, argv.clause)
  if (!timeline) throw new CliError(m.noProvision({clause: argv.clause, standard: argv.standard}), exitCodes.usage)
  if (argv.format === 'json') {
    const {historySchemaId, historySchemaVersion} = await import('@stdkit/diff')
    const document: HistoryDocument = {$schema: historySchemaId, schemaVersion: historySchemaVersion, standard: standard.slug, timeline}
    io.stdout(`${JSON.stringify(document, null, 2)}\n`)
    return exitCodes.ok
  }
  const latest = [...timeline.entries].reverse().find((entry) => entry.number !== undefined)
  io.stdout(`${m.heading({designation: standard.editions[0]?.tree.cover.designation ?? argv.standard, number: latest?.number ?? '', title: latest?.title ?? '', id: timeline.id})}\n`)
  const present = new Set(timeline.entries.map((entry) => entry.year))
  for (const edition of standard.editions) {
    const entry = timeline.entries.find((item) => item.year === edition.year)
    if (!entry || !present.has(edition.year)) {
      io.stdout(`  ${edition.year}  —     ${m.absent}\n`)
      continue
    }
    const what = m.entry({kinds: entry.kinds.map((kind) => m.kinds[kind]), classification: entry.classification && m.classifications[entry.classification]})
    const why = entry.reasons.length > 0 ? ` — ${entry.reasons.join('; ')}` : ''
    io.stdout(`  ${entry.year}  ${(entry.number ?? '—').padEnd(5)} ${entry.title ?? ''}  ${what}${why}\n`)
  }
  return exitCodes.ok
}
