import path from 'node:path'
import {messages} from '@stdkit/messages'
import type {Argv} from 'yargs'
import {dateOption} from '../arguments.js'
import {printDiagnostics} from '../diagnostics.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface ReleaseArguments {
  edition: string
  issued: string
  effective: string
  force: boolean
  root: string
  departments: string | undefined
  drafters: string | undefined
  reviewers: string | undefined
  approver: string | undefined
}

export const command = 'release <edition>'
export const describe = () => messages().release.describe

export function builder(yargs: Argv): Argv<ReleaseArguments> {
  const m = messages()
  return yargs
    .positional('edition', {type: 'string', describe: m.release.edition})
    .option('issued', dateOption('issued', m.release.issued))
    .option('effective', dateOption('effective', m.release.effective))
    .option('departments', {type: 'string', describe: m.release.departments})
    .option('drafters', {type: 'string', describe: m.release.drafters})
    .option('reviewers', {type: 'string', describe: m.release.reviewers})
    .option('approver', {type: 'string', describe: m.release.approver})
    .option('force', {type: 'boolean', default: false, describe: m.release.force})
    .option('root', {type: 'string', default: 'standards', describe: m.cli.folderOfStandards}) as unknown as Argv<ReleaseArguments>
}

export async function handler(argv: ReleaseArguments, io: Io): Promise<number> {
  const {loadLibrary, release, splitNames, WorkflowError, writeAtomically} = await import('stdkit')
  const m = messages().release
  const named = /^(?<slug>[^@/\\]+)@(?<year>\d{4})$/u.exec(argv.edition)?.groups
  if (!named?.slug || !named.year) throw new CliError(m.badEdition({edition: argv.edition}), exitCodes.usage)
  const library = await loadLibrary(argv.root, io.cwd).catch(() => {
    throw new CliError(messages().cli.noFolder({folder: argv.root}), exitCodes.usage)
  })
  const standard = library.standards.find((item) => item.slug === named.slug)
  const draft = standard?.editions.find((edition) => edition.year === Number(named.year))
  if (!standard || !draft) throw new CliError(m.noEdition({edition: argv.edition, root: argv.root}), exitCodes.usage)
  const previous = standard.editions.filter((edition) => edition.year < draft.year).map((edition) => edition.tree)
  const names = (option: string, value: string | undefined) => namesOf(option, value, splitNames)
  const given = {departments: names('departments', argv.departments), drafters: names('drafters', argv.drafters), reviewers: names('reviewers', argv.reviewers), approver: names('approver', argv.approver)?.join('、')}
  let result
  try {
    result = release(draft, previous, {
      issued: argv.issued,
      effective: argv.effective,
      force: argv.force,
      ...given
    })
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error
    // The refusal's messages, each at its place in the draft, as the checker prints its own.
    if (error.file) printDiagnostics([error.file], 'text', io)
    throw new CliError(m.leftAsItWas({reason: error.message, file: draft.file.path}))
  }
  await writeAtomically(path.resolve(io.cwd, draft.file.path), result.markdown)
  io.stdout(`${m.released({file: draft.file.path, issued: argv.issued, effective: argv.effective})}\n`)
  io.stdout(`${(result.drafted ? m.drafted : m.asWritten)({list: result.convention === 'changeList'})}\n`)
  for (const change of result.changes) io.stdout(`  ——${change}\n`)
  const unconfirmed = result.claims.filter((claim) => claim.status === 'unconfirmed')
  if (unconfirmed.length > 0) {
    io.stdout(`${m.forced({count: unconfirmed.length})}\n`)
    for (const claim of unconfirmed) io.stdout(`  ✗ ${claim.claim} — ${claim.message}\n`)
  }
  return exitCodes.ok
}

/** The names given to a people option, `王文阁、陈华春` or `王文阁,陈华春`; an option given empty is a usage error. */
function namesOf(option: string, value: string | undefined, split: (value: string) => Array<string>): Array<string> | undefined {
  const list = value === undefined ? undefined : split(value)
  if (list?.length === 0) throw new CliError(messages().release.emptyNames({option}), exitCodes.usage)
  return list
}
