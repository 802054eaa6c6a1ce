import {mkdir, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** Writes a file in one step: a reader sees the old content or the new, never half of it. */
export async function writeAtomically(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  const staging = `${file}.stdkit-${process.pid}`
  await writeFile(staging, content)
  await rename(staging, file)
}
