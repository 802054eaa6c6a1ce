/**
 * File systems in hostile shapes: symbolic links to the sources, FIFOs named
 * like editions, full and read-only disks, an output folder under a file or at
 * the root, folder names with spaces, `#`, `?`, `%`, Chinese or a URL scheme,
 * and builds racing into one output folder. Each build either succeeds with
 * every file in its place, or says why in a line and exits non-zero, with the
 * sources and the previous output as they were.
 *
 * Full and read-only disks are tmpfs mounts, which need root (a chmod does not
 * stop root); where mounting is not permitted those tests are skipped with a
 * notice, except in CI, where that is a failure.
 */
import {execFileSync, spawn} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {copyLibrary, digestFolder, repository, stdkit} from './support.js'

const bin = path.join(repository, 'packages/cli/bin/stdkit.js')
const made: Array<string> = []
const mounted: Array<string> = []

afterAll(() => {
  for (const point of mounted) execFileSync('umount', ['-l', point])
  for (const folder of made) rmSync(folder, {recursive: true, force: true})
})

function scratch(): string {
  const folder = copyLibrary('stdkit-fs-')
  made.push(folder)
  return folder
}

function listing(folder: string): Array<string> {
  return (readdirSync(folder, {recursive: true, encoding: 'utf8'}) as Array<string>).sort()
}

/** An answer in words: no stack trace, no unexpected failure. */
function clear(stderr: string): void {
  expect(stderr).not.toMatch(/unexpected failure/u)
  expect(stderr).not.toMatch(/^\s+at /mu)
}

/** Mounts a tmpfs of `size` at `folder`; false (with a notice) where mounting is not permitted, outside CI. */
function mountTmpfs(folder: string, size: string): boolean {
  mkdirSync(folder, {recursive: true})
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', folder], {stdio: 'pipe'})
  } catch (error) {
    if (process.env.CI) throw error
    console.warn(`skipped: cannot mount a tmpfs at ${folder} (needs root): ${String(error)}`)
    return false
  }
  mounted.push(folder)
  return true
}

/** Writes to `file` until the disk is full. */
function fill(file: string): void {
  const chunk = Buffer.alloc(64 * 1024, 120)
  try {
    for (;;) writeFileSync(file, chunk, {flag: 'a'})
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC')
  }
}

describe('symbolic links', () => {
  it('never lead a build to replace the sources: --out through a link to the working folder', async () => {
    const folder = scratch()
    symlinkSync('.', path.join(folder, 'here'))
    const before = digestFolder(path.join(folder, 'standards'))
    const result = await stdkit(['build', 'standards', '--out', 'here/standards'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('stdkit: refusing to use here/standards as the output folder: it would replace the sources in standards\n')
    expect(digestFolder(path.join(folder, 'standards'))).toBe(before)
  })

  it('name the same sources: a root through a link is refused as --out, and builds as the sources it links to', async () => {
    const folder = scratch()
    symlinkSync('standards', path.join(folder, 'src'))
    const refused = await stdkit(['build', 'src', '--out', 'standards'], folder)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/^stdkit: refusing to use standards as the output folder: it would replace the sources in src\n$/u)
    const built = await stdkit(['build', 'src', '--out', 'out', '--format', 'json'], folder)
    expect(built.code, built.stderr).toBe(0)
    expect(existsSync(path.join(folder, 'out/q-zx-75.1861/2007.json'))).toBe(true)
  })
})

describe('a source that is not a regular file', () => {
  it('is reported at its path, never opened: a FIFO named 2006.md does not hang the build', async () => {
    const folder = scratch()
    const fifo = path.join(folder, 'standards/q-zx-75.1760/2006.md')
    rmSync(fifo)
    execFileSync('mkfifo', [fifo])
    const result = await stdkit(['build', 'standards', '--out', 'out', '--format', 'json'], folder)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^standards\/q-zx-75\.1760\/2006\.md$/mu)
    expect(result.stderr).toMatch(/^\s*1:1\s+error\s+Cannot read the file: it is a named pipe \(FIFO\), expected a Markdown file\s+unreadable/mu)
    clear(result.stderr)
    expect(existsSync(path.join(folder, 'out'))).toBe(false)
  }, 60_000)
})

describe('the output folder', () => {
  it('is refused under a file, at the root of the file system, or where the site has a page', async () => {
    const folder = scratch()
    writeFileSync(path.join(folder, 'notes.txt'), 'mine')
    const under = await stdkit(['build', 'standards', '--out', 'notes.txt/out'], folder)
    expect(under).toMatchObject({code: 2, stderr: 'stdkit: refusing to use notes.txt/out as the output folder: notes.txt is a file, not a folder\n'})
    const root = await stdkit(['build', 'standards', '--out', '/'], folder)
    expect(root).toMatchObject({code: 2, stderr: 'stdkit: refusing to use / as the output folder: it is the root of the file system\n'})
    cpSync(path.join(folder, 'standards/q-zx-75.1760'), path.join(folder, 'standards/index.html'), {recursive: true})
    const page = await stdkit(['build', 'standards', '--out', 'out', '--format', 'json,html'], folder)
    expect(page).toMatchObject({code: 2, stderr: 'stdkit: The standard folder index.html is named like the output index.html of the site: rename the folder\n'})
    expect(readFileSync(path.join(folder, 'notes.txt'), 'utf8')).toBe('mine')
    expect(readdirSync(folder).sort()).toEqual(['notes.txt', 'standards'])
  }, 60_000)

  it('is not replaced when it is a file or a folder stdkit did not make, unless --force', async () => {
    const folder = scratch()
    writeFileSync(path.join(folder, 'site'), 'mine')
    mkdirSync(path.join(folder, 'photos'))
    writeFileSync(path.join(folder, 'photos/cat.jpg'), 'mine')
    const file = await stdkit(['build', 'standards', '--out', 'site', '--format', 'json'], folder)
    expect(file).toMatchObject({code: 2, stderr: 'stdkit: refusing to replace site: it is a file, not an output folder (--force replaces it)\n'})
    const photos = await stdkit(['build', 'standards', '--out', 'photos', '--format', 'json'], folder)
    expect(photos).toMatchObject({code: 2, stderr: 'stdkit: refusing to replace photos: stdkit did not make this folder, it has no .stdkit-out (--force replaces it)\n'})
    expect(readFileSync(path.join(folder, 'site'), 'utf8')).toBe('mine')
    expect(readFileSync(path.join(folder, 'photos/cat.jpg'), 'utf8')).toBe('mine')
    const forced = await stdkit(['build', 'standards', '--out', 'photos', '--format', 'json', '--force'], folder)
    expect(forced.code, forced.stderr).toBe(0)
    expect(existsSync(path.join(folder, 'photos/cat.jpg'))).toBe(false)
    // What stdkit made it replaces without asking.
    expect((await stdkit(['build', 'standards', '--out', 'photos', '--format', 'json'], folder)).code).toBe(0)
  }, 60_000)

  it('is not emptied by a --format that names no format', async () => {
    const folder = scratch()
    expect((await stdkit(['build', 'standards', '--format', 'json'], folder)).code).toBe(0)
    const before = digestFolder(path.join(folder, 'out'))
    const result = await stdkit(['build', 'standards', '--format', ''], folder)
    expect(result).toMatchObject({code: 2, stderr: 'stdkit: Expected a value for --format, not an empty one\n'})
    expect(digestFolder(path.join(folder, 'out'))).toBe(before)
  }, 60_000)
})

describe('a disk that cannot be written', () => {
  it('when full, fails the build with a message and leaves the output as it was', async (context) => {
    const folder = scratch()
    const disk = path.join(folder, 'disk')
    if (!mountTmpfs(disk, '8m')) return context.skip()
    const out = path.join(disk, 'out')
    expect((await stdkit(['build', 'standards', '--out', out, '--format', 'json'], folder)).code).toBe(0)
    const before = digestFolder(out)
    // Full but for a little: enough to begin writing, not to finish.
    fill(path.join(disk, 'filler'))
    truncateSync(path.join(disk, 'filler'), statSync(path.join(disk, 'filler')).size - 256 * 1024)
    const result = await stdkit(['build', 'standards', '--out', out, '--format', 'json,html'], folder)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^stdkit: cannot write .*disk\/out: no space left on device \(ENOSPC\)\n$/u)
    expect(digestFolder(out)).toBe(before)
    expect(readdirSync(disk).sort()).toEqual(['filler', 'out'])
    // With no room at all, not even for the lock.
    fill(path.join(disk, 'filler'))
    const full = await stdkit(['build', 'standards', '--out', out, '--format', 'json'], folder)
    expect(full.code).toBe(1)
    expect(full.stderr).toMatch(/^stdkit: cannot write .*disk\/out: no space left on device \(ENOSPC\)\n$/u)
    expect(digestFolder(out)).toBe(before)
    expect(readdirSync(disk).sort()).toEqual(['filler', 'out'])
  }, 120_000)

  it('when read-only, fails the build with a message and leaves the output as it was', async (context) => {
    const folder = scratch()
    const disk = path.join(folder, 'disk')
    if (!mountTmpfs(disk, '16m')) return context.skip()
    const out = path.join(disk, 'out')
    expect((await stdkit(['build', 'standards', '--out', out, '--format', 'json'], folder)).code).toBe(0)
    const before = digestFolder(out)
    execFileSync('mount', ['-o', 'remount,ro', disk])
    const result = await stdkit(['build', 'standards', '--out', out, '--format', 'json'], folder)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^stdkit: cannot write .*disk\/out: read-only file system \(EROFS\)\n$/u)
    expect(digestFolder(out)).toBe(before)
  }, 120_000)
})

describe('folder names', () => {
  it('with spaces, #, ?, %, Chinese or a URL scheme build, every file in its place and every link to it', async () => {
    const folder = scratch()
    const names = ['q zx 1', 'q#1', 'q?1', 'q%201', '企业标准', 'javascript:alert(1)']
    for (const name of names) cpSync(path.join(folder, 'standards/q-zx-75.1760'), path.join(folder, 'standards', name), {recursive: true})
    const sources = listing(path.join(folder, 'standards'))
    const result = await stdkit(['build', 'standards', '--out', 'out', '--format', 'json,html'], folder)
    expect(result.code, result.stderr).toBe(0)
    expect(readdirSync(folder).sort()).toEqual(['out', 'standards'])
    expect(listing(path.join(folder, 'standards'))).toEqual(sources)
    const published = readdirSync(path.join(folder, 'out')).sort()
    for (const name of names) {
      expect(published).toContain(name)
      expect(readdirSync(path.join(folder, 'out', name)).sort()).toEqual(['2006.html', '2006.json'])
      const json = JSON.parse(readFileSync(path.join(folder, 'out', name, '2006.json'), 'utf8')) as {source?: string}
      expect(json.source).toBe(`${name}/2006.md`)
    }
    // Every link of the site leads to a page that is there: a name is a path, never a fragment, a query or a scheme.
    for (const page of [...names.map((name) => `${name}/2006.html`), 'index.html']) {
      const links = [...readFileSync(path.join(folder, 'out', page), 'utf8').matchAll(/href="([^"#]+)(?:#[^"]*)?"/gu)].map((match) => match[1] ?? '')
      expect(links.length, page).toBeGreaterThan(0)
      for (const link of links) {
        expect(link, page).not.toMatch(/^[a-z][a-z0-9+.-]*:/iu)
        expect(existsSync(path.join(folder, 'out', path.dirname(page), decodeURIComponent(link))), `${page} links to ${link}`).toBe(true)
      }
    }
  }, 120_000)
})

/** Runs the compiled CLI in a new process; resolves to its exit code and what it printed on stderr. */
function spawnBuild(cwd: string, args: ReadonlyArray<string>): Promise<{code: number | null; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'build', ...args], {cwd, stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, CI: 'true', STDKIT_CACHE: '0'}})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => resolve({code, stderr}))
  })
}

describe('builds into one output folder at once', () => {
  it('each succeed or refuse in a line, and leave the output of one whole build', async () => {
    expect(existsSync(path.join(repository, 'packages/cli/dist/index.js')), 'run `npx tsc -b` first').toBe(true)
    const folder = scratch()
    const args = ['standards', '--out', 'out', '--format', 'json,html']
    const results = await Promise.all([1, 2, 3, 4].map(() => spawnBuild(folder, args)))
    for (const result of results) {
      clear(result.stderr)
      if (result.code !== 0) expect(result.stderr).toMatch(/^stdkit: cannot write out: another build \(process \d+\) is writing to it; try again once it is done\n$/u)
    }
    expect(results.some((result) => result.code === 0)).toBe(true)
    expect((await spawnBuild(folder, ['standards', '--out', 'single', '--format', 'json,html'])).code).toBe(0)
    expect(digestFolder(path.join(folder, 'out'))).toBe(digestFolder(path.join(folder, 'single')))
    expect(readdirSync(folder).sort()).toEqual(['out', 'single', 'standards'])
  }, 300_000)
})
