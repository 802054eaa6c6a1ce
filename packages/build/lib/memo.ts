/**
 * What builds share: parsed editions, comparisons and outputs, each kept by a
 * hash of everything it is made from. A long-lived build (`stdkit build
 * --watch`, `stdkit serve`) holds them in memory, so an edit redoes only what
 * it touches; with the build cache, a new process starts from what the last
 * one left on disk. After each successful build, what it did not use is let
 * go, so a long session holds one build's worth.
 *
 * Trees are shared, never copied: the checker, the differ and the publishers
 * only read them (a test runs them all on frozen trees).
 */
import {deserialize, serialize} from 'node:v8'
import type {StandardDiff} from '@stdkit/diff'
import {imagesOf, type LibraryEdition} from '@stdkit/library'
import {parseStandard} from '@stdkit/parse'
import type {Standard} from '@stdkit/tree'
import type {VFile} from 'vfile'
import {Cache, defaultCacheFolder, keyOf} from './cache.js'
import {codeVersion} from './code.js'

/** A parser's message as kept with its tree: what `report` made it from. */
interface KeptMessage {
  reason: string
  place: VFile['messages'][number]['place']
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
}

/** A parsed source: its normalised text, its tree and the parser's messages. */
interface Parsed {
  value: string
  tree: Standard
  messages: Array<KeptMessage>
}

/** The code that makes trees, and comparisons of them. */
export const parser = ['@stdkit/library']
export const differ = [...parser, '@stdkit/diff']

/**
 * What an edition's images add to the keys of what is made from it: each
 * image's path and its content's SHA-256, in document order. Nothing for an
 * edition without images, so its keys are those it always had.
 */
export function imagesKey(tree: Standard): Array<string> {
  const parts: Array<string> = []
  for (const image of imagesOf(tree)) parts.push(`image ${image.url} ${image.file?.sha256 ?? ''}`)
  return parts
}

export class Memo {
  private readonly cache: Cache | undefined
  private readonly held = new Map<string, unknown>()
  private readonly used = new Set<string>()
  /** Hashes of the sources' texts, each computed once for all the keys a build makes of it. */
  private readonly digests = new Map<string, string>()

  /** `cache`: the build cache on disk, or none to keep everything in memory only. */
  constructor(cache?: Cache | undefined) {
    this.cache = cache
  }

  /** Key of what the code of the packages `code` makes from `parts`. */
  async key(code: ReadonlyArray<string>, ...parts: ReadonlyArray<string>): Promise<string> {
    // Code cannot change under a running process: only keys that reach the disk need its hash.
    return keyOf(this.cache ? await codeVersion(code) : '', ...parts)
  }

  /** A hash of a source's text, for keys: computed once a build, however many outputs the text goes into. */
  digest(text: string): string {
    let digest = this.digests.get(text)
    if (digest === undefined) {
      digest = keyOf(text)
      this.digests.set(text, digest)
    }
    return digest
  }

  /** The value kept under `key`, from memory or else from the disk. */
  async get<T>(key: string, decode: (bytes: Buffer) => T): Promise<T | undefined> {
    if (this.held.has(key)) {
      this.used.add(key)
      return this.held.get(key) as T
    }
    const bytes = await this.cache?.get(key)
    if (bytes === undefined) return undefined
    try {
      const value = decode(bytes)
      this.hold(key, value)
      return value
    } catch {
      // An unreadable entry is made again.
      return undefined
    }
  }

  /** Keeps `value` under `key`, in memory and, with a build cache, on disk. */
  async set<T>(key: string, value: T, encode: (value: T) => string | Uint8Array): Promise<void> {
    this.hold(key, value)
    if (this.cache) await this.cache.set(key, encode(value))
  }

  /** Lets go of what the last build did not use, and keeps the build cache to its size; call after a build that succeeded. */
  async prune(): Promise<void> {
    for (const key of this.held.keys()) if (!this.used.has(key)) this.held.delete(key)
    this.used.clear()
    this.digests.clear()
    await this.cache?.trim()
  }

  /**
   * Parses a source as `parseStandard` does, or takes the tree of the same
   * text from an earlier parse, giving the file the same text and messages.
   */
  async parse(file: VFile): Promise<Standard> {
    const key = await this.key(parser, 'tree', this.digest(String(file.value ?? '')))
    let parsed = await this.get(key, (bytes) => deserialize(bytes) as Parsed)
    if (parsed === undefined) {
      const before = file.messages.length
      const tree = parseStandard(file)
      const messages = file.messages.slice(before).map(({reason, place, ruleId, source, fatal}) => ({reason, place, ruleId, source, fatal}))
      parsed = {value: String(file.value), tree, messages}
      await this.set(key, parsed, serialize)
      return tree
    }
    file.value = parsed.value
    for (const {reason, place, ruleId, source, fatal} of parsed.messages) {
      file.message(reason, {place, ...(ruleId === undefined ? {} : {ruleId}), ...(source === undefined ? {} : {source})}).fatal = fatal
    }
    // A tree of its own for each file: its images' facts are set on it after (two files of one text, such as an edition
    // and its git revision, may have different figures), and the tree kept must not take them.
    return structuredClone(parsed.tree)
  }

  /** Key of the comparison of two editions: the texts of both, and their images' content. */
  diffKey(old: LibraryEdition, now: LibraryEdition): Promise<string> {
    return this.key(
      differ,
      'diff',
      old.source,
      this.digest(String(old.file.value)),
      ...imagesKey(old.tree),
      now.source,
      this.digest(String(now.file.value)),
      ...imagesKey(now.tree)
    )
  }

  /** Compares two editions, or takes the comparison of the same two texts made before. */
  async compare(old: LibraryEdition, now: LibraryEdition): Promise<StandardDiff> {
    const key = await this.diffKey(old, now)
    const kept = await this.get(key, (bytes) => deserialize(bytes) as StandardDiff)
    if (kept) return kept
    // The differ is loaded when a comparison is made: a command that only parses (`stdkit check`) goes without it.
    const {diffEditions} = await import('@stdkit/diff')
    const diff = diffEditions(old.tree, now.tree, {oldSource: old.source, newSource: now.source})
    await this.set(key, diff, serialize)
    return diff
  }

  private hold(key: string, value: unknown): void {
    this.held.set(key, value)
    this.used.add(key)
  }
}

/**
 * The memo of a command that reads editions outside a build (`stdkit check`,
 * `diff`, `history`): the trees and comparisons a build, or an earlier
 * command, made of the same texts come from the build cache, as a build takes
 * them, and those made here are kept there for the next. In memory only when
 * the cache is off.
 */
export async function commandMemo(cwd: string): Promise<Memo> {
  const folder = await defaultCacheFolder(cwd)
  return new Memo(folder === undefined ? undefined : new Cache(folder))
}
