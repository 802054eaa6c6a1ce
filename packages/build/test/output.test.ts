/**
 * The output folder is replaced whole, so the build guards it: it never
 * replaces the sources or the working folder, however they are spelled; it
 * replaces only what an earlier build made, unless forced; builds writing to
 * one folder take turns; and a build that cannot write says so, leaving the
 * output as it was.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {build, Builder, BuildError, OutputError, replaceFolder} from '@stdkit/build'
import {naming, outputMarker, writeAtomically} from '../lib/output.js'
import {copyEditions} from '../../../test/library.js'
import {useLanguage} from '@stdkit/messages'

// These tests read the English of its refusals; the CLI's tests hear their Chinese.
useLanguage('en')

/** A scratch folder with a copy of the library: `standards/`. */
function workspace(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-output-'))
  return copyEditions(folder)
}

function listing(folder: string): Array<string> {
  return (readdirSync(folder, {recursive: true, encoding: 'utf8'}) as Array<string>).sort()
}

/** The id of a process that has ended. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid as number

const json = {formats: ['json']} as const

describe('the output folder', () => {
  it('is never the sources, inside them or around them, even through a symbolic link', async () => {
    const folder = workspace()
    symlinkSync('.', path.join(folder, 'here'))
    symlinkSync('standards', path.join(folder, 'sources'))
    const before = listing(path.join(folder, 'standards'))
    for (const out of ['here/standards', 'sources', 'here/standards/q-zx-75.1861/new', 'sources/../standards']) {
      await expect(build('standards', out, {cwd: folder, ...json}), out).rejects.toThrow(/^refusing to use .* as the output folder: it (would replace|lies inside) the sources/u)
    }
    // The sources through a link are the same sources.
    await expect(build('sources', 'standards', {cwd: folder, ...json})).rejects.toThrow(BuildError)
    const builder = new Builder('standards', 'here/standards', {cwd: folder, ...json})
    await expect(builder.run()).rejects.toThrow(/would replace the sources in standards/u)
    expect(listing(path.join(folder, 'standards'))).toEqual(before)
    // Through a link to the sources' folder, a build reads them as they are.
    expect((await build('sources', 'out', {cwd: folder, ...json})).written).toContain('q-zx-75.1861/2007.json')
  }, 60_000)

  it('is never the working folder, one around it, or the root of the file system', async () => {
    const folder = workspace()
    symlinkSync('.', path.join(folder, 'here'))
    for (const [out, why] of [['here', 'working folder'], ['..', 'working folder'], ['/', 'root of the file system']] as const) {
      await expect(build('standards', out, {cwd: folder, ...json, force: true}), out).rejects.toThrow(why)
    }
    // Inside a file it cannot be either.
    writeFileSync(path.join(folder, 'notes'), 'text')
    await expect(build('standards', 'notes/out', {cwd: folder, ...json})).rejects.toThrow('refusing to use notes/out as the output folder: notes is a file, not a folder')
    expect(readFileSync(path.join(folder, 'notes'), 'utf8')).toBe('text')
  }, 60_000)

  it('replaces only what an earlier build made, or an empty folder, unless forced', async () => {
    const folder = workspace()
    writeFileSync(path.join(folder, 'file'), 'mine')
    mkdirSync(path.join(folder, 'photos'))
    writeFileSync(path.join(folder, 'photos/cat.jpg'), 'mine')
    mkdirSync(path.join(folder, 'empty'))
    await expect(build('standards', 'file', {cwd: folder, ...json})).rejects.toThrow('refusing to replace file: it is a file, not an output folder (--force replaces it)')
    await expect(build('standards', 'photos', {cwd: folder, ...json})).rejects.toThrow(`refusing to replace photos: stdkit did not make this folder, it has no ${outputMarker}`)
    expect(readFileSync(path.join(folder, 'file'), 'utf8')).toBe('mine')
    expect(listing(path.join(folder, 'photos'))).toEqual(['cat.jpg'])
    // An empty folder, or one an earlier build made, is the build's to replace.
    await build('standards', 'empty', {cwd: folder, ...json})
    expect(listing(path.join(folder, 'empty'))).toContain(outputMarker)
    await build('standards', 'empty', {cwd: folder, ...json})
    // Forced, it replaces anything.
    await build('standards', 'photos', {cwd: folder, ...json, force: true})
    expect(listing(path.join(folder, 'photos'))).not.toContain('cat.jpg')
    await build('standards', 'file', {cwd: folder, ...json, force: true})
    expect(listing(path.join(folder, 'file'))).toContain('q-zx-75.1861')
  }, 60_000)

  it('is replaced without --force when an earlier build made it before outputs carried the marker', async () => {
    const folder = workspace()
    await build('standards', 'out', {cwd: folder, ...json, formats: ['json', 'html']})
    renameSync(path.join(folder, 'out', outputMarker), path.join(folder, 'kept'))
    await build('standards', 'out', {cwd: folder, ...json})
    expect(listing(path.join(folder, 'out'))).toContain(outputMarker)
    // So is one of a build from before the schemas had URLs, whose schema's `$id` was a URN.
    mkdirSync(path.join(folder, 'older/schema'), {recursive: true})
    writeFileSync(path.join(folder, 'older/index.html'), '<!doctype html>')
    writeFileSync(path.join(folder, 'older/schema/standard.schema.json'), '{\n  "$id": "urn:stdkit:schema:standard:1",\n  "title": "stdkit standard tree",\n  "$schema": "http://json-schema.org/draft-07/schema#"\n}\n')
    await build('standards', 'older', {cwd: folder, ...json})
    expect(listing(path.join(folder, 'older'))).toContain(outputMarker)
    // A site of someone else's, with an index but not stdkit's schema, is still refused.
    mkdirSync(path.join(folder, 'site/schema'), {recursive: true})
    writeFileSync(path.join(folder, 'site/index.html'), '<!doctype html>')
    writeFileSync(path.join(folder, 'site/schema/standard.schema.json'), '{"$id": "https://example.org/schema"}')
    await expect(build('standards', 'site', {cwd: folder, ...json})).rejects.toThrow('stdkit did not make this folder')
    // Nor does a schema that only names stdkit's URL in passing, or is no JSON, make it stdkit's.
    writeFileSync(path.join(folder, 'site/schema/standard.schema.json'), '{"$id": "https://example.org/s", "see": "https://cdn.jsdelivr.net/npm/@stdkit/tree/schema/v1/standard.schema.json"}')
    await expect(build('standards', 'site', {cwd: folder, ...json})).rejects.toThrow('stdkit did not make this folder')
    writeFileSync(path.join(folder, 'site/schema/standard.schema.json'), '{"$id": "urn:stdkit:schema:standard:1"')
    await expect(build('standards', 'site', {cwd: folder, ...json})).rejects.toThrow('stdkit did not make this folder')
  }, 60_000)

  it('is not emptied by a build that publishes no format', async () => {
    const folder = workspace()
    await build('standards', 'out', {cwd: folder, ...json})
    const before = listing(path.join(folder, 'out'))
    await expect(build('standards', 'out', {cwd: folder, formats: []})).rejects.toThrow('No format chosen, expected one or more of json, html, pdf')
    expect(listing(path.join(folder, 'out'))).toEqual(before)
  }, 60_000)

  it('holds no standard folder named like a file of the site', async () => {
    const folder = workspace()
    renameSync(path.join(folder, 'standards/q-zx-75.1760'), path.join(folder, 'standards/index.html'))
    await expect(build('standards', 'out', {cwd: folder, formats: ['json', 'html']})).rejects.toThrow(
      'The standard folder index.html is named like the output index.html of the site: rename the folder'
    )
    expect(existsSync(path.join(folder, 'out'))).toBe(false)
  }, 60_000)
})

describe('builds writing to one folder', () => {
  it('take turns: a build waits for the lock of a running one, and refuses when it is not let go in time', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'stdkit-lock-'))
    // Held by a process that is running: this one.
    writeFileSync(path.join(parent, '.out-out.lock'), `${process.pid} other\n`)
    const refused = replaceFolder(path.join(parent, 'out'), new Map([['a.json', 'new']]), {wait: 0})
    await expect(refused).rejects.toThrow(OutputError)
    await expect(refused).rejects.toMatchObject({code: 'EBUSY', path: path.join(parent, '.out-out.lock')})
    expect(existsSync(path.join(parent, 'out'))).toBe(false)
  })

  it('take over the lock a build that is gone left, or one that names no process', async () => {
    for (const stale of [`${deadPid()} gone\n`, '']) {
      const parent = mkdtempSync(path.join(tmpdir(), 'stdkit-lock-'))
      writeFileSync(path.join(parent, '.out-out.lock'), stale)
      await replaceFolder(path.join(parent, 'out'), new Map([['a.json', 'new']]), {wait: 0})
      expect(readdirSync(parent)).toEqual(['out'])
      expect(listing(path.join(parent, 'out'))).toEqual([outputMarker, 'a.json'])
    }
  })

  it('clear only their own staging folders and those of builds that are gone', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'stdkit-lock-'))
    const running = `.out-out-new-${process.ppid}-1`
    mkdirSync(path.join(parent, running))
    mkdirSync(path.join(parent, `.out-out-new-${deadPid()}-1`))
    await replaceFolder(path.join(parent, 'out'), new Map([['a.json', 'new']]))
    expect(readdirSync(parent).sort()).toEqual([running, 'out'])
  })

  it('all complete, each replacing the folder whole', async () => {
    const folder = workspace()
    const results = await Promise.all([1, 2, 3, 4].map(() => build('standards', 'out', {cwd: folder, ...json})))
    expect(listing(path.join(folder, 'out'))).toEqual([...(results[0]?.written ?? []), outputMarker, 'q-zx-75.1760', 'q-zx-75.1861', 'q-zx-75.1861/diff', 'schema', 't-zxbz-12.1', 't-zxbz-12.1/diff', 't-zxbz-12.2'].sort())
    expect(readdirSync(folder).sort()).toEqual(['out', 'standards'])
  }, 60_000)
})

describe('a build that cannot write', () => {
  it('throws an error that names the output and carries the code and path of the failure', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'stdkit-fail-'))
    // A file where a folder of the output goes: the write fails inside the staging folder.
    const files = new Map([['a', 'file'], ['a/b.json', 'under a file']])
    const failed = replaceFolder(path.join(parent, 'out'), files, {cwd: parent})
    await expect(failed).rejects.toThrow(/^cannot write out: .* \((ENOTDIR|EEXIST)\)$/u)
    await expect(failed).rejects.toMatchObject({path: expect.stringContaining(parent)})
    expect(readdirSync(parent)).toEqual([])
  })
})

describe('a file written in one step', () => {
  it('replaces the file whole, leaving nothing aside', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-write-'))
    const file = path.join(folder, 'q/2008.md')
    await writeAtomically(file, 'first\n')
    await writeAtomically(file, 'second\n')
    expect(readFileSync(file, 'utf8')).toBe('second\n')
    expect(listing(folder)).toEqual(['q', 'q/2008.md'])
  })

  it('names the file a writer meant where the system does not', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC', errno: -28, syscall: 'write'})
    expect(naming(full, 'standards/q-zx-75.1861/2008.md')).toMatchObject({code: 'ENOSPC', path: 'standards/q-zx-75.1861/2008.md'})
  })
})
