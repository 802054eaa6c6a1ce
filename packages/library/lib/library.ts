/**
 * A library of standards on disk: `<root>/<slug>/<year>.md`, one folder per
 * standard and one Markdown file per edition. Loading parses every edition;
 * checking runs the drafting rules on each and across each standard's editions.
 */
import {messages} from '@stdkit/messages'
import type {Stats} from 'node:fs'
import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {checkEditions, type CheckLibrary, type Edition} from '@stdkit/check'
import {parseStandard} from '@stdkit/parse'
import {designationOf, parseStandardNumber, report, type CitableEdition, type Standard} from '@stdkit/tree'
import {VFile} from 'vfile'
import {readImages, type ReadBytes} from './images.js'

/** An edition file's name: its year. */
export const editionFilePattern = /^(\d{4})\.md$/u

/** One edition, parsed. */
export interface LibraryEdition extends Edition {
  /** Year of the edition, from its file name. */
  readonly year: number
  /** Path of the source relative to the library root, with `/` separators: `q-zx-75.1861/2007.md`. */
  readonly source: string
}

/** One standard: a folder of editions, oldest first. */
export interface LibraryStandard {
  /** Folder name, used in output paths: `q-zx-75.1861`. */
  readonly slug: string
  readonly editions: ReadonlyArray<LibraryEdition>
}

export interface Library {
  /** Absolute path of the folder holding the standards. */
  readonly root: string
  /** Standards in order of their slug. */
  readonly standards: ReadonlyArray<LibraryStandard>
}

/**
 * Reads one Markdown file into a VFile. A relative path is taken from `cwd`
 * and kept relative, so messages name the file the way the user wrote it.
 * `read` gives its bytes (by default from the disk).
 */
export async function readSource(filePath: string, cwd: string = process.cwd(), read: ReadBytes = readRegularFile): Promise<VFile> {
  const found = await read(path.resolve(cwd, filePath))
  const bytes = typeof found === 'string' ? found : Buffer.from(found.buffer, found.byteOffset, found.byteLength)
  if (typeof bytes === 'string') {
    // A file that cannot be read is reported on the file, like any other problem of a source.
    const file = new VFile({path: filePath, cwd, value: ''})
    report(file, 'error', messages().library.unreadable({reason: bytes}), {line: 1, column: 1}, 'unreadable')
    return file
  }
  const value = bytes.toString('utf8')
  const file = new VFile({path: filePath, cwd, value})
  const invalid = firstInvalidUtf8(bytes)
  if (invalid !== undefined) {
    // The text before the bad byte decodes as it is, so it places the byte by line and column.
    const before = bytes.subarray(0, invalid).toString('utf8')
    const line = before.split('\n').length
    const column = before.length - before.lastIndexOf('\n')
    const byte = (bytes[invalid] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    report(file, 'error', messages().parser.invalidUtf8({byte}), {line, column}, 'encoding')
  }
  return file
}

/**
 * The bytes of a regular file, or why it cannot be read. Anything but a
 * regular file is never opened: reading a FIFO or a device waits for a
 * writer, or for ever.
 */
async function readRegularFile(file: string): Promise<Buffer | string> {
  try {
    const info = await stat(file)
    if (info.isDirectory()) return messages().library.folder
    if (!info.isFile()) return messages().library.special({kind: kindOf(info)})
    return await readFile(file)
  } catch (error) {
    return readError(error)
  }
}

/** What a file that is neither a regular file nor a folder is. */
function kindOf(info: Stats): 'fifo' | 'socket' | 'device' | 'other' {
  if (info.isFIFO()) return 'fifo'
  if (info.isSocket()) return 'socket'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device'
  return 'other'
}

/** Whether `file` could not be read at all. */
export function isUnreadable(file: VFile): boolean {
  return file.messages.some((message) => message.ruleId === 'unreadable')
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'EACCES' || code === 'EPERM') return messages().library.permission
  if (code === 'ENOENT') return messages().library.noFile
  return error instanceof Error ? error.message : String(error)
}

/** Offset of the first byte that is not well-formed UTF-8, if any. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0
    if (lead < 0x80) {
      index++
      continue
    }
    let length: number
    let min: number
    let max = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) length = 3
    else if (lead >= 0xf0 && lead <= 0xf4) length = 4
    else return index
    min = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80
    if (lead === 0xed) max = 0x9f
    if (lead === 0xf4) max = 0x8f
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next]
      if (byte === undefined) return index
      if (next === 1 ? byte < min || byte > max : byte < 0x80 || byte > 0xbf) return index
    }
    index += length
  }
  return undefined
}

/**
 * How an edition's source becomes its tree: `parseStandard` unless a caller
 * that keeps trees between builds gives its own, which must leave the file
 * as `parseStandard` would (its text normalised, the parser's messages added).
 */
export type Parse = (file: VFile) => Standard | Promise<Standard>

export interface LoadOptions {
  /** Parses a source (default: `parseStandard`). */
  parse?: Parse | undefined
  /**
   * Reads the source and the images it names, by absolute path (default: from
   * the disk); `stdkit diff` reads an edition of a git revision with it.
   */
  read?: ReadBytes | undefined
}

/** Parses one edition file. */
export async function loadEdition(filePath: string, root: string, cwd: string = process.cwd(), options: Readonly<LoadOptions> = {}): Promise<LibraryEdition> {
  const parse = options.parse ?? parseStandard
  const read = options.read ?? readRegularFile
  const file = await readSource(filePath, cwd, read)
  // An unreadable file has no text: its tree is an empty one, parsed aside so the file keeps one clear message.
  const tree: Standard = isUnreadable(file) ? parseStandard(new VFile({path: filePath, cwd, value: ''})) : await parse(file)
  await readImages(tree, file, path.dirname(path.resolve(cwd, filePath)), read)
  const year = Number(editionFilePattern.exec(path.basename(filePath))?.[1] ?? tree.cover.year)
  const source = path.relative(path.resolve(cwd, root), path.resolve(cwd, filePath)).split(path.sep).join('/')
  return {tree, file, year, source}
}

/** The edition files of one standard's folder, oldest first. */
export async function editionFiles(folder: string, cwd: string = process.cwd()): Promise<Array<string>> {
  const names = await readdir(path.resolve(cwd, folder))
  return names
    .filter((name) => editionFilePattern.test(name))
    .sort()
    .map((name) => path.join(folder, name))
}

/**
 * Loads every standard under `root` (folders holding `YYYY.md` files),
 * parsing each edition. A relative `root` is taken from `cwd`.
 */
export async function loadLibrary(root: string, cwd: string = process.cwd(), options: Readonly<LoadOptions> = {}): Promise<Library> {
  const entries = await readdir(path.resolve(cwd, root), {withFileTypes: true})
  const standards: Array<LibraryStandard> = []
  for (const entry of entries.filter((item) => item.isDirectory() && !passedOver(item.name)).sort((a, b) => compare(a.name, b.name))) {
    const files = await editionFiles(path.join(root, entry.name), cwd)
    if (files.length === 0) continue
    const editions = await Promise.all(files.map((file) => loadEdition(file, root, cwd, options)))
    standards.push({slug: entry.name, editions})
  }
  return {root: path.resolve(cwd, root), standards}
}

/** Runs the checker over every standard of the library. */
export function checkLibrary(library: Library): void {
  // A normative reference to a standard of the library is looked up among its editions.
  const held = library.standards.map((standard) => standard.editions.map((edition) => edition.tree.cover))
  for (const standard of library.standards) checkEditions(standard.editions, {library: held})
}

/** Every file of the library, in order. */
export function libraryFiles(library: Library): Array<VFile> {
  return library.standards.flatMap((standard) => standard.editions.map((edition) => edition.file))
}

/**
 * Resolves paths given on a command line into edition files: a file is taken
 * as it is; a folder contributes every `YYYY.md` below it.
 */
export async function findSources(paths: ReadonlyArray<string>, cwd: string = process.cwd()): Promise<Array<string>> {
  const found: Array<string> = []
  for (const given of paths) {
    const info = await stat(path.resolve(cwd, given)).catch(() => undefined)
    if (info === undefined) throw new Error(messages().library.noSuchPath({path: given}))
    if (info.isFile() || editionFilePattern.test(path.basename(given))) found.push(given)
    else found.push(...(await walk(given, cwd)))
  }
  return [...new Set(found)]
}

/** Hidden folders and installed packages hold no standards: check and build both pass them over. */
function passedOver(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules'
}

async function walk(folder: string, cwd: string): Promise<Array<string>> {
  const entries = await readdir(path.resolve(cwd, folder), {withFileTypes: true})
  const out: Array<string> = []
  for (const entry of entries.sort((a, b) => compare(a.name, b.name))) {
    if (passedOver(entry.name)) continue
    const full = path.join(folder, entry.name)
    // A folder named like an edition stands where an edition should be: it is reported as unreadable.
    if (entry.isDirectory() && editionFilePattern.test(entry.name)) out.push(full)
    else if (entry.isDirectory()) out.push(...(await walk(full, cwd)))
    else if (editionFilePattern.test(entry.name)) out.push(full)
  }
  return out
}

/**
 * Parses and checks the given edition files. Each is checked together with
 * the other editions in its folder, so the rules across editions apply, but
 * only the files asked for are returned. `options.parse` parses them, as
 * `loadEdition` does (the CLI's takes trees from the build cache).
 */
export async function checkSources(files: ReadonlyArray<string>, cwd: string = process.cwd(), options: Readonly<LoadOptions> = {}): Promise<Array<VFile>> {
  const absolute = (file: string): string => path.resolve(cwd, file)
  const byFolder = new Map<string, Array<string>>()
  for (const file of files) {
    const folder = path.dirname(absolute(file))
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file])
  }
  const results: Array<VFile> = []
  // The standards beside each checked one, read once for each library the folders are in.
  const libraries = new Map<string, Promise<CheckLibrary>>()
  const libraryOf = (root: string): Promise<CheckLibrary> => {
    let found = libraries.get(root)
    if (!found) libraries.set(root, (found = neighbours(root)))
    return found
  }
  for (const [folder, asked] of byFolder) {
    const wanted = new Set(asked.map(absolute))
    const siblings = editionFilePattern.test(path.basename(asked[0] ?? '')) ? await editionFiles(folder) : []
    const context = siblings.filter((file) => !wanted.has(file)).map((file) => path.relative(cwd, file))
    const editions = await Promise.all([...asked, ...context].map((file) => loadEdition(file, folder, cwd, options)))
    // The standards beside this one are the library its normative references are looked up in, as the build looks them up.
    checkEditions(editions, {library: await libraryOf(path.dirname(folder))})
    results.push(...editions.filter((edition) => wanted.has(absolute(edition.file.path))).map((edition) => edition.file))
  }
  return results
}

/**
 * The editions of the standards in `root`'s folders, read from the number on
 * their covers alone: what a normative reference needs to be looked up,
 * without parsing whole documents.
 */
async function neighbours(root: string): Promise<CheckLibrary> {
  const entries = await readdir(root, {withFileTypes: true}).catch(() => [])
  const library: Array<Array<CitableEdition>> = []
  for (const entry of entries.filter((item) => item.isDirectory() && !passedOver(item.name)).sort((a, b) => compare(a.name, b.name))) {
    const files = await editionFiles(path.join(root, entry.name)).catch(() => [])
    const editions: Array<CitableEdition> = []
    for (const file of files) {
      const text = await readFile(file, 'utf8').catch(() => '')
      const number = /^---\r?\n(?:.*\r?\n)*?number:[ \t]*["']?(?<number>[^"'\r\n]+)/u.exec(text)?.groups?.number
      const parsed = number === undefined ? undefined : parseStandardNumber(number.trim())
      if (parsed?.year !== undefined) editions.push({designation: designationOf(parsed), year: parsed.year})
    }
    if (editions.length > 0) library.push(editions)
  }
  return library
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Finds an edition named on a command line: a file path, or
 * `<standard>@<year>` (`q-zx-75.1861@2006`) under `root`.
 */
export async function resolveEdition(spec: string, root: string, cwd: string = process.cwd()): Promise<string> {
  const named = /^(?<slug>[^@/\\]+)@(?<year>\d{4})$/u.exec(spec)?.groups
  if (!named?.slug || !named.year) {
    const info = await stat(path.resolve(cwd, spec)).catch(() => undefined)
    if (!info?.isFile()) throw new Error(messages().library.noSuchEdition({spec}))
    return spec
  }
  const folder = path.join(root, named.slug)
  const files = await editionFiles(folder, cwd).catch(() => undefined)
  if (files === undefined) throw new Error(messages().library.noStandardIn({standard: named.slug, root}))
  const file = files.find((candidate) => path.basename(candidate) === `${named.year}.md`)
  if (!file) {
    const years = files.map((candidate) => path.basename(candidate, '.md'))
    throw new Error(messages().library.noEdition({year: named.year, standard: named.slug, years}))
  }
  return file
}

/** Finds a standard of the library by folder name or designation (`q-zx-75.1861`, `Q/ZX 75.1861`). */
export function findStandard(library: Library, name: string): LibraryStandard | undefined {
  return library.standards.find(
    (standard) => standard.slug === name || standard.editions.some((edition) => edition.tree.cover.designation === name)
  )
}
