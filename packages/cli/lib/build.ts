import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {diffEditions, diffSchemaFileName, diffSchemaPath, toDiffJson} from '@stdkit/diff'
import {toJson} from '@stdkit/json'
import {checkLibrary, libraryFiles, loadLibrary, type Library} from '@stdkit/library'
import {hasErrors, schemaFileName, schemaPath} from '@stdkit/tree'
import type {VFile} from 'vfile'
import {replaceFolder, type OutputFiles} from './output.js'

export interface BuildResult {
  readonly library: Library
  /** Every source file with its diagnostics. */
  readonly files: ReadonlyArray<VFile>
  /** What was written, relative to the output folder; empty when the build stopped on errors. */
  readonly written: ReadonlyArray<string>
}

/**
 * Builds every standard under `root` into `out` (both taken from `cwd` when
 * relative): parse and check everything,
 * and only when no edition has an error, publish all of it at once.
 */
export async function build(root: string, out: string, cwd: string = process.cwd()): Promise<BuildResult> {
  const library = await loadLibrary(root, cwd)
  checkLibrary(library)
  const files = libraryFiles(library)
  if (files.some((file) => hasErrors(file))) return {library, files, written: []}
  const outputs = await publish(library)
  await replaceFolder(path.resolve(cwd, out), outputs)
  return {library, files, written: [...outputs.keys()]}
}

/** The files of a build, in a fixed order. */
export async function publish(library: Library): Promise<OutputFiles> {
  const outputs = new Map<string, string>()
  outputs.set(`schema/${schemaFileName}`, await readFile(schemaPath, 'utf8'))
  outputs.set(`schema/${diffSchemaFileName}`, await readFile(diffSchemaPath, 'utf8'))
  for (const standard of library.standards) {
    for (const edition of standard.editions) {
      outputs.set(`${standard.slug}/${edition.year}.json`, toJson(edition.tree, {source: edition.source}))
    }
    // Every pair of editions, adjacent or not, older first.
    standard.editions.forEach((old, index) => {
      for (const now of standard.editions.slice(index + 1)) {
        const diff = diffEditions(old.tree, now.tree, {oldSource: old.source, newSource: now.source})
        outputs.set(`${standard.slug}/diff/${old.year}..${now.year}.json`, toDiffJson(diff))
      }
    })
  }
  return outputs
}
