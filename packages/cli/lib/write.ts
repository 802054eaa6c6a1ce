import {mkdir, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {naming} from './errors.js'

/** Writes a file in one step: a reader sees the old content or the new, never half of it. */
export async function writeAtomically(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  const staging = `${file}.stdkit-${process.pid}`
  // A failed write names no file; the one meant is the file itself, not its staging copy.
  await writeFile(staging, content).catch((error: unknown) => {
    throw naming(error, file)
  })
  await rename(staging, file)
}
