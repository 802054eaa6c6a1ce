import path from 'node:path'
import type {Argv} from 'yargs'
import {dateOption} from '../arguments.js'
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
export const describe = 'Turn a draft into an edition: dates, history, its people, and the revision record checked against the changes'

export function builder(yargs: Argv): Argv<ReleaseArguments> {
  return yargs
    .positional('edition', {type: 'string', describe: 'The draft: <standard>@<year>, such as q-zx-75.1861@2008'})
    .option('issued', dateOption('issued', 'Issue date (发布), YYYY-MM-DD'))
    .option('effective', dateOption('effective', 'Effective date (实施), YYYY-MM-DD'))
    .option('departments', {type: 'string', describe: 'Departments that revised it (本次标准修订部门), separated by 、 or commas'})
    .option('drafters', {type: 'string', describe: 'Who revised it (本次标准修订人), separated by 、 or commas'})
    .option('reviewers', {type: 'string', describe: 'Who reviewed it (本次标准审核人), separated by 、 or commas'})
    .option('approver', {type: 'string', describe: 'Who approved its issue (本次发布批准人)'})
    .option('force', {type: 'boolean', default: false, describe: 'Release although a recorded claim is not borne out (the checker must still pass)'})
    .option('root', {type: 'string', default: 'standards', describe: 'Folder of standards'}) as unknown as Argv<ReleaseArguments>
}

export async function handler(argv: ReleaseArguments, io: Io): Promise<number> {
  const {loadLibrary, release, splitNames, WorkflowError, writeAtomically} = await import('stdkit')
  const named = /^(?<slug>[^@/\\]+)@(?<year>\d{4})$/u.exec(argv.edition)?.groups
  if (!named?.slug || !named.year) throw new CliError(`Unexpected edition ${argv.edition}, expected <standard>@<year>`, exitCodes.usage)
  const library = await loadLibrary(argv.root, io.cwd).catch(() => {
    throw new CliError(`No such folder: ${argv.root}`, exitCodes.usage)
  })
  const standard = library.standards.find((item) => item.slug === named.slug)
  const draft = standard?.editions.find((edition) => edition.year === Number(named.year))
  if (!standard || !draft) throw new CliError(`No edition ${argv.edition} in ${argv.root}`, exitCodes.usage)
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
    if (error instanceof WorkflowError) throw new CliError(`${error.message}\n${draft.file.path} was left as it was`)
    throw error
  }
  await writeAtomically(path.resolve(io.cwd, draft.file.path), result.markdown)
  io.stdout(`released ${draft.file.path} (${argv.issued}发布, ${argv.effective}实施)\n`)
  io.stdout(result.drafted ? 'revision record drafted from the changes:\n' : 'revision record as written:\n')
  for (const change of result.changes) io.stdout(`  ——${change}\n`)
  const unconfirmed = result.claims.filter((claim) => claim.status === 'unconfirmed')
  if (unconfirmed.length > 0) {
    io.stdout(`released with --force: ${unconfirmed.length} recorded claim${unconfirmed.length === 1 ? ' is' : 's are'} not borne out:\n`)
    for (const claim of unconfirmed) io.stdout(`  ✗ ${claim.claim} — ${claim.message}\n`)
  }
  return exitCodes.ok
}

/** The names given to a people option, `王文阁、陈华春` or `王文阁,陈华春`; an option given empty is a usage error. */
function namesOf(option: string, value: string | undefined, split: (value: string) => Array<string>): Array<string> | undefined {
  const list = value === undefined ? undefined : split(value)
  if (list?.length === 0) throw new CliError(`Unexpected empty --${option}, expected names separated by 、 or commas`, exitCodes.usage)
  return list
}
