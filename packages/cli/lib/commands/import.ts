import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm, stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {messages} from '@stdkit/messages'
import type {Argv} from 'yargs'
import {yearOption} from '../arguments.js'
import {countMessages, printDiagnostics} from '../diagnostics.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface ImportArguments {
  files: Array<string>
  root: string
  standard: string | undefined
  year: number | undefined
  force: boolean
}

/** A cover field as its name is printed (标准编号, 代替 …), not its key in the front matter. */
const coverField = (field: string): string => messages().importing.coverFields[field] ?? field

export const command = 'import <files..>'
export const describe = () => messages().importing.describe

export function builder(yargs: Argv): Argv<ImportArguments> {
  const m = messages()
  return yargs
    .positional('files', {type: 'string', array: true, describe: m.importing.files})
    .option('root', {type: 'string', default: 'standards', describe: m.cli.folderOfStandards})
    .option('standard', {type: 'string', describe: m.importing.standard})
    .option('year', yearOption(m.importing.year))
    .option('force', {type: 'boolean', default: false, describe: m.importing.force}) as unknown as Argv<ImportArguments>
}

type Imported = Awaited<ReturnType<typeof import('stdkit').importDocx>>

/** One Word file imported, and where its edition goes. */
interface Planned {
  file: string
  result: Imported
  /** The edition's file, relative to the working folder as given (`standards/q-zx-75.1861/2007.md`). */
  target: string
  source: string
  images: Array<{path: string; data: Uint8Array}>
}

/** A folder name for a standard: lower-case ASCII letters, digits, dots and hyphens, as `slugOf` writes them. */
const standardPattern = /^[a-z0-9][a-z0-9.-]*$/u

/**
 * `stdkit import`: every file is read and recognised, every target judged,
 * before anything is written; then each edition's figures and source are
 * written atomically, and the checker reads the standards written to.
 */
export async function handler(argv: ImportArguments, io: Io): Promise<number> {
  const m = messages().importing
  const resolve = (file: string): string => path.resolve(io.cwd, file)
  // Judged before anything is read.
  if (argv.year !== undefined && argv.files.length > 1) throw new CliError(m.yearForSeveral, exitCodes.usage)
  if (argv.standard !== undefined && !standardPattern.test(argv.standard)) throw new CliError(m.badStandard({standard: argv.standard}), exitCodes.usage)
  for (const file of argv.files) {
    const info = await stat(resolve(file)).catch(() => undefined)
    if (!info?.isFile()) throw new CliError(m.noFile({file}), exitCodes.usage)
    if (!/\.docx?$/iu.test(file)) throw new CliError(m.notWord({file}), exitCodes.usage)
  }
  const root = await stat(resolve(argv.root)).catch(() => undefined)
  if (root && !root.isDirectory()) throw new CliError(messages().cli.notFolder({folder: argv.root}), exitCodes.usage)

  const {importDocx, ImportError, writeAtomically, findSources, checkSources} = await import('stdkit')
  const planned: Array<Planned> = []
  for (const file of argv.files) {
    const converted = /\.doc$/iu.test(file)
    const bytes = converted ? await convertDoc(file, io) : new Uint8Array(await readFile(resolve(file)))
    let result: Imported
    try {
      result = await importDocx(bytes).catch(async (error: unknown) => {
        // A Word 97–2003 file named .docx is converted as a .doc is.
        if (error instanceof ImportError && error.rule === 'import-doc' && !converted) return importDocx(await convertDoc(file, io))
        throw error
      })
    } catch (error) {
      if (error instanceof ImportError) throw new CliError(m.refused({file, reason: error.message}), error.exitCode)
      throw error
    }
    const standard = argv.standard ?? result.standard
    if (standard === undefined) throw new CliError(m.noStandard({file}), exitCodes.usage)
    const year = argv.year ?? result.year
    if (year === undefined) throw new CliError(m.noYear({file}), exitCodes.usage)
    const target = path.join(argv.root, standard, `${year}.md`)
    const first = planned.find((entry) => resolve(entry.target) === resolve(target))
    if (first) throw new CliError(m.sameTarget({target, first: first.file, second: file}), exitCodes.usage)
    const exists = await stat(resolve(target)).then(() => true, () => false)
    if (exists && !argv.force) throw new CliError(m.exists({file: target}), exitCodes.usage)
    planned.push({file, result, target, source: result.source, images: []})
  }
  // The figures' files: a file another edition already keeps under the same name, with other bytes, stays as it
  // was published, and this edition's picture takes a name of its own (`figures/image1-2024.png`).
  for (const entry of planned) {
    const folder = path.dirname(entry.target)
    const year = path.basename(entry.target, '.md')
    for (const [index, image] of entry.result.images.entries()) {
      // Inside the standard's figures/ folder whatever the Word file called its pictures (`..` is no name).
      const base = path.posix.basename(image.path.replaceAll('\\', '/'))
      const safe = `figures/${/^\.*$/u.test(base) ? `image-${index + 1}` : base}`
      let name = safe
      for (let attempt = 1; ; attempt++) {
        const held = await heldBytes(resolve(path.join(folder, name)), planned, entry)
        if (held === undefined || sameBytes(held, image.data)) break
        name = safe.replace(/(\.[^./]*)?$/u, `-${year}${attempt > 1 ? `-${attempt}` : ''}$1`)
      }
      if (name !== image.path) entry.source = entry.source.split(`](${image.path})`).join(`](${name})`)
      entry.images.push({path: name, data: image.data})
    }
  }

  // What was recognised and what was not, file by file.
  const severity = messages().reporter.severity
  for (const entry of planned) {
    const {recognised} = entry.result
    io.stdout(`${m.imported({file: entry.file, target: entry.target})}\n`)
    io.stdout(`${m.cover({fields: recognised.cover.map((field) => coverField(field))})}\n${m.counts(recognised)}\n${m.images({count: entry.images.length})}\n${m.unplaced({count: recognised.unplaced})}\n`)
    for (const message of entry.result.messages) {
      const place = message.place && !message.message.includes(String(message.place.paragraph)) ? m.place(message.place) : ''
      io.stderr(`  ${severity[message.severity]}  ${place}${message.message}  ${message.rule}\n`)
    }
  }

  // Written only now that every file is imported: the figures first, then the edition that names them.
  for (const entry of planned) {
    const folder = path.dirname(entry.target)
    for (const image of entry.images) await writeAtomically(resolve(path.join(folder, image.path)), image.data)
    await writeAtomically(resolve(entry.target), entry.source)
  }
  io.stdout(`${m.summary({files: planned.length, images: planned.reduce((sum, entry) => sum + entry.images.length, 0)})}\n`)

  // The checker on the standards written to, with their other editions.
  const folders = [...new Set(planned.map((entry) => path.dirname(entry.target)))]
  io.stdout(`${m.checking({folders})}\n`)
  const files = await checkSources(await findSources(folders, io.cwd), io.cwd)
  printDiagnostics(files, 'text', io)
  return countMessages(files).errors > 0 ? exitCodes.failed : exitCodes.ok
}

/** The bytes a figure's file will hold: those already on disk, or those an earlier file of this import writes there. */
async function heldBytes(file: string, planned: ReadonlyArray<Planned>, current: Planned): Promise<Uint8Array | undefined> {
  for (const entry of planned) {
    if (entry === current) break
    for (const image of entry.images) if (path.resolve(path.dirname(entry.target), image.path) === file) return image.data
  }
  return readFile(file).then((bytes) => new Uint8Array(bytes), () => undefined)
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length))
}

/**
 * A Word 97–2003 `.doc` converted to `.docx` by LibreOffice (`soffice
 * --headless --convert-to docx`, or the program STDKIT_SOFFICE names), in a
 * folder of its own with a profile of its own, so that a LibreOffice already
 * open is not disturbed.
 */
async function convertDoc(file: string, io: Io): Promise<Uint8Array> {
  const m = messages().importing
  const program = (io.env ?? process.env).STDKIT_SOFFICE || 'soffice'
  const folder = await mkdtemp(path.join(tmpdir(), 'stdkit-doc-'))
  try {
    try {
      await promisify(execFile)(
        program,
        [`-env:UserInstallation=${pathToFileURL(path.join(folder, 'profile')).href}`, '--headless', '--convert-to', 'docx', '--outdir', folder, path.resolve(io.cwd, file)],
        {timeout: 180_000}
      )
    } catch (error) {
      const failure = error as NodeJS.ErrnoException & {stderr?: string}
      if (failure.code === 'ENOENT' || failure.code === 'EACCES') throw new CliError(m.noSoffice({file}), exitCodes.failed)
      throw new CliError(m.convertFailed({file, reason: (failure.stderr ?? '').trim().split('\n').pop() || failure.message}), exitCodes.failed)
    }
    const written = path.join(folder, `${path.basename(file).replace(/\.docx?$/iu, '')}.docx`)
    const bytes = await readFile(written).catch(() => {
      throw new CliError(m.convertFailed({file, reason: path.basename(written)}), exitCodes.failed)
    })
    io.stderr(`${m.converted({file})}\n`)
    return new Uint8Array(bytes)
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}
