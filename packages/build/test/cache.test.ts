/** The build cache keeps to its size, the entries least recently used going first, and trusts no entry whose checksum fails. */
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {Cache, keyOf} from '../lib/cache.js'

const keys = ['a', 'b', 'c', 'd', 'e'].map((name) => keyOf(name))

/** Sets the time an entry was last used, in hours before now. */
function age(folder: string, key: string, hours: number): void {
  const time = new Date(Date.now() - hours * 3600_000)
  utimesSync(path.join(folder, key.slice(0, 2), key), time, time)
}

function entries(folder: string): Array<string> {
  return readdirSync(folder, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(path.join(folder, entry.name)))
    .sort()
}

describe('the build cache', () => {
  it('gives back what it was given', async () => {
    const cache = new Cache(mkdtempSync(path.join(tmpdir(), 'stdkit-cache-')))
    await cache.set(keyOf('x'), 'bytes')
    expect((await cache.get(keyOf('x')))?.toString()).toBe('bytes')
    expect(await cache.get(keyOf('y'))).toBeUndefined()
  })

  it('discards an entry whose bytes were changed, or that was put under another key, and gives nothing for it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-cache-'))
    const cache = new Cache(folder)
    const file = (key: string) => path.join(folder, key.slice(0, 2), key)
    await cache.set(keyOf('page'), '<p>text</p>')
    writeFileSync(file(keyOf('page')), readFileSync(file(keyOf('page')), 'utf8').replace('<p>', '<script>alert(1)</script><p>'))
    expect(await cache.get(keyOf('page'))).toBeUndefined()
    expect(existsSync(file(keyOf('page'))), 'the bad entry is removed').toBe(false)
    await cache.set(keyOf('json'), '{"a": 1}')
    mkdirSync(path.dirname(file(keyOf('other'))), {recursive: true})
    copyFileSync(file(keyOf('json')), file(keyOf('other')))
    expect(await cache.get(keyOf('other'))).toBeUndefined()
    expect((await cache.get(keyOf('json')))?.toString()).toBe('{"a": 1}')
  })

  it('once over its limit, lets the entries least recently used go, down to four fifths of it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-cache-'))
    const cache = new Cache(folder, 1000)
    for (const key of keys) await cache.set(key, 'x'.repeat(300))
    keys.forEach((key, index) => age(folder, key, 10 - index))
    // Reading the oldest makes it the most recently used.
    expect(await cache.get(keys[0] as string)).toBeDefined()
    await cache.trim()
    expect(entries(folder)).toEqual([keys[0], keys[4]].sort())
    expect(existsSync(path.join(folder, 'trimmed'))).toBe(true)
  })

  it('keeps everything under its limit, and clears what a stopped build left half-written', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-cache-'))
    const cache = new Cache(folder, 1000)
    for (const key of keys.slice(0, 3)) await cache.set(key, 'x'.repeat(300))
    const shard = path.join(folder, 'ff')
    mkdirSync(shard, {recursive: true})
    writeFileSync(path.join(shard, 'ff00.1.2.tmp'), 'half')
    const old = new Date(Date.now() - 48 * 3600_000)
    utimesSync(path.join(shard, 'ff00.1.2.tmp'), old, old)
    await cache.trim()
    expect(entries(folder)).toEqual(keys.slice(0, 3).sort())
  })

  it('looks again only after writing a tenth of its limit, or a day after it last looked', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-cache-'))
    const cache = new Cache(folder, 1000)
    await cache.trim()
    await cache.set(keys[0] as string, 'x'.repeat(40))
    await cache.set(keys[1] as string, 'x'.repeat(40))
    // Over the limit by other means (another process), but this one wrote little since it looked.
    writeFileSync(path.join(folder, (keys[0] as string).slice(0, 2), keys[0] as string), 'x'.repeat(2000))
    await cache.trim()
    expect(entries(folder)).toHaveLength(2)
    const yesterday = new Date(Date.now() - 25 * 3600_000)
    utimesSync(path.join(folder, 'trimmed'), yesterday, yesterday)
    await cache.trim()
    expect(entries(folder)).toEqual([keys[1]])
  })
})
