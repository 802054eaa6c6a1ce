/**
 * Writing a whole output folder at once: everything goes to a fresh sibling
 * folder first, which then takes the place of the old one. A build that fails
 * or is stopped half-way leaves the previous output as it was.
 *
 * Replacing a folder whole is dangerous, so it is guarded: the output may not
 * be, hold or lie inside the sources, nor be or hold the working folder,
 * compared as real paths (a symbolic link is no way round); and it replaces
 * only what stdkit made before (a folder with its marker file), or an empty
 * folder, unless forced. Builds writing to one folder take turns, by a lock
 * file beside it.
 */
import {randomUUID} from 'node:crypto'
import {cp, link, mkdir, readdir, readFile, realpath, rename, rm, stat, unlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {messages} from '@stdkit/messages'
import {BuildError, OutputError} from './errors.js'

/** Files to write, by path relative to the output folder (with `/` separators). */
export type OutputFiles = ReadonlyMap<string, string | Uint8Array>

/** The file every output folder stdkit makes holds, so that a later build knows the folder is its own to replace. */
export const outputMarker = '.stdkit-out'
const markerText = 'stdkit build output: each build replaces this folder whole.\n'

export interface ReplaceOptions {
  /** Keep the files of the old folder that are not rewritten (a partial build). */
  keep?: boolean | undefined
  /** Replace what is there even when stdkit did not make it: a file, or a folder without the marker. */
  force?: boolean | undefined
  /** Folders the output may neither be, lie inside, nor hold: the sources. */
  sources?: ReadonlyArray<string> | undefined
  /** The working folder, which the output may neither be nor hold; relative paths are taken from it (default: the process's). */
  cwd?: string | undefined
  /** How long to wait for another build writing to the same folder, in milliseconds (default: a minute). */
  wait?: number | undefined
}

/** A relative output path that stays inside its folder. */
function inside(folder: string, name: string): string {
  const target = path.resolve(folder, ...name.split('/'))
  if (!target.startsWith(`${folder}${path.sep}`)) throw new Error(messages().building.outside({name}))
  return target
}

/** Whether `item` is `folder` or lies inside it. */
function within(item: string, folder: string): boolean {
  return item === folder || item.startsWith(folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`)
}

/** How a folder is named to the user: from the working folder when it lies inside it. */
function shown(folder: string, cwd: string): string {
  const relative = path.relative(cwd, folder)
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? folder : relative
}

/**
 * The real path of `folder`, which may not exist yet: the real path of its
 * deepest existing ancestor, with the rest of it. An ancestor that is a file
 * cannot hold it.
 */
async function realPath(folder: string, cwd: string): Promise<string> {
  let existing = folder
  const rest: Array<string> = []
  for (;;) {
    const real = await realpath(existing).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined
      throw failure(messages().building.cannotUse({name: shown(folder, cwd)}), error, existing)
    })
    if (real !== undefined) {
      if (rest.length > 0 && !(await stat(real)).isDirectory()) {
        throw new BuildError(messages().building.refuseFolder({folder: shown(folder, cwd), why: messages().building.fileInWay({file: shown(existing, cwd)})}))
      }
      return path.join(real, ...rest.reverse())
    }
    rest.push(path.basename(existing))
    existing = path.dirname(existing)
  }
}

/**
 * Refuses an output folder that would replace the sources or the working
 * folder, or a file or folder stdkit did not make (unless forced). Checked
 * before a build does its work, and again once it holds the lock.
 */
export async function checkOutput(target: string, options: Readonly<ReplaceOptions> = {}): Promise<void> {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const folder = path.resolve(cwd, target)
  const words = messages().building
  const refuse = (why: string) => new BuildError(words.refuseFolder({folder: shown(folder, cwd), why}))
  const out = await realPath(folder, cwd)
  if (path.dirname(out) === out) throw refuse(words.fileSystemRoot)
  if (within(await realPath(cwd, cwd), out)) throw refuse(words.workingFolder)
  for (const given of options.sources ?? []) {
    const sources = await realPath(path.resolve(cwd, given), cwd)
    if (within(sources, out)) throw refuse(words.replacesSources({sources: shown(path.resolve(cwd, given), cwd)}))
    if (within(out, sources)) throw refuse(words.insideSources({sources: shown(path.resolve(cwd, given), cwd)}))
  }
  if (!options.force) await checkOwned(folder, cwd)
}

/** Refuses to replace a file, or a folder that holds something but not the marker of an earlier build. */
async function checkOwned(folder: string, cwd: string): Promise<void> {
  const name = shown(folder, cwd)
  const words = messages().building
  const unreadable = (error: NodeJS.ErrnoException) => {
    throw failure(words.cannotUse({name}), error, folder)
  }
  const info = await stat(folder).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : unreadable(error)))
  if (info === undefined) return
  if (!info.isDirectory()) throw new BuildError(words.notOutputFile({name}))
  const names = await readdir(folder).catch(unreadable)
  const marker = names.includes(outputMarker) ? await stat(path.join(folder, outputMarker)).catch(unreadable) : undefined
  if (names.length > 0 && !marker?.isFile() && !(await madeBeforeMarkers(folder))) {
    throw new BuildError(words.notOurs({name, marker: outputMarker}))
  }
}

/**
 * The `$id`s the schema of the trees has had: a URN at first, then its URL on
 * the npm CDN, under the folder of its major version.
 */
const standardSchemaIds = [/^urn:stdkit:schema:standard:\d+$/u, /^https:\/\/cdn\.jsdelivr\.net\/npm\/@stdkit\/tree\/schema\/v\d+\/standard\.schema\.json$/u]

/**
 * Whether the folder is the output of a build from before outputs carried the
 * marker: it holds the site's index and the schema of the trees with one of
 * stdkit's own `$id`s. Such a folder is replaced (and gets the marker) without `--force`.
 */
async function madeBeforeMarkers(folder: string): Promise<boolean> {
  if (!(await stat(path.join(folder, 'index.html')).catch(() => undefined))?.isFile()) return false
  const schema = await readFile(path.join(folder, 'schema', 'standard.schema.json'), 'utf8').catch(() => '')
  let id: unknown
  try {
    id = (JSON.parse(schema) as {$id?: unknown}).$id
  } catch {
    return false
  }
  return typeof id === 'string' && standardSchemaIds.some((pattern) => pattern.test(id))
}

/** An error of the system, as an `OutputError` that says what could not be done and keeps the error's code and path. */
function failure(what: string, error: unknown, file?: string): Error {
  if (error instanceof OutputError || error instanceof BuildError) return error
  const system = error as NodeJS.ErrnoException
  if (system.code === undefined) return new OutputError(messages().building.failed({what, reason: system.message, code: undefined}), {cause: error})
  // Node's message reads `ENOSPC: no space left on device, write`: the words in between say what happened.
  const reason = /^[A-Z0-9_]+: ([^,]+)/u.exec(system.message)?.[1] ?? system.message
  return new OutputError(messages().building.failed({what, reason, code: system.code}), {code: system.code, path: system.path ?? file, cause: error})
}

/** Whether a process of this id is running (one that is not ours to signal is running too). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The process a lock names: the number it starts with. */
function pidOf(text: string): number {
  return Number.parseInt(text, 10)
}

/**
 * Takes the lock of an output folder: a file beside it naming this process,
 * made whole in one step (linked into place from a file written aside). A
 * lock held by a running build is waited for, up to `wait`; one left by a
 * process that is gone is taken over. Resolves to its release.
 */
async function lock(folder: string, wait: number, name: string): Promise<() => Promise<void>> {
  const file = path.join(path.dirname(folder), `.out-${path.basename(folder)}.lock`)
  const mine = `${process.pid} ${randomUUID()}\n`
  const aside = `${file}.${process.pid}.${randomUUID()}`
  const deadline = Date.now() + wait
  try {
    await writeFile(aside, mine)
    for (;;) {
      try {
        await link(aside, file)
        return async () => {
          if ((await readFile(file, 'utf8').catch(() => '')) === mine) await unlink(file).catch(() => undefined)
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const held = await readFile(file, 'utf8').catch(() => '')
      // A lock of a process that is gone, or one that names none, is stale.
      if (!alive(pidOf(held))) {
        await takeOver(file, held)
        continue
      }
      if (Date.now() >= deadline) {
        throw new OutputError(messages().building.locked({name, pid: pidOf(held)}), {code: 'EBUSY', path: file})
      }
      await sleep(100)
    }
  } finally {
    await unlink(aside).catch(() => undefined)
  }
}

/**
 * Removes a lock its process left: moved aside first, so that of builds
 * taking it over at once only one removes it; a lock that turns out to be a
 * running build's, taken in between, is put back.
 */
async function takeOver(file: string, stale: string): Promise<void> {
  const moved = `${file}.${process.pid}.stale`
  try {
    await rename(file, moved)
  } catch {
    return
  }
  if ((await readFile(moved, 'utf8').catch(() => '')) !== stale) await link(moved, file).catch(() => undefined)
  await unlink(moved).catch(() => undefined)
}

/** The staging and retired folders beside `folder`, with the process that made each and when. */
async function leftovers(folder: string): Promise<Array<{name: string; kind: string; pid: number; time: number}>> {
  const pattern = new RegExp(`^\\.out-${path.basename(folder).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}-(new|old)-(\\d+)-(\\d+)$`, 'u')
  const names = await readdir(path.dirname(folder)).catch(() => [])
  return names.flatMap((name) => {
    const match = pattern.exec(name)
    return match ? [{name, kind: match[1] as string, pid: Number(match[2]), time: Number(match[3])}] : []
  })
}

/**
 * Mends what a build killed half-way left: staging folders are removed, and
 * if it was stopped between its two renames, the old output is put back.
 * Only what this process or processes that are gone left is touched.
 */
async function recover(folder: string): Promise<void> {
  const parent = path.dirname(folder)
  const left = (await leftovers(folder)).filter((item) => item.pid === process.pid || !alive(item.pid))
  for (const item of left.filter((entry) => entry.kind === 'new')) await rm(path.join(parent, item.name), {recursive: true, force: true})
  const retired = left.filter((item) => item.kind === 'old').sort((a, b) => a.time - b.time)
  const present = await stat(folder).catch(() => undefined)
  const newest = retired.at(-1)
  if (!present && newest) await rename(path.join(parent, newest.name), folder)
  for (const item of retired) if (item !== newest || present) await rm(path.join(parent, item.name), {recursive: true, force: true})
}

/**
 * Replaces the folder `target` with one holding `files` (and the marker), once
 * it is found safe to replace; waits its turn behind another build writing to it.
 */
export async function replaceFolder(target: string, files: OutputFiles, options: Readonly<ReplaceOptions> = {}): Promise<void> {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const folder = path.resolve(cwd, target)
  const name = shown(folder, cwd)
  await checkOutput(folder, options)
  const parent = path.dirname(folder)
  let release: () => Promise<void>
  try {
    await mkdir(parent, {recursive: true})
    release = await lock(folder, options.wait ?? 60_000, name)
  } catch (error) {
    throw failure(messages().building.cannotWrite({name}), error, parent)
  }
  try {
    // Whatever was checked before the turn came, another build may have changed since.
    await checkOutput(folder, options)
    await swap(folder, files, options, name)
  } finally {
    await release()
  }
}

/** Writes the new folder aside and swaps it in; on failure removes it, and the old folder stays. */
async function swap(folder: string, files: OutputFiles, options: Readonly<ReplaceOptions>, name: string): Promise<void> {
  const parent = path.dirname(folder)
  const stamp = `${process.pid}-${Date.now()}`
  const staging = path.join(parent, `.out-${path.basename(folder)}-new-${stamp}`)
  const retired = path.join(parent, `.out-${path.basename(folder)}-old-${stamp}`)
  try {
    await recover(folder)
    const existing = await stat(folder).catch(() => undefined)
    if (options.keep && existing?.isDirectory()) await cp(folder, staging, {recursive: true})
    await mkdir(staging, {recursive: true})
    for (const [file, content] of [...files, [outputMarker, markerText] as const]) {
      const into = inside(staging, file)
      await mkdir(path.dirname(into), {recursive: true})
      await writeFile(into, content)
    }
  } catch (error) {
    await rm(staging, {recursive: true, force: true})
    throw failure(messages().building.cannotWrite({name}), error)
  }
  let hadOld = true
  try {
    await rename(folder, retired)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(staging, {recursive: true, force: true})
      throw failure(messages().building.cannotReplace({name}), error)
    }
    hadOld = false
  }
  try {
    await rename(staging, folder)
  } catch (error) {
    if (hadOld) await rename(retired, folder)
    await rm(staging, {recursive: true, force: true})
    throw failure(messages().building.cannotReplace({name}), error)
  }
  if (hadOld) await rm(retired, {recursive: true, force: true})
}

/** Writes a file in one step: a reader sees the old content or the new, never half of it. */
export async function writeAtomically(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  const staging = `${file}.stdkit-${process.pid}`
  // A failed write names no file; the one meant is the file itself, not its staging copy.
  await writeFile(staging, content).catch((error: unknown) => {
    throw naming(error, file)
  })
  await rename(staging, file)
}

/** Gives a file-system error the file it was about, where the system call did not say (a failed `write`). */
export function naming(error: unknown, file: string): unknown {
  const system = error as Partial<NodeJS.ErrnoException> | undefined
  if (error instanceof Error && typeof system?.code === 'string' && system.path === undefined) system.path = file
  return error
}
