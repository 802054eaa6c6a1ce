/**
 * A content-addressed cache of build outputs, so that rebuilding a library
 * after an edit redoes only what the edit touches. Each entry is keyed by a
 * hash of everything its bytes depend on: the sources it is made from (their
 * text and paths), the code that makes it (see `code.ts`), and the table of
 * the library's editions its links point to. A cached output is
 * therefore the same bytes the build would make.
 *
 * The cache is best effort: an entry that cannot be read or written is
 * simply made again. It is not trusted either: each entry carries a hash of
 * its key and bytes, and one that does not match them (damaged, or changed
 * by hand) is removed and made again. Entries are written aside and renamed into place, so a
 * stopped build never leaves half an entry. It keeps to a size limit, letting
 * the entries least recently used go first.
 */
import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** Hash of the given parts, in order. */
export function keyOf(...parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256')
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part
    hash.update(`${bytes.length}:`).update(bytes)
  }
  return hash.digest('hex')
}

/** The cache folder a build uses: `STDKIT_CACHE` (`0` or `off` for none), else `node_modules/.cache/stdkit` of the nearest folder with `node_modules`. */
export async function defaultCacheFolder(cwd: string): Promise<string | undefined> {
  const setting = process.env['STDKIT_CACHE']
  if (setting === '0' || setting === 'off' || setting === 'false') return undefined
  if (setting) return path.resolve(cwd, setting)
  let folder = path.resolve(cwd)
  for (;;) {
    const modules = path.join(folder, 'node_modules')
    if ((await stat(modules).catch(() => undefined))?.isDirectory()) return path.join(modules, '.cache', 'stdkit')
    const parent = path.dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}

/** How large the build cache may grow: `STDKIT_CACHE_LIMIT` (in MiB), else 512 MiB. */
export function cacheLimit(): number {
  const setting = Number(process.env['STDKIT_CACHE_LIMIT'])
  return (Number.isFinite(setting) && setting > 0 ? setting : 512) * 1024 * 1024
}

const day = 24 * 60 * 60 * 1000

/** The bytes of an entry's checksum, which come before its data. */
const checksumLength = 32

/** The checksum of an entry: a hash of its key and its data, so that an entry is good only under its own key. */
function checksum(key: string, data: Uint8Array): Buffer {
  return createHash('sha256').update(key).update(data).digest()
}

export class Cache {
  private readonly folder: string
  private readonly limit: number
  /** Bytes this process has written since it last trimmed the cache. */
  private written = 0

  constructor(folder: string, limit: number = cacheLimit()) {
    this.folder = folder
    this.limit = limit
  }

  private file(key: string): string {
    return path.join(this.folder, key.slice(0, 2), key)
  }

  async get(key: string): Promise<Buffer | undefined> {
    const file = this.file(key)
    const entry = await readFile(file).catch(() => undefined)
    if (entry === undefined) return undefined
    const data = entry.subarray(checksumLength)
    if (!entry.subarray(0, checksumLength).equals(checksum(key, data))) {
      await rm(file, {force: true}).catch(() => undefined)
      return undefined
    }
    // Used now: it is among the last entries to go when the cache is trimmed.
    await utimes(file, new Date(), new Date()).catch(() => undefined)
    return data
  }

  async set(key: string, data: string | Uint8Array): Promise<void> {
    const file = this.file(key)
    const aside = `${file}.${process.pid}.${Math.floor(performance.now() * 1000)}.tmp`
    const bytes = typeof data === 'string' ? Buffer.from(data) : data
    try {
      await mkdir(path.dirname(file), {recursive: true})
      await writeFile(aside, Buffer.concat([checksum(key, bytes), bytes]))
      await rename(aside, file)
      this.written += bytes.length
    } catch {
      await rm(aside, {force: true}).catch(() => undefined)
    }
  }

  /**
   * Keeps the cache under its limit: the entries least recently used go
   * first, down to four fifths of it, and so do entries a stopped build left
   * half-written. It looks once this process has written a tenth of the
   * limit, and otherwise once a day.
   */
  async trim(): Promise<void> {
    const stamp = path.join(this.folder, 'trimmed')
    const last = await stat(stamp).catch(() => undefined)
    if (this.written < this.limit / 10 && last !== undefined && Date.now() - last.mtimeMs < day) return
    this.written = 0
    const entries: Array<{file: string; size: number; used: number}> = []
    for (const shard of await readdir(this.folder, {withFileTypes: true}).catch(() => [])) {
      if (!shard.isDirectory()) continue
      const folder = path.join(this.folder, shard.name)
      for (const name of await readdir(folder).catch(() => [])) {
        const file = path.join(folder, name)
        const info = await stat(file).catch(() => undefined)
        if (!info) continue
        if (name.endsWith('.tmp')) {
          if (Date.now() - info.mtimeMs > day) await rm(file, {force: true}).catch(() => undefined)
          continue
        }
        entries.push({file, size: info.size, used: info.mtimeMs})
      }
    }
    let total = entries.reduce((sum, entry) => sum + entry.size, 0)
    if (total > this.limit) {
      for (const entry of entries.sort((a, b) => a.used - b.used)) {
        if (total <= this.limit * 0.8) break
        await rm(entry.file, {force: true}).catch(() => undefined)
        total -= entry.size
      }
    }
    await mkdir(this.folder, {recursive: true}).catch(() => undefined)
    await writeFile(stamp, '').catch(() => undefined)
  }
}
