/**
 * The programmatic API: parse a file or a string, check, diff, and render to
 * each format. The `stdkit` command is a thin layer over these functions.
 */
import {readFile} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'
import {publishers, type EditionInput} from '@stdkit/build'
import {checkEditions, checkStandard} from '@stdkit/check'
import {diffEditions, diffSchemaId, lineage, toRedline, type DiffOptions, type RedlineOptions, type StandardDiff} from '@stdkit/diff'
import {renderSite} from '@stdkit/html'
import {toMarkdown} from '@stdkit/markdown'
import {parseStandard} from '@stdkit/parse'
import {hasErrors, schemaId, type Standard} from '@stdkit/tree'
import {slugOf} from '@stdkit/workflow'
import {VFile} from 'vfile'

/** A parsed edition: its tree and the file that holds its source and diagnostics. */
export interface Parsed {
  tree: Standard
  file: VFile
}

/** Parses a standard from Markdown text; `path` names it in diagnostics. */
export function parse(markdown: string, path?: string): Parsed {
  const file = new VFile(path === undefined ? {value: markdown} : {path, value: markdown})
  return {tree: parseStandard(file), file}
}

/** Reads and parses a standard's Markdown file. */
export async function parseFile(path: string): Promise<Parsed> {
  return parse(await readFile(path, 'utf8'), path)
}

/**
 * Checks editions against the drafting rules. Given several editions of one
 * standard, the rules across editions apply too. Diagnostics go to each
 * edition's `file.messages`; the result says whether any is an error.
 */
export function check(...editions: Array<Parsed>): {ok: boolean; messages: Array<VFile['messages'][number]>} {
  if (editions.length === 1 && editions[0]) checkStandard(editions[0].tree, editions[0].file)
  else checkEditions(editions)
  return {ok: !editions.some((edition) => hasErrors(edition.file)), messages: editions.flatMap((edition) => edition.file.messages)}
}

/** Compares two editions of one standard (older first). */
export function diff(old: Parsed | Standard, now: Parsed | Standard, options?: DiffOptions): StandardDiff {
  return diffEditions(treeOf(old), treeOf(now), options)
}

function treeOf(value: Parsed | Standard): Standard {
  return 'tree' in value ? value.tree : value
}

/** An edition as canonical Markdown. */
export function renderMarkdown(edition: Parsed | Standard): string {
  return toMarkdown(treeOf(edition))
}

// Each format renders as its publisher in the registry makes a build's files, outside a library: with no other edition to link to.

function editionInput(edition: Parsed | Standard, source?: string): EditionInput {
  const path = pathOf(edition)
  return {name: '', tree: treeOf(edition), source, path, folder: folderOf(path), links: []}
}

const pathOf = (edition: Parsed | Standard): string | undefined => ('file' in edition ? edition.file.path : undefined)

/** The folder of a parsed file, where its figures are: none for a tree or a string parsed without a path. */
const folderOf = (path: string | undefined): string | undefined => (path === undefined ? undefined : dirname(resolve(path)))

/** An edition as JSON following the published schema, which its `$schema` names by its absolute URL. */
export function renderJson(edition: Parsed | Standard, source?: string): string {
  return publishers.json.edition.make({tree: treeOf(edition), source, schemaUrl: schemaId})
}

/** A comparison as JSON following the diff schema, which its `$schema` names by its absolute URL. */
export function renderDiffJson(comparison: StandardDiff): string {
  return publishers.json.comparison.make({diff: comparison, schemaUrl: diffSchemaId})
}

/** A comparison as a plain-text redline (`[-deleted-]{+inserted+}`), or coloured for a terminal (`true`, or `{color, all}`). */
export function renderRedline(comparison: StandardDiff, options: boolean | Readonly<RedlineOptions> = false): string {
  return toRedline(comparison, typeof options === 'boolean' ? {color: options} : options)
}

/**
 * An edition as a stand-alone HTML page. Given the other editions of the
 * standard, the page links to them and shows each provision's history.
 */
export function renderHtml(edition: Parsed | Standard, others: ReadonlyArray<Parsed | Standard> = []): string {
  const tree = treeOf(edition)
  const trees = [tree, ...others.map(treeOf)].sort((a, b) => a.cover.year - b.cover.year)
  const slug = slugOf(tree.cover.designation)
  const editions = trees.map((item) => ({year: item.cover.year, tree: item}))
  const pages = renderSite({standards: [{slug, editions, diffs: [], lineage: lineage(trees)}]})
  return pages.get(`${slug}/${tree.cover.year}.html`) ?? ''
}

/** An edition as a PDF document; the figures are read beside the edition's file when it is a parsed file. */
export function renderPdf(edition: Parsed | Standard): Promise<Buffer> {
  return publishers.pdf.edition.make(editionInput(edition))
}

/**
 * An edition as a Word document (.docx), in the styles of the national
 * drafting tool's template; its PNG and JPEG figures, as the library reads
 * them (`loadEdition`), are read beside the edition's file.
 */
export function renderDocx(edition: Parsed | Standard): Promise<Uint8Array> {
  return publishers.docx.edition.make(editionInput(edition))
}

/**
 * An edition as standards XML in the NISO STS 1.2 interchange tag set with
 * MathML 3 (`<standard>` with its doctype), valid against the NISO STS DTD.
 */
export function renderSts(edition: Parsed | Standard): Promise<string> {
  return Promise.resolve(publishers.sts.edition.make({tree: treeOf(edition)}))
}

/**
 * A comparison as a Word document whose differences are tracked changes:
 * accepting them all gives the newer edition, rejecting them all the older.
 * Each edition's figures are read beside its file when it is a parsed file.
 */
export function renderComparisonDocx(comparison: StandardDiff, older: Parsed | Standard, newer: Parsed | Standard): Promise<Uint8Array> {
  return publishers.docx.comparison.make({diff: comparison, older: treeOf(older), newer: treeOf(newer), folder: folderOf(pathOf(newer)), olderFolder: folderOf(pathOf(older))})
}

/** A comparison as a redline PDF; the figures are read beside the newer edition's file when it is a parsed file. */
export function renderRedlinePdfOf(comparison: StandardDiff, newer: Parsed | Standard): Promise<Buffer> {
  const path = pathOf(newer)
  return publishers.pdf.comparison.make({name: '', diff: comparison, newer: treeOf(newer), path, folder: folderOf(path), links: []})
}
