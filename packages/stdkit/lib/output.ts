/**
 * Writing a whole output folder at once: everything goes to a fresh sibling
 * folder first, which then takes the place of the old one. A build that fails
 * or is stopped half-way leaves the previous output as it was.
 */
import {cp, mkdir, rename, rm, stat, writeFile} from 'node:fs/promises'
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

export async function replaceFolder(target: string, files: OutputFiles, options: Readonly<ReplaceOptions> = {}): Promise<void> {
  const folder = path.resolve(target)
  const parent = path.dirname(folder)
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
