/**
 * The registry of publishers: every output format, one entry each. The
 * build's jobs, their cache keys, the worker threads, the command's
 * `--format` choices and the API's renderers all read it, so a new format is
 * a package (named among this package's dependencies) and one entry here.
 * The typesetter is heavy: it is loaded when the first PDF is made; so is
 * the Word writer, when the first .docx is made, and the NISO STS writer
 * (with MathJax) when the first standards XML is made. A publisher with
 * `byDefault: false` would be made only when a build names its format
 * (every one is made by default now).
 */
import {readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {checkSchemaFileName, checkSchemaPath} from '@stdkit/check'
import {diffSchemaFileName, diffSchemaPath, historySchemaFileName, historySchemaPath, toDiffJson} from '@stdkit/diff'
import {paths, renderIndex, renderSearchIndex, renderSearchScript, renderStandard} from '@stdkit/html'
import {toJson} from '@stdkit/json'
import {PdfError} from '@stdkit/pdf/error'
import {schemaFileName, schemaPath} from '@stdkit/tree'
import {messages} from '@stdkit/messages'
import {linkFrom} from './links.js'
import type {ComparisonInput, EditionInput, Output, Publisher} from './publisher.js'

/** Reads an image by its path relative to the source, from the source's folder; undefined when it cannot be read, for the writer to name. */
const beside = (folder: string | undefined) => (url: string): Uint8Array | undefined => {
  if (folder === undefined) return undefined
  try {
    return new Uint8Array(readFileSync(join(folder, ...url.split('/'))))
  } catch {
    return undefined
  }
}

/** Reads a Word file's image by its path relative to the source, from the source's folder. */
const wordImages = (folder: string | undefined): {readImage?: (url: string) => Promise<Uint8Array>} =>
  folder === undefined ? {} : {readImage: async (url) => new Uint8Array(await readFile(join(folder, ...url.split('/'))))}

const schema = (name: string, file: string) => ({name: `schema/${name}`, text: true, sources: false, make: () => readFile(file, 'utf8')})

/** The editions' JSON schema in the output, which the edition pages link to. */
export const editionSchema = `schema/${schemaFileName}`

export const publishers = {
  json: {
    package: '@stdkit/json',
    threads: false,
    // In the output the documents point to the schemas beside them, by relative URLs that work offline; the API gives a schema's absolute URL.
    edition: {extension: '.json', text: true, make: ({tree, source, schemaUrl}: Pick<EditionInput, 'tree' | 'source'> & {schemaUrl?: string}) => toJson(tree, {source, schemaUrl})},
    comparison: {extension: '.json', text: true, make: ({diff, schemaUrl}: Pick<ComparisonInput, 'diff'> & {schemaUrl?: string}) => toDiffJson(diff, schemaUrl)},
    // The schemas of what `stdkit check` and `stdkit history` print are published too, for the tools that read them.
    library: [schema(schemaFileName, schemaPath), schema(diffSchemaFileName, diffSchemaPath), schema(historySchemaFileName, historySchemaPath), schema(checkSchemaFileName, checkSchemaPath)]
  },
  html: {
    package: '@stdkit/html',
    threads: false,
    images: true,
    library: [
      {name: paths.index, text: true, sources: true, make: renderIndex},
      {name: paths.searchEngine, text: true, sources: false, make: renderSearchScript},
      {name: paths.searchIndex, text: true, sources: true, make: renderSearchIndex}
    ],
    standard: {
      names: ({slug, editions, diffs}) => [
        ...editions.map((edition) => ({name: paths.edition(slug, edition.year), years: [edition.year]})),
        ...diffs.map((pair) => ({name: paths.diff(slug, pair.old, pair.new), years: [pair.old, pair.new]}))
      ],
      make: renderStandard
    }
  },
  pdf: {
    package: '@stdkit/pdf',
    threads: true,
    warmUp: async () => (await import('@stdkit/pdf')).warmUp(),
    error: PdfError,
    edition: {
      extension: '.pdf',
      text: false,
      make: async ({name, tree, path, folder, links}) => (await import('@stdkit/pdf')).renderEditionPdf(tree, {path, readImage: beside(folder), standardLink: linkFrom(links, name)})
    },
    comparison: {
      extension: '.pdf',
      text: false,
      make: async ({name, diff, newer, path, folder, links}: Pick<ComparisonInput, 'name' | 'diff' | 'newer' | 'path' | 'folder' | 'links'>) =>
        (await import('@stdkit/pdf')).renderRedlinePdf(diff, newer, {path, readImage: beside(folder), standardLink: linkFrom(links, name)})
    }
  },
  docx: {
    package: '@stdkit/docx',
    threads: false,
    edition: {
      extension: '.docx',
      text: false,
      make: async ({tree, folder}: Pick<EditionInput, 'tree' | 'folder'>) => (await import('@stdkit/docx')).renderDocx(tree, wordImages(folder))
    },
    comparison: {
      extension: '.docx',
      text: false,
      make: async ({diff, older, newer, folder, olderFolder}: Pick<ComparisonInput, 'diff' | 'older' | 'newer' | 'folder' | 'olderFolder'>) =>
        (await import('@stdkit/docx')).renderComparisonDocx({diff, older, newer}, {...wordImages(folder), readOlderImage: wordImages(olderFolder ?? folder).readImage})
    }
  },
  sts: {
    package: '@stdkit/sts',
    threads: false,
    // Its figures' `graphic` elements link the image files, which are copied beside it.
    images: true,
    edition: {extension: '.sts.xml', text: true, make: async ({tree}: Pick<EditionInput, 'tree'>) => (await import('@stdkit/sts')).renderSts(tree)}
  }
} satisfies Record<string, Publisher>

/** The formats a build can publish: the registry's names. */
export type Format = keyof typeof publishers

export const formats = Object.keys(publishers) as ReadonlyArray<Format>

/** The formats a build publishes when none is named: every one but those made only on request. */
export const defaultFormats = formats.filter((format) => (publishers[format] as Publisher).byDefault !== false)

/** An output to make: a publisher's file of an edition or of a comparison. */
export type Task = {format: Format; kind: 'edition'; input: EditionInput} | {format: Format; kind: 'comparison'; input: ComparisonInput}

/** Makes one output, in whichever thread runs it. */
export async function render(task: Task): Promise<Output> {
  const publisher: Publisher = publishers[task.format]
  const maker = task.kind === 'edition' ? publisher.edition : publisher.comparison
  if (!maker) throw new Error(messages().building.noMaker({format: task.format, comparison: task.kind !== 'edition'}))
  return maker.make(task.input as EditionInput & ComparisonInput)
}
