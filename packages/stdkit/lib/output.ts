/**
 * Writing a whole output folder at once: everything goes to a fresh sibling
 * folder first, which then takes the place of the old one. A build that fails
 * or is stopped half-way leaves the previous output as it was.
 */
import {cp, mkdir, readdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** Files to write, by path relative to the output folder (with `/` separators). */
export type OutputFiles = ReadonlyMap<string, string | Uint8Array>

export interface ReplaceOptions {
  /** Keep the files of the old folder that are not rewritten (a partial build). */
  keep?: boolean | undefined
}

/** A relative output path that stays inside its folder. */
function inside(folder: string, name: string): string {
  const target = path.resolve(folder, ...name.split('/'))
  if (!target.startsWith(`${folder}${path.sep}`)) throw new Error(`Refusing to write ${name}: it leads outside the output folder`)
  return target
}

/**
 * Mends what a build killed half-way left: staging folders are removed, and
 * if it was stopped between its two renames, the old output is put back.
 */
async function recover(folder: string): Promise<void> {
  const parent = path.dirname(folder)
  const prefix = `.out-${path.basename(folder)}-`
  const leftovers = (await readdir(parent).catch(() => [])).filter((name) => name.startsWith(prefix)).sort()
  for (const name of leftovers.filter((item) => item.startsWith(`${prefix}new-`))) await rm(path.join(parent, name), {recursive: true, force: true})
  const retired = leftovers.filter((item) => item.startsWith(`${prefix}old-`))
  const present = await stat(folder).catch(() => undefined)
  const newest = retired.at(-1)
  if (!present && newest) await rename(path.join(parent, newest), folder)
  for (const name of retired) if (name !== newest || present) await rm(path.join(parent, name), {recursive: true, force: true})
}

export async function replaceFolder(target: string, files: OutputFiles, options: Readonly<ReplaceOptions> = {}): Promise<void> {
  const folder = path.resolve(target)
  const parent = path.dirname(folder)
  await recover(folder)
  const stamp = `${process.pid}-${Date.now()}`
  const staging = path.join(parent, `.out-${path.basename(folder)}-new-${stamp}`)
  const retired = path.join(parent, `.out-${path.basename(folder)}-old-${stamp}`)
  await mkdir(parent, {recursive: true})
  try {
    const existing = await stat(folder).catch(() => undefined)
    if (options.keep && existing?.isDirectory()) await cp(folder, staging, {recursive: true})
    await mkdir(staging, {recursive: true})
    for (const [name, content] of files) {
      const file = inside(staging, name)
      await mkdir(path.dirname(file), {recursive: true})
      await writeFile(file, content)
    }
  } catch (error) {
    await rm(staging, {recursive: true, force: true})
    throw error
  }
  let hadOld = true
  try {
    await rename(folder, retired)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(staging, {recursive: true, force: true})
      throw error
    }
    hadOld = false
  }
  try {
    await rename(staging, folder)
  } catch (error) {
    if (hadOld) await rename(retired, folder)
    await rm(staging, {recursive: true, force: true})
    throw error
  }
  if (hadOld) await rm(retired, {recursive: true, force: true})
}
