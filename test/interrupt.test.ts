/**
 * Safe outputs: a build killed while it writes leaves the previous output
 * complete and unchanged; no output path comes from a document's content, and
 * a name built to escape the output folder is refused or contained; no output
 * holds an absolute path of the machine that built it.
 */
import {spawn} from 'node:child_process'
import {existsSync, renameSync, rmSync, readdirSync, readFileSync, watch, writeFileSync} from 'node:fs'
import {homedir, tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {copyLibrary, digestFolder, repository, stdkit} from './support.js'

const bin = path.join(repository, 'packages/cli/bin/stdkit.js')

const made: Array<string> = []
afterAll(() => {
  for (const folder of made) rmSync(folder, {recursive: true, force: true})
})

function scratch(): string {
  const folder = copyLibrary('stdkit-safe-')
  made.push(folder)
  return folder
}

function listing(folder: string): Array<string> {
  return (readdirSync(folder, {recursive: true, encoding: 'utf8'}) as Array<string>).sort()
}

const digest = digestFolder

/** Runs the compiled CLI and kills it with SIGKILL as soon as its staging folder appears; resolves to whether it was caught writing. */
function killWhileWriting(cwd: string, out: string): Promise<{caught: boolean; signal: NodeJS.Signals | null}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'build', 'standards', '--out', out], {cwd, stdio: 'ignore', env: {...process.env, CI: 'true'}})
    let caught = false
    const parent = path.dirname(out)
    const watcher = watch(parent, (_event, name) => {
      if (!caught && typeof name === 'string' && name.startsWith(`.out-${path.basename(out)}-new-`)) {
        caught = true
        child.kill('SIGKILL')
      }
    })
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      watcher.close()
      resolve({caught: caught && signal === 'SIGKILL', signal})
    })
  })
}

describe('a build killed while it writes', () => {
  it('leaves the previous output complete and unchanged', async () => {
    expect(existsSync(path.join(repository, 'packages/cli/dist/index.js')), 'run `npx tsc -b` first').toBe(true)
    const folder = scratch()
    const out = path.join(folder, 'out')
    expect((await stdkit(['build', 'standards', '--out', out], folder)).code).toBe(0)
    const before = digest(out)
    const files = listing(out)
    // A change, so that a build that did complete would be seen.
    const source = path.join(folder, 'standards/q-zx-75.1861/2007.md')
    writeFileSync(source, readFileSync(source, 'utf8').replace('仪表举止端庄', '仪表举止大方端庄'))

    let caught = 0
    for (let attempt = 0; attempt < 5 && caught === 0; attempt++) {
      const result = await killWhileWriting(folder, out)
      if (!result.caught) {
        // Finished before the kill landed: the new output is there, whole. Start again from the old one.
        expect(result.signal).toBeNull()
        expect((await stdkit(['build', 'standards', '--out', out], folder)).code).toBe(0)
        continue
      }
      caught++
      expect(existsSync(out), 'the output folder is still there').toBe(true)
      expect(listing(out)).toEqual(files)
      expect(digest(out)).toBe(before)
    }
    expect(caught, 'the build was killed while writing at least once').toBe(1)
    // A staging folder may be left beside the output, never inside it, and the next build still succeeds.
    expect(listing(out).some((name) => name.includes('.out-'))).toBe(false)
    expect((await stdkit(['build', 'standards', '--out', out, '--format', 'json'], folder)).code).toBe(0)
  }, 300_000)
})

describe('output paths', () => {
  it('never come from a number or title, even one written to escape', async () => {
    const folder = scratch()
    const text = readFileSync(path.join(folder, 'standards/q-zx-75.1760/2006.md'), 'utf8')
    writeFileSync(
      path.join(folder, 'standards/q-zx-75.1760/2006.md'),
      text.replace(/^number: .*$/mu, 'number: ../../../x–2006').replace(/^title: .*$/mu, 'title: ../../../x')
    )
    const before = listing(folder)
    const out = path.join(folder, 'out')
    const result = await stdkit(['build', 'standards', '--out', out, '--format', 'json,html'], folder)
    // The number is not a standard's number: the checker stops the build, and nothing is written anywhere.
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/cover-number/u)
    expect(listing(folder)).toEqual(before)
    expect(existsSync(path.join(path.dirname(folder), 'x'))).toBe(false)
  })

  it('come from folder and file names, which stay inside the output folder', async () => {
    const folder = scratch()
    // A folder name that looks like an escape (`..` encoded for a URL) is a name like any other.
    renameSync(path.join(folder, 'standards/q-zx-75.1760'), path.join(folder, 'standards/%2e%2e'))
    const out = path.join(folder, 'site', 'out')
    const outside = listing(folder).filter((name) => !name.startsWith('site'))
    const result = await stdkit(['build', 'standards', '--out', out, '--format', 'json,html'], folder)
    expect(result.code, result.stderr).toBe(0)
    expect(listing(folder).filter((name) => !name.startsWith('site'))).toEqual(outside)
    expect(existsSync(path.join(out, '%2e%2e', '2006.json'))).toBe(true)
    expect(existsSync(path.join(out, '%2e%2e', '2006.html'))).toBe(true)
    expect(listing(path.join(folder, 'site'))).toEqual(listing(path.join(folder, 'site')).filter((name) => name === 'out' || name.startsWith(`out${path.sep}`)))
  })

  it('refuses --only and --out values that would escape or replace the sources', async () => {
    const folder = scratch()
    for (const only of ['../../x', '..', 'q-zx-75.1861/../../x', 'q-zx-75.1861@../2007']) {
      const result = await stdkit(['build', 'standards', '--out', 'out', '--only', only], folder)
      expect(result.code, only).toBe(2)
      expect(result.stderr).not.toMatch(/^\s+at /mu)
    }
    for (const out of ['.', 'standards/..', 'standards']) {
      const result = await stdkit(['build', 'standards', '--out', out], folder)
      expect(result.code, out).toBe(2)
      expect(result.stderr).toMatch(/refusing/u)
    }
    expect(existsSync(path.join(folder, 'out'))).toBe(false)
  })
})

describe('the outputs', () => {
  it('hold no absolute path of the machine that built them', async () => {
    const folder = scratch()
    const out = path.join(folder, 'out')
    expect((await stdkit(['build', 'standards', '--out', out], folder)).code).toBe(0)
    const machine = [repository.replace(/\/$/u, ''), folder, tmpdir(), homedir(), process.cwd()].filter((value) => value.length > 1)
    const names = listing(out).filter((name) => /\.(?:json|html|pdf)$/u.test(name))
    expect(names.some((name) => name.endsWith('.pdf'))).toBe(true)
    for (const name of names) {
      const bytes = readFileSync(path.join(out, name))
      const text = bytes.toString('latin1')
      const utf8 = bytes.toString('utf8')
      for (const place of machine) {
        expect(utf8.includes(place) || text.includes(place), `${name} holds ${place}`).toBe(false)
      }
      expect(utf8, name).not.toMatch(/file:\/\/\//u)
    }
  }, 300_000)
})
