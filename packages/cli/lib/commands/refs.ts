import {messages} from '@stdkit/messages'
import type {Argv} from 'yargs'
import {citationLine, reviewLines} from '../citations.js'
import {printDiagnostics} from '../diagnostics.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface RefsArguments {
  standard: string
  root: string
  format: 'text' | 'json'
}

export const command = 'refs <standard>'
export const describe = () => messages().refs.describe

export function builder(yargs: Argv): Argv<RefsArguments> {
  const m = messages()
  return yargs
    .positional('standard', {type: 'string', describe: m.history.standard})
    .option('root', {type: 'string', default: 'standards', describe: m.cli.folderOfStandards})
    .option('format', {type: 'string', choices: ['text', 'json'], default: 'text', describe: m.refs.format}) as unknown as Argv<RefsArguments>
}

/**
 * Who cites a standard in the library (each citing edition, dated or
 * undated, the edition it leads to, the provisions), what its latest edition
 * cites, and the undated citations to review on either side. The whole
 * library is read and checked, so an edition with errors anywhere in it stops
 * the command.
 */
export async function handler(argv: RefsArguments, io: Io): Promise<number> {
  const [{checkLibrary, findStandard, loadLibrary}, {citationIndex, citationReviews, hasErrors}] = await Promise.all([import('@stdkit/library'), import('@stdkit/tree')])
  const library = await loadLibrary(argv.root, io.cwd).catch(() => {
    throw new CliError(messages().cli.noFolder({folder: argv.root}), exitCodes.usage)
  })
  const m = messages().refs
  const standard = findStandard(library, argv.standard)
  if (!standard) throw new CliError(messages().history.noStandard({standard: argv.standard, root: argv.root, known: library.standards.map((item) => item.slug)}), exitCodes.usage)
  // A cover's number or a reference the checker refuses would mislead the index: the library is checked first, as a build checks it.
  checkLibrary(library)
  const broken = library.standards.flatMap((item) => item.editions.filter((edition) => hasErrors(edition.file)).map((edition) => edition.file))
  if (broken.length > 0) {
    printDiagnostics(broken, 'text', io, true)
    throw new CliError(m.cannotList({broken: broken.length}))
  }
  const index = citationIndex(library.standards)
  const latest = standard.editions.at(-1)
  const citedBy = index.filter((citation) => citation.to.slug === standard.slug)
  const cites = index.filter((citation) => citation.from.slug === standard.slug && citation.from.year === latest?.year)
  const reviews = citationReviews(library.standards, index).filter(({citation}) => citation.to.slug === standard.slug || citation.from.slug === standard.slug)
  const cover = latest?.tree.cover
  if (argv.format === 'json') {
    const shown = {slug: standard.slug, designation: cover?.designation ?? argv.standard, title: cover?.title ?? '', editions: standard.editions.map((edition) => edition.year)}
    io.stdout(`${JSON.stringify({standard: shown, citedBy, cites, reviews}, null, 2)}\n`)
    return exitCodes.ok
  }
  const lines = [m.heading({designation: cover?.designation ?? argv.standard, title: cover?.title ?? '', years: standard.editions.map((edition) => edition.year)})]
  lines.push(m.citedBy({count: new Set(citedBy.map((citation) => citation.from.slug)).size}))
  for (const citation of citedBy) lines.push(`  ${citation.from.number}《${citation.from.title}》  ${citationLine(citation)}`)
  if (citedBy.length === 0) lines.push(`  ${m.none}`)
  lines.push(m.cites({number: cover?.number ?? argv.standard}))
  for (const citation of cites) lines.push(`  ${citation.to.designation}  ${citationLine(citation)}`)
  if (cites.length === 0) lines.push(`  ${m.none}`)
  lines.push(...reviewLines(reviews))
  io.stdout(`${lines.join('\n')}\n`)
  return exitCodes.ok
}
