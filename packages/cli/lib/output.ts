/**
 * Writing a whole output folder at once: everything goes to a fresh sibling
 * folder first, which then takes the place of the old one. A build that fails
 * half-way leaves the previous output as it was.
 */
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** Files to write, by path relative to the output folder (with `/` separators). */
export type OutputFiles = ReadonlyMap<string, string | Uint8Array>

export async function replaceFolder(target: string, files: OutputFiles): Promise<void> {
  const folder = path.resolve(target)
  const parent = path.dirname(folder)
  const stamp = `${process.pid}-${Date.now()}`
  const staging = path.join(parent, `.out-${path.basename(folder)}-new-${stamp}`)
  const retired = path.join(parent, `.out-${path.basename(folder)}-old-${stamp}`)
  await mkdir(parent, {recursive: true})
  try {
    for (const [name, content] of files) {
      const file = path.join(staging, ...name.split('/'))
      await mkdir(path.dirname(file), {recursive: true})
      await writeFile(file, content)
    }
    await mkdir(staging, {recursive: true})
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
