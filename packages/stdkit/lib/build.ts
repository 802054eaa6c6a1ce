/**
 * The main job: check a library of standards and publish it — JSON, the HTML
 * site and the PDFs of every edition, and every comparison — into an output
 * folder that is replaced whole, so a failed build leaves it as it was.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {deserialize, serialize} from 'node:v8'
import {diffEditions, diffSchemaFileName, diffSchemaPath, lineage, toDiffJson, type StandardDiff} from '@stdkit/diff'
import {renderSite, type Site, type SiteDiff, type SiteStandard} from '@stdkit/html'
import {toJson} from '@stdkit/json'
import {checkLibrary, libraryFiles, loadLibrary, type Library, type LibraryEdition, type LibraryStandard} from '@stdkit/library'
import {hasErrors, schemaFileName, schemaPath, type Standard} from '@stdkit/tree'
import type {VFile} from 'vfile'
import {Cache, codeVersion, defaultCacheFolder, keyOf} from './cache.js'
import {replaceFolder, type OutputFiles} from './output.js'
import {PdfPool, typeset, workerCount, type LinkEntry, type PdfTask} from './workers.js'

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
  /**
   * Folder of the build cache, or `false` for none. By default
   * `node_modules/.cache/stdkit` of the nearest folder with `node_modules`
   * (`STDKIT_CACHE` names another folder, or `0` turns it off). Outputs whose
   * sources and code are unchanged since a build are taken from it: the same
   * bytes, without the work.
   */
  cache?: string | false | undefined
  /** Worker threads to typeset PDFs in (default: one per core, up to 4, when there are at least 16 PDFs to make; `STDKIT_WORKERS` overrides). */
  workers?: number | undefined
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
  /** The cache key of its bytes, when it is cached. */
  key?: string | undefined
  /** Whether its output is text (kept as a string) rather than bytes. */
  text: boolean
  make: () => Promise<string | Uint8Array> | string | Uint8Array
  /** A PDF, which may be typeset in a worker. */
  pdf?: PdfTask | undefined
}

/** The build's cache: `options.cache` (a folder, or `false` for none), else the default folder. */
async function cacheOf(options: Readonly<BuildOptions>): Promise<Cache | undefined> {
  if (options.cache === false) return undefined
  const folder = options.cache === undefined ? await defaultCacheFolder(options.cwd ?? process.cwd()) : path.resolve(options.cwd ?? process.cwd(), options.cache)
  return folder === undefined ? undefined : new Cache(folder)
}

/** The files of a build, in a fixed order. */
export async function publish(library: Library, options: Readonly<BuildOptions> = {}): Promise<OutputFiles> {
  const wanted = new Set(options.formats ?? formats)
  const only = options.only
  const cache = await cacheOf(options)
  const code = cache ? await codeVersion() : ''
  const sourceKey = (edition: LibraryEdition) => keyOf(edition.source, String(edition.file.value))
  const diffKey = (old: LibraryEdition, now: LibraryEdition) => keyOf('diff', code, sourceKey(old), sourceKey(now))
  const site: Site = {standards: await Promise.all(library.standards.map((standard) => siteStandard(standard, cache, diffKey)))}
  const involves = (slug: string, ...years: Array<number>) =>
    !only || (only.standard === slug && (only.year === undefined || years.includes(only.year)))
  const links: Array<Array<LinkEntry>> = library.standards.map((standard) =>
    standard.editions.map((edition) => ({slug: standard.slug, year: edition.year, designation: edition.tree.cover.designation}))
  )
  const linksKey = JSON.stringify(links)
  const jobs: Array<Job> = []
  if (wanted.has('json')) {
    jobs.push({name: `schema/${schemaFileName}`, text: true, make: () => readFile(schemaPath, 'utf8')})
    jobs.push({name: `schema/${diffSchemaFileName}`, text: true, make: () => readFile(diffSchemaPath, 'utf8')})
  }
  for (const [index, standard] of library.standards.entries()) {
    const diffs = site.standards[index]?.diffs ?? []
    for (const edition of standard.editions) {
      if (!involves(standard.slug, edition.year)) continue
      if (wanted.has('json')) {
        const name = `${standard.slug}/${edition.year}.json`
        jobs.push({name, key: keyOf('json', code, name, sourceKey(edition)), text: true, make: () => toJson(edition.tree, {source: edition.source})})
      }
      if (wanted.has('pdf')) {
        const name = `${standard.slug}/${edition.year}.pdf`
        const pdf: PdfTask = {kind: 'edition', name, tree: edition.tree, path: edition.file.path, links}
        jobs.push({name, key: keyOf('pdf', code, name, sourceKey(edition), edition.file.path, linksKey), text: false, make: () => typeset(pdf), pdf})
      }
    }
    for (const pair of diffs) {
      if (!involves(standard.slug, pair.old, pair.new)) continue
      const name = `${standard.slug}/diff/${pair.old}..${pair.new}`
      const older = standard.editions.find((edition) => edition.year === pair.old)
      const newer = standard.editions.find((edition) => edition.year === pair.new)
      const pairKey = older && newer ? diffKey(older, newer) : undefined
      if (wanted.has('json')) jobs.push({name: `${name}.json`, key: pairKey && keyOf('diff-json', pairKey), text: true, make: () => toDiffJson(pair.diff)})
      if (wanted.has('pdf') && newer) {
        const pdf: PdfTask = {kind: 'redline', name: `${name}.pdf`, diff: pair.diff, newer: newer.tree, path: newer.file.path, links}
        const key = pairKey && keyOf('redline-pdf', pairKey, `${name}.pdf`, newer.file.path, linksKey)
        jobs.push({name: `${name}.pdf`, key, text: false, make: () => typeset(pdf), pdf})
      }
    }
  }
  if (wanted.has('html')) {
    // The site is one piece: its pages link to each other and share the index.
    const pages = renderSite(site)
    for (const [name, html] of pages) {
      const [slug = '', ...rest] = name.split('/')
      const years = [...rest.join('/').matchAll(/\d{4}/gu)].map((match) => Number(match[0]))
      if (name === 'index.html' || involves(slug, ...years)) jobs.push({name, text: true, make: () => html})
    }
  }
  const results = new Array<string | Uint8Array | undefined>(jobs.length)
  let done = 0
  const finish = (index: number, value: string | Uint8Array): void => {
    results[index] = value
    done++
    options.onProgress?.(done, jobs.length, jobs[index]?.name ?? '')
  }
  // What the cache has already.
  const hits = await Promise.all(jobs.map((job) => (cache && job.key ? cache.get(job.key) : undefined)))
  const toMake: Array<number> = []
  jobs.forEach((job, index) => {
    const hit = hits[index]
    if (hit === undefined) toMake.push(index)
    else finish(index, job.text ? hit.toString('utf8') : hit)
  })
  const made = async (index: number, value: string | Uint8Array): Promise<void> => {
    const job = jobs[index] as Job
    if (cache && job.key) await cache.set(job.key, value)
    finish(index, value)
  }
  // PDFs across worker threads when there are enough of them; the rest here.
  const pdfs = toMake.filter((index) => jobs[index]?.pdf)
  const size = workerCount(pdfs.length, options.workers)
  const pool = size > 1 ? new PdfPool(size) : undefined
  try {
    const inWorkers = pool ? pdfs.map((index) => pool.run(jobs[index]?.pdf as PdfTask).then((bytes) => made(index, bytes))) : []
    // Settle every worker task, so none is left running unobserved.
    const settled = Promise.allSettled(inWorkers)
    for (const index of toMake) {
      if (pool && jobs[index]?.pdf) continue
      await made(index, await (jobs[index] as Job).make())
    }
    for (const result of await settled) if (result.status === 'rejected') throw result.reason
  } finally {
    await pool?.close()
  }
  const outputs = new Map<string, string | Uint8Array>()
  jobs.forEach((job, index) => outputs.set(job.name, results[index] as string | Uint8Array))
  return outputs
}

/** A diff without the sources of its editions, as `lineage` makes it. */
function withoutSources(diff: StandardDiff): StandardDiff {
  const strip = ({source: _source, ...info}: StandardDiff['old']) => info
  return {...diff, old: strip(diff.old), new: strip(diff.new)}
}

/** A standard with the comparison of every pair of its editions (older first) and its lineage. */
export async function siteStandard(
  standard: LibraryStandard,
  cache?: Cache | undefined,
  key?: ((old: LibraryEdition, now: LibraryEdition) => string) | undefined
): Promise<SiteStandard> {
  const diffs: Array<SiteDiff> = []
  for (const [index, old] of standard.editions.entries()) {
    for (const now of standard.editions.slice(index + 1)) {
      const compare = (): StandardDiff => diffEditions(old.tree, now.tree, {oldSource: old.source, newSource: now.source})
      let diff: StandardDiff | undefined
      const entry = cache && key ? key(old, now) : undefined
      if (cache && entry) {
        const hit = await cache.get(entry)
        try {
          if (hit) diff = deserialize(hit) as StandardDiff
        } catch {
          // An unreadable entry is made again.
        }
      }
      if (!diff) {
        diff = compare()
        if (cache && entry) await cache.set(entry, serialize(diff))
      }
      diffs.push({old: old.year, new: now.year, diff})
    }
  }
  // The lineage chains the diffs of consecutive editions: the same diffs, without their sources.
  const trees = standard.editions.map((edition) => edition.tree)
  const byTrees = new Map<Standard, Map<Standard, StandardDiff>>()
  for (const pair of diffs) {
    const old = standard.editions.find((edition) => edition.year === pair.old)?.tree
    const now = standard.editions.find((edition) => edition.year === pair.new)?.tree
    if (old && now) byTrees.set(old, (byTrees.get(old) ?? new Map<Standard, StandardDiff>()).set(now, pair.diff))
  }
  const consecutive = (old: Standard, now: Standard): StandardDiff => {
    const known = byTrees.get(old)?.get(now)
    return known ? withoutSources(known) : diffEditions(old, now)
  }
  return {
    slug: standard.slug,
    editions: standard.editions.map((edition) => ({year: edition.year, tree: edition.tree})),
    diffs,
    lineage: lineage(trees, consecutive)
  }
}
