import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {diffEditions, diffSchemaFileName, diffSchemaPath, lineage, toDiffJson} from '@stdkit/diff'
import {renderSite, type Site, type SiteDiff, type SiteStandard} from '@stdkit/html'
import {toJson} from '@stdkit/json'
import {PdfError, renderEditionPdf, renderRedlinePdf} from '@stdkit/pdf'
import {CliError} from './errors.js'
import {checkLibrary, libraryFiles, loadLibrary, type Library, type LibraryStandard} from '@stdkit/library'
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
  const outputs = new Map<string, string | Uint8Array>()
  outputs.set(`schema/${schemaFileName}`, await readFile(schemaPath, 'utf8'))
  outputs.set(`schema/${diffSchemaFileName}`, await readFile(diffSchemaPath, 'utf8'))
  const site: Site = {standards: library.standards.map((standard) => siteStandard(standard))}
  for (const [index, standard] of library.standards.entries()) {
    for (const edition of standard.editions) {
      outputs.set(`${standard.slug}/${edition.year}.json`, toJson(edition.tree, {source: edition.source}))
    }
    for (const edition of standard.editions) {
      outputs.set(`${standard.slug}/${edition.year}.pdf`, await pdf(() => renderEditionPdf(edition.tree, {path: edition.file.path})))
    }
    for (const pair of site.standards[index]?.diffs ?? []) {
      outputs.set(`${standard.slug}/diff/${pair.old}..${pair.new}.json`, toDiffJson(pair.diff))
      const newer = standard.editions.find((edition) => edition.year === pair.new)
      if (newer) outputs.set(`${standard.slug}/diff/${pair.old}..${pair.new}.pdf`, await pdf(() => renderRedlinePdf(pair.diff, newer.tree, {path: newer.file.path})))
    }
  }
  for (const [name, html] of renderSite(site)) outputs.set(name, html)
  return outputs
}

/** A document that cannot be typeset stops the build with the typesetter's message. */
async function pdf(render: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await render()
  } catch (error) {
    if (error instanceof PdfError) throw new CliError(`cannot typeset:\n${error.message}`)
    throw error
  }
}

/** A standard with the comparison of every pair of its editions (older first) and its lineage. */
function siteStandard(standard: LibraryStandard): SiteStandard {
  const diffs: Array<SiteDiff> = []
  standard.editions.forEach((old, index) => {
    for (const now of standard.editions.slice(index + 1)) {
      diffs.push({old: old.year, new: now.year, diff: diffEditions(old.tree, now.tree, {oldSource: old.source, newSource: now.source})})
    }
  })
  return {
    slug: standard.slug,
    editions: standard.editions.map((edition) => ({year: edition.year, tree: edition.tree})),
    diffs,
    lineage: lineage(standard.editions.map((edition) => edition.tree))
  }
}
