/**
 * What a publisher is: an output format, and what it makes — a file for each
 * edition, for each comparison of two editions, for the whole library, and
 * pages made together for each standard. The build makes its jobs, their
 * cache keys and their threads from these descriptions alone.
 */
import type {StandardDiff} from '@stdkit/diff'
import type {Site, SiteStandard} from '@stdkit/html'
import type {CitableEdition, Standard} from '@stdkit/tree'
import type {VFile} from 'vfile'

/** One edition of the library, as links between outputs need it. */
export interface LinkEntry extends CitableEdition {
  slug: string
}

/** The library's editions, standard by standard. */
export type LinkTable = ReadonlyArray<ReadonlyArray<LinkEntry>>

/** The bytes of an output: text, or binary data. */
export type Output = string | Uint8Array

/** What an edition's file is made from: plain data, which the structured clone copies to a worker thread. */
export interface EditionInput {
  /** The file's name in the output (`q-zx-75.1861/2007.pdf`). */
  name: string
  tree: Standard
  /** The source's path relative to the library (`q-zx-75.1861/2007.md`). */
  source: string | undefined
  /** The source file's path, for messages. */
  path: string | undefined
  /** The folder the source is in, absolute: its images' paths are relative to it. */
  folder: string | undefined
  links: LinkTable
}

/** What a comparison's file is made from. */
export interface ComparisonInput {
  name: string
  diff: StandardDiff
  /** The newer edition's tree. */
  newer: Standard
  /** The older edition's tree. */
  older: Standard
  /** The newer edition's file path, for messages. */
  path: string | undefined
  /** The older edition's file path, for messages. */
  olderPath: string | undefined
  /** The folder of the editions' sources, absolute: their images' paths are relative to it. */
  folder: string | undefined
  /** The folder of the older edition's source, absolute, where it is not `folder`. */
  olderFolder?: string | undefined
  links: LinkTable
}

/** A file for each edition, or for each comparison. */
export interface Maker<Input> {
  /** The ending of its name (`.json`). */
  extension: string
  /** Whether it is text (kept as a string) rather than bytes. */
  text: boolean
  make: (input: Input) => Output | Promise<Output>
}

/** A file of the whole library. */
export interface LibraryFile {
  name: string
  text: boolean
  /** Whether it is made from the sources, rather than from the code alone. */
  sources: boolean
  make: (site: Site) => Output | Promise<Output>
}

/** A standard's pages, made together. */
export interface StandardPages {
  /** The pages' names, each with the years of the editions it shows. */
  names: (standard: SiteStandard) => ReadonlyArray<{name: string; years: ReadonlyArray<number>}>
  make: (site: Site, standard: SiteStandard) => ReadonlyMap<string, string>
}

export interface Publisher {
  /** The package of its code: its files and theirs it depends on are part of its outputs' cache keys. */
  package: string
  /** Whether its edition and comparison files may be made in worker threads. */
  threads: boolean
  /** Whether its files show the editions' images, which the build then copies beside them (`<standard>/<path>`). */
  images?: boolean | undefined
  /** `false`: made only when a build names the format, not in the build every format makes by default. */
  byDefault?: boolean | undefined
  /** Loads and warms its code in a worker thread, before the worker takes tasks. */
  warmUp?: (() => Promise<void>) | undefined
  /** The class of the errors it throws on purpose, with the file of their messages, made again from a worker thread's message. */
  error?: (new (message: string, file: VFile) => Error & {readonly file?: VFile | undefined}) | undefined
  edition?: Maker<EditionInput> | undefined
  comparison?: Maker<ComparisonInput> | undefined
  library?: ReadonlyArray<LibraryFile> | undefined
  standard?: StandardPages | undefined
}
