/**
 * The main job: check a library of standards and publish it — JSON, the HTML
 * site and the PDFs of every edition, and every comparison — into an output
 * folder that is replaced whole, so a failed build leaves it as it was.
 */
import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {diffEditions, lineage, type StandardDiff} from '@stdkit/diff'
import {paths, type Site, type SiteDiff, type SiteFiles, type SiteStandard} from '@stdkit/html'
import {checkLibrary, imagesOf, libraryFiles, loadLibrary, type Library, type LibraryEdition, type LibraryStandard} from '@stdkit/library'
import {citationIndex, citationReviews, hasErrors, type Citation, type CitationReview, type Standard} from '@stdkit/tree'
import type {VFile} from 'vfile'
import {messages} from '@stdkit/messages'
import {Cache, defaultCacheFolder} from './cache.js'
import {BuildError} from './errors.js'
import {differ, imagesKey, Memo, parser} from './memo.js'
import {checkOutput, outputMarker, replaceFolder, type OutputFiles, type ReplaceOptions} from './output.js'
import type {LinkTable, Output, Publisher} from './publisher.js'
import {defaultFormats, editionSchema, formats, publishers, render, type Format, type Task} from './publishers.js'
import {Workers} from './workers.js'

export interface BuildOptions {
  /** Folder relative paths are taken from (default: the process's working folder). */
  cwd?: string | undefined
  /** Publish only this standard (its folder name), or only this edition of it: `{standard, year}`. */
  only?: {standard: string; year?: number | undefined} | undefined
  /** Formats to publish (default: every format but those made only on request, as `docx`). */
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
  /**
   * Threads to make the outputs of publishers that may run in threads (the
   * PDFs) in, the build's own among them: 1 makes them in the build's thread
   * alone; more start worker threads beside it. Default: one per core, up to
   * 4, when those outputs come from 3 million characters of source or more
   * (or, with `keepWorkers`, when there are two of them or more);
   * `STDKIT_WORKERS` overrides.
   */
  workers?: number | undefined
  /**
   * Keep the worker threads between the runs of a `Builder` (as `stdkit build
   * --watch` does) until `close`: started once, they are warm for every run
   * that has outputs to make in threads.
   */
  keepWorkers?: boolean | undefined
  /**
   * Replace what is at `out` even when an earlier build did not make it: a
   * file, or a folder without the marker stdkit leaves in its outputs.
   */
  force?: boolean | undefined
}

export interface BuildResult {
  readonly library: Library
  /** Every source file that was checked, with its diagnostics. */
  readonly files: ReadonlyArray<VFile>
  /** What was written, relative to the output folder; empty when the build stopped on errors. */
  readonly written: ReadonlyArray<string>
  /**
   * What of `written` was made anew; the rest is what an earlier build made
   * from the same sources and code (taken from the build cache, or from
   * memory in a build run again).
   */
  readonly made: ReadonlyArray<string>
  /**
   * The undated citations that a newer edition of the standard they cite
   * calls for reviewing (`citationReviews`): each standard's latest edition
   * that cites another without a year, where the other has had an edition
   * issued since. Empty when the build stopped on errors.
   */
  readonly reviews: ReadonlyArray<CitationReview>
}

/**
 * Builds the standards under `root` into `out`: parse and check, and only
 * when no checked edition has an error, publish it all at once. With `only`,
 * the other outputs already in `out` are kept.
 */
export async function build(root: string, out: string, options: Readonly<BuildOptions> = {}): Promise<BuildResult> {
  const builder = new Builder(root, out, {...options, keepWorkers: false})
  try {
    return await builder.run()
  } finally {
    await builder.close()
  }
}

/**
 * A build that can be run again, as `stdkit build --watch` does after every
 * edit: it keeps the trees, comparisons and outputs of its last run in memory
 * (and, with the build cache, on disk), so a run redoes only what changed
 * sources touch and gives the bytes a fresh build gives.
 */
export class Builder {
  private readonly root: string
  private readonly out: string
  private readonly options: Readonly<BuildOptions>
  private memo: Promise<Memo> | undefined
  private readonly workers: Workers

  constructor(root: string, out: string, options: Readonly<BuildOptions> = {}) {
    // A build of no format would only empty the output folder.
    if (options.formats?.length === 0) throw new BuildError(messages().building.noFormat({formats}))
    this.root = root
    this.out = out
    this.options = options
    this.workers = new Workers(options.workers, options.keepWorkers === true)
  }

  /** Stops the worker threads a builder run again keeps. */
  close(): Promise<void> {
    return this.workers.close()
  }

  /** Builds once more from the sources as they are now. */
  async run(): Promise<BuildResult> {
    const options = this.options
    const cwd = options.cwd ?? process.cwd()
    // What would be refused at the end is refused before the work.
    const guard: ReplaceOptions = {cwd, sources: [this.root], force: options.force}
    await checkOutput(this.out, guard)
    this.memo ??= cacheOf(options).then((cache) => new Memo(cache))
    const memo = await this.memo
    const library = await loadLibrary(this.root, cwd, {parse: (file) => memo.parse(file)})
    const selected = select(library, options.only)
    checkLibrary({...library, standards: selected})
    const files = libraryFiles({...library, standards: selected})
    if (files.some((file) => hasErrors(file))) return {library, files, written: [], made: [], reviews: []}
    const outputs = await publishWith(library, options, memo, this.workers)
    await replaceFolder(this.out, outputs.files, {...guard, keep: options.only !== undefined})
    await memo.prune()
    return {library, files, written: [...outputs.files.keys()], made: outputs.made, reviews: citationReviews(library.standards, outputs.citations)}
  }
}

function select(library: Library, only: BuildOptions['only']): ReadonlyArray<LibraryStandard> {
  if (!only) return library.standards
  const standard = library.standards.find((item) => item.slug === only.standard)
  if (!standard) throw new BuildError(messages().library.noStandard({standard: only.standard, standards: library.standards.map((item) => item.slug)}))
  if (only.year !== undefined && !standard.editions.some((edition) => edition.year === only.year)) {
    throw new BuildError(messages().library.noEdition({year: String(only.year), standard: only.standard, years: standard.editions.map((edition) => String(edition.year))}))
  }
  return [standard]
}

interface Job {
  name: string
  /** The key of its bytes: what it is made from, hashed. */
  key: string
  /** Whether its output is text (kept as a string) rather than bytes. */
  text: boolean
  make: () => Promise<Output> | Output
  /** A task a worker thread may take, and the characters of source it is made from. */
  task?: Task | undefined
  size?: number | undefined
}

/** The build's cache: `options.cache` (a folder, or `false` for none), else the default folder. */
async function cacheOf(options: Readonly<BuildOptions>): Promise<Cache | undefined> {
  if (options.cache === false) return undefined
  const folder = options.cache === undefined ? await defaultCacheFolder(options.cwd ?? process.cwd()) : path.resolve(options.cwd ?? process.cwd(), options.cache)
  return folder === undefined ? undefined : new Cache(folder)
}

/** The files of a build, in a fixed order. */
export async function publish(library: Library, options: Readonly<BuildOptions> = {}): Promise<OutputFiles> {
  return (await publishWith(library, options, new Memo(await cacheOf(options)), new Workers(options.workers, false))).files
}

/** The files of a build, taking what `memo` kept from earlier builds and keeping what it makes. */
export async function publishWith(
  library: Library,
  options: Readonly<BuildOptions>,
  memo: Memo,
  workers: Workers
): Promise<{files: OutputFiles; made: Array<string>; citations: ReadonlyArray<Citation>}> {
  const wanted = new Set(options.formats ?? defaultFormats)
  const standards = await Promise.all(library.standards.map((standard) => siteStandard(standard, (old, now) => memo.compare(old, now))))
  const citations = citationIndex(library.standards)
  const site: Site = {standards, files: siteFiles(wanted), citations}
  const plan: Plan = {library, site, options, memo, links: linkTable(library)}
  const jobs: Array<Job> = []
  for (const format of formats.filter((item) => wanted.has(item))) {
    const publisher: Publisher = publishers[format]
    jobs.push(...(await libraryJobs(plan, publisher)), ...(await editionJobs(plan, format, publisher)), ...(await pageJobs(plan, publisher)))
  }
  if ([...wanted].some((format) => (publishers[format] as Publisher).images)) jobs.push(...(await imageJobs(plan)))
  refuseCollisions(jobs.map((job) => job.name))
  return {...(await runJobs(jobs, options, memo, workers)), citations}
}

/** The files the pages link to: those of each edition and comparison that the formats of this build make, and the schema of the JSON. */
function siteFiles(wanted: ReadonlySet<Format>): SiteFiles {
  const made = formats.filter((format) => wanted.has(format)).map((format): Publisher => publishers[format])
  return {
    edition: made.flatMap((publisher) => publisher.edition?.extension ?? []),
    comparison: made.flatMap((publisher) => publisher.comparison?.extension ?? []),
    ...(made.some((publisher) => publisher.library?.some((file) => file.name === editionSchema)) ? {schema: editionSchema} : {})
  }
}

/** What the jobs of a build are made from. */
interface Plan {
  library: Library
  site: Site
  options: Readonly<BuildOptions>
  memo: Memo
  links: LinkTable
}

function linkTable(library: Library): LinkTable {
  return library.standards.map((standard) => standard.editions.map((edition) => ({slug: standard.slug, year: edition.year, designation: edition.tree.cover.designation})))
}

/** Whether `--only` asks for the outputs of these editions of a standard. */
function involves({options: {only}}: Plan, slug: string, ...years: Array<number>): boolean {
  return !only || (only.standard === slug && (only.year === undefined || years.includes(only.year)))
}

const textOf = (edition: LibraryEdition) => String(edition.file.value)

/** The folder an edition's source is in, absolute (its path is relative to the build's `cwd`, not to the process's). */
const folderOf = (edition: LibraryEdition) => path.dirname(path.resolve(edition.file.cwd, edition.file.path))

/** A source's path, a hash of its text and the SHA-256 of each image it names, for keys: a changed image remakes what shows it. */
function sourceKey(memo: Memo, edition: LibraryEdition): Array<string> {
  return [edition.source, memo.digest(textOf(edition)), ...imagesKey(edition.tree)]
}

/**
 * The images the editions name, each copied beside the pages once (however
 * many editions name it) at its path relative to the sources, for the
 * editions the build publishes. Its key is its content's SHA-256.
 */
async function imageJobs(plan: Plan): Promise<Array<Job>> {
  const jobs = new Map<string, Job>()
  for (const standard of plan.library.standards) {
    for (const item of standard.editions) {
      if (!involves(plan, standard.slug, item.year)) continue
      const folder = path.dirname(path.resolve(item.file.cwd, item.file.path))
      for (const image of imagesOf(item.tree)) {
        const name = paths.image(standard.slug, image.url)
        const file = image.file
        if (!file || jobs.has(name)) continue
        const source = path.join(folder, ...image.url.split('/'))
        jobs.set(name, {name, key: await plan.memo.key([], 'image', name, file.sha256), text: false, make: () => imageBytes(source, file.sha256)})
      }
    }
  }
  return [...jobs.values()]
}

/** An image's bytes, which must still be those the edition was checked with. */
async function imageBytes(file: string, sha256: string): Promise<Uint8Array> {
  const bytes = await readFile(file)
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new BuildError(messages().building.imageChanged({file}))
  return new Uint8Array(bytes)
}

/** A publisher's files of the whole library: from its code alone, or from every source too. */
async function libraryJobs({library, site, memo}: Plan, publisher: Publisher): Promise<Array<Job>> {
  const sources = library.standards.flatMap((standard) => standard.editions.flatMap((edition) => sourceKey(memo, edition)))
  const jobs: Array<Job> = []
  for (const file of publisher.library ?? []) {
    const key = await memo.key([publisher.package, ...differ], 'library', file.name, ...(file.sources ? sources : []))
    jobs.push({name: file.name, key, text: file.text, make: () => file.make(site)})
  }
  return jobs
}

/** A publisher's file of each edition and of each comparison. */
async function editionJobs(plan: Plan, format: Format, publisher: Publisher): Promise<Array<Job>> {
  const {memo, links} = plan
  const linksKey = JSON.stringify(links)
  const jobs: Array<Job> = []
  const job = async (name: string, text: boolean, size: number, task: Task, code: ReadonlyArray<string>, ...parts: Array<string>): Promise<void> => {
    const key = await memo.key([publisher.package, ...code], task.kind, name, task.input.path ?? '', linksKey, ...parts)
    jobs.push({name, key, text, make: () => render(task), ...(publisher.threads ? {task, size} : {})})
  }
  const {edition: ofEdition, comparison: ofComparison} = publisher
  for (const [index, standard] of plan.library.standards.entries()) {
    for (const item of ofEdition ? standard.editions : []) {
      if (!ofEdition || !involves(plan, standard.slug, item.year)) continue
      const name = `${standard.slug}/${item.year}${ofEdition.extension}`
      const input = {name, tree: item.tree, source: item.source, path: item.file.path, folder: folderOf(item), links}
      await job(name, ofEdition.text, textOf(item).length, {format, kind: 'edition', input}, parser, ...sourceKey(memo, item))
    }
    for (const pair of ofComparison ? (plan.site.standards[index]?.diffs ?? []) : []) {
      if (!ofComparison || !involves(plan, standard.slug, pair.old, pair.new)) continue
      const name = `${standard.slug}/diff/${pair.old}..${pair.new}${ofComparison.extension}`
      const newer = edition(standard, pair.new)
      const older = edition(standard, pair.old)
      const input = {name, diff: pair.diff, newer: newer.tree, older: older.tree, path: newer.file.path, olderPath: older.file.path, folder: folderOf(newer), links}
      await job(name, ofComparison.text, textOf(newer).length, {format, kind: 'comparison', input}, differ, await memo.diffKey(older, newer), older.file.path ?? '')
    }
  }
  return jobs
}

/**
 * A publisher's pages of each standard, made together from its own sources,
 * the table of the library's editions they link to and the citations of it
 * by the other standards (which edition of which standard cites it, how and
 * where): an edit to a citing standard remakes the pages of those it cites.
 */
async function pageJobs(plan: Plan, publisher: Publisher): Promise<Array<Job>> {
  const {memo, site} = plan
  const pages = publisher.standard
  if (!pages) return []
  const jobs: Array<Job> = []
  for (const [index, standard] of plan.library.standards.entries()) {
    const shown = site.standards[index] as SiteStandard
    const citing = JSON.stringify((site.citations ?? []).filter((citation) => citation.to.slug === standard.slug))
    const basis = await memo.key([publisher.package, ...differ], 'pages', standard.slug, JSON.stringify(plan.links), JSON.stringify(site.files), citing, ...standard.editions.flatMap((item) => sourceKey(memo, item)))
    let made: ReadonlyMap<string, string> | undefined
    for (const {name, years} of pages.names(shown)) {
      if (!involves(plan, standard.slug, ...years)) continue
      jobs.push({name, key: await memo.key([], basis, name), text: true, make: () => (made ??= pages.make(site, shown)).get(name) ?? ''})
    }
  }
  return jobs
}

/** Makes the jobs' outputs, or takes them from what earlier builds made. */
async function runJobs(jobs: ReadonlyArray<Job>, options: Readonly<BuildOptions>, memo: Memo, workers: Workers): Promise<{files: OutputFiles; made: Array<string>}> {
  const results = new Array<Output | undefined>(jobs.length)
  let done = 0
  const finish = (index: number, value: Output): void => {
    results[index] = value
    done++
    options.onProgress?.(done, jobs.length, jobs[index]?.name ?? '')
  }
  // What an earlier build made already.
  const hits = await Promise.all(jobs.map((job) => memo.get(job.key, (bytes) => (job.text ? bytes.toString('utf8') : bytes))))
  const toMake: Array<number> = []
  jobs.forEach((_job, index) => {
    const hit = hits[index]
    if (hit === undefined) toMake.push(index)
    else finish(index, hit)
  })
  const made = async (index: number, value: Output): Promise<void> => {
    const job = jobs[index] as Job
    await memo.set(job.key, value, (bytes) => bytes)
    finish(index, value)
  }
  // Tasks across worker threads when there is a pool for them; the rest here, meanwhile.
  const threaded = toMake.filter((index) => jobs[index]?.task)
  const pool = workers.for(threaded.length, threaded.reduce((sum, index) => sum + (jobs[index]?.size ?? 0), 0))
  try {
    const inWorkers = pool ? threaded.map((index) => pool.run(jobs[index]?.task as Task).then((output) => made(index, output))) : []
    // Settle every worker task, so none is left running unobserved.
    const settled = Promise.allSettled(inWorkers)
    for (const index of toMake) {
      if (pool && jobs[index]?.task) continue
      await made(index, await (jobs[index] as Job).make())
    }
    await pool?.help()
    for (const result of await settled) if (result.status === 'rejected') throw result.reason
  } finally {
    await workers.done()
  }
  const files = new Map<string, Output>()
  jobs.forEach((job, index) => files.set(job.name, results[index] as Output))
  return {files, made: toMake.map((index) => jobs[index]?.name ?? '')}
}

/**
 * Refuses outputs one of which would be a folder of another: a standard whose
 * folder has the name of a file of the site (`index.html`) or of the marker.
 */
function refuseCollisions(names: ReadonlyArray<string>): void {
  const taken = new Set([...names, outputMarker])
  for (const name of names) {
    for (let end = name.indexOf('/'); end !== -1; end = name.indexOf('/', end + 1)) {
      const folder = name.slice(0, end)
      if (taken.has(folder)) throw new BuildError(messages().building.siteClash({folder: name.split('/')[0] ?? name, output: folder}))
    }
  }
}

/** The edition of `year`, which a comparison of the standard's editions names. */
function edition(standard: LibraryStandard, year: number): LibraryEdition {
  const found = standard.editions.find((item) => item.year === year)
  if (!found) throw new Error(messages().library.noEdition({year: String(year), standard: standard.slug, years: standard.editions.map((item) => String(item.year))}))
  return found
}

/** A diff without the sources of its editions, as `lineage` makes it. */
function withoutSources(diff: StandardDiff): StandardDiff {
  const strip = ({source: _source, ...info}: StandardDiff['old']) => info
  return {...diff, old: strip(diff.old), new: strip(diff.new)}
}

/** A standard with the comparison of every pair of its editions (older first), made by `compare`, and its lineage. */
async function siteStandard(
  standard: LibraryStandard,
  compare: (old: LibraryEdition, now: LibraryEdition) => StandardDiff | Promise<StandardDiff>
): Promise<SiteStandard> {
  const diffs: Array<SiteDiff> = []
  for (const [index, old] of standard.editions.entries()) {
    for (const now of standard.editions.slice(index + 1)) diffs.push({old: old.year, new: now.year, diff: await compare(old, now)})
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
