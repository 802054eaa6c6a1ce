/**
 * The main job: check a library of standards and publish it — JSON, the HTML
 * site and the PDFs of every edition, and every comparison — into an output
 * folder that is replaced whole, so a failed build leaves it as it was.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {diffEditions, diffSchemaFileName, diffSchemaPath, lineage, toDiffJson, type StandardDiff} from '@stdkit/diff'
import {renderSite, type Site, type SiteDiff, type SiteStandard} from '@stdkit/html'
import {toJson} from '@stdkit/json'
import {checkLibrary, libraryFiles, loadLibrary, type Library, type LibraryStandard} from '@stdkit/library'
import {renderEditionPdf, renderRedlinePdf} from '@stdkit/pdf'
import {hasErrors, schemaFileName, schemaPath} from '@stdkit/tree'
import type {VFile} from 'vfile'
import {replaceFolder, type OutputFiles} from './output.js'

/** The formats a build can publish. */
export type Format = 'json' | 'html' | 'pdf'
export const formats: ReadonlyArray<Format> = ['json', 'html', 'pdf']

export interface BuildOptions {
  /** Folder relative paths are taken from (default: the process's working folder). */
  cwd?: string | undefined
  /** Publish only this standard (its folder name), or only this edition of it: `{standard, year}`. */
  only?: {standard: string; year?: number | undefined} | undefined
  /** Formats to publish (default: all). */
  formats?: ReadonlyArray<Format> | undefined
  /** Called as each output is produced. */
  onProgress?: ((done: number, total: number, name: string) => void) | undefined
}

export interface BuildResult {
  readonly library: Library
  /** Every source file that was checked, with its diagnostics. */
  readonly files: ReadonlyArray<VFile>
  /** What was written, relative to the output folder; empty when the build stopped on errors. */
  readonly written: ReadonlyArray<string>
}

/** Thrown for a build that is asked for something the library does not have. */
export class BuildError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BuildError'
  }
}

/**
 * Builds the standards under `root` into `out`: parse and check, and only
 * when no checked edition has an error, publish it all at once. With `only`,
 * the other outputs already in `out` are kept.
 */
export async function build(root: string, out: string, options: Readonly<BuildOptions> = {}): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd()
  const library = await loadLibrary(root, cwd)
  const selected = select(library, options.only)
  checkLibrary({...library, standards: selected})
  const files = libraryFiles({...library, standards: selected})
  if (files.some((file) => hasErrors(file))) return {library, files, written: []}
  const outputs = await publish(library, options)
  await replaceFolder(path.resolve(cwd, out), outputs, {keep: options.only !== undefined})
  return {library, files, written: [...outputs.keys()]}
}

function select(library: Library, only: BuildOptions['only']): ReadonlyArray<LibraryStandard> {
  if (!only) return library.standards
  const standard = library.standards.find((item) => item.slug === only.standard)
  if (!standard) throw new BuildError(`No standard ${only.standard} in the library (it has ${library.standards.map((item) => item.slug).join(', ') || 'none'})`)
  if (only.year !== undefined && !standard.editions.some((edition) => edition.year === only.year)) {
    throw new BuildError(`No edition ${only.year} of ${only.standard} (it has ${standard.editions.map((edition) => edition.year).join(', ')})`)
  }
  return [standard]
}

interface Job {
  name: string
  make: () => Promise<string | Uint8Array> | string
}

/** The files of a build, in a fixed order. */
export async function publish(library: Library, options: Readonly<BuildOptions> = {}): Promise<OutputFiles> {
  const wanted = new Set(options.formats ?? formats)
  const only = options.only
  const site: Site = {standards: library.standards.map((standard) => siteStandard(standard))}
  const involves = (slug: string, ...years: Array<number>) =>
    !only || (only.standard === slug && (only.year === undefined || years.includes(only.year)))
  const jobs: Array<Job> = []
  if (wanted.has('json')) {
    jobs.push({name: `schema/${schemaFileName}`, make: () => readFile(schemaPath, 'utf8')})
    jobs.push({name: `schema/${diffSchemaFileName}`, make: () => readFile(diffSchemaPath, 'utf8')})
  }
  for (const [index, standard] of library.standards.entries()) {
    const diffs = site.standards[index]?.diffs ?? []
    for (const edition of standard.editions) {
      if (!involves(standard.slug, edition.year)) continue
      if (wanted.has('json')) jobs.push({name: `${standard.slug}/${edition.year}.json`, make: () => toJson(edition.tree, {source: edition.source})})
      if (wanted.has('pdf')) {
        const standardLink = pdfLinks(library, `${standard.slug}/${edition.year}.pdf`)
        jobs.push({name: `${standard.slug}/${edition.year}.pdf`, make: () => renderEditionPdf(edition.tree, {path: edition.file.path, standardLink})})
      }
    }
    for (const pair of diffs) {
      if (!involves(standard.slug, pair.old, pair.new)) continue
      const name = `${standard.slug}/diff/${pair.old}..${pair.new}`
      if (wanted.has('json')) jobs.push({name: `${name}.json`, make: () => toDiffJson(pair.diff)})
      const newer = standard.editions.find((edition) => edition.year === pair.new)
      if (wanted.has('pdf') && newer) {
        const standardLink = pdfLinks(library, `${name}.pdf`)
        jobs.push({name: `${name}.pdf`, make: () => renderRedlinePdf(pair.diff, newer.tree, {path: newer.file.path, standardLink})})
      }
    }
  }
  if (wanted.has('html')) {
    // The site is one piece: its pages link to each other and share the index.
    const pages = renderSite(site)
    for (const [name, html] of pages) {
      const [slug = '', ...rest] = name.split('/')
      const years = [...rest.join('/').matchAll(/\d{4}/gu)].map((match) => Number(match[0]))
      if (name === 'index.html' || involves(slug, ...years)) jobs.push({name, make: () => html})
    }
  }
  const outputs = new Map<string, string | Uint8Array>()
  for (const [index, job] of jobs.entries()) {
    outputs.set(job.name, await job.make())
    options.onProgress?.(index + 1, jobs.length, job.name)
  }
  return outputs
}

/** Links from one PDF of the output to the PDF of another standard of the library: a dated reference to that edition, else the latest. */
function pdfLinks(library: Library, from: string): (designation: string, year: number | undefined) => string | undefined {
  return (designation, year) => {
    for (const standard of library.standards) {
      const editions = standard.editions.filter((edition) => edition.tree.cover.designation === designation)
      const edition = (year === undefined ? undefined : editions.find((item) => item.year === year)) ?? editions.at(-1)
      if (edition) return path.posix.relative(path.posix.dirname(from), `${standard.slug}/${edition.year}.pdf`)
    }
    return undefined
  }
}

/** A standard with the comparison of every pair of its editions (older first) and its lineage. */
export function siteStandard(standard: LibraryStandard): SiteStandard {
  const diffs: Array<SiteDiff> = []
  standard.editions.forEach((old, index) => {
    for (const now of standard.editions.slice(index + 1)) {
      const diff: StandardDiff = diffEditions(old.tree, now.tree, {oldSource: old.source, newSource: now.source})
      diffs.push({old: old.year, new: now.year, diff})
    }
  })
  return {
    slug: standard.slug,
    editions: standard.editions.map((edition) => ({year: edition.year, tree: edition.tree})),
    diffs,
    lineage: lineage(standard.editions.map((edition) => edition.tree))
  }
}
