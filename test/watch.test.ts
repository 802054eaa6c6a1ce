/**
 * `stdkit build --watch`: the output follows the sources. An edit to one
 * edition is rebuilt with its comparisons and pages, from the work kept since
 * the last build, into the bytes a fresh build makes; a source with errors
 * leaves the output as it was until it is mended.
 */
import {appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startWatch, watchLibrary, type Io} from '@stdkit/cli'
import {scenarios, type Watched} from './edits.js'
import {copyLibrary, digestFolder, stdkit} from './support.js'

const folder = copyLibrary('stdkit-watch-')
const source = path.join(folder, 'standards/q-zx-75.1861/2007.md')
const lines: Array<string> = []
const errors: Array<string> = []
const io: Io = {cwd: folder, stdout: (text) => void lines.push(...text.trimEnd().split('\n')), stderr: (text) => void errors.push(text)}
let watching: Awaited<ReturnType<typeof startWatch>> | undefined

beforeAll(async () => {
  watching = await startWatch({root: 'standards', out: 'out', only: undefined, format: ['json,html,pdf,docx,sts'], watch: true}, io)
}, 60_000)
afterAll(async () => {
  await watching?.close()
})

/** Waits until `test` holds of what the watch has written. */
async function until(test: () => boolean, limit = 30_000): Promise<void> {
  const started = Date.now()
  while (!test()) {
    if (Date.now() - started > limit) throw new Error(`the watch did not answer within ${limit} ms:\n${lines.join('\n')}\n${errors.join('')}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

const builds = () => lines.filter((line) => line.startsWith('built '))

/** Waits until the watch has told of `name` in one of its batches. */
async function toldOf(batches: ReadonlyArray<ReadonlyArray<string>>, name: string): Promise<void> {
  const started = Date.now()
  while (!batches.flat().includes(name)) {
    if (Date.now() - started > 30_000) throw new Error(`the watch did not answer within 30 s: ${JSON.stringify(batches)}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe('stdkit build --watch', () => {
  it('builds the library, then watches it', () => {
    expect(builds()).toHaveLength(1)
    expect(builds()[0]).toMatch(/^built 8 editions of 4 standards into out\/ \(75 files\) in \d+ ms, 75 made anew$/u)
    expect(lines.at(-1)).toBe('watching standards (Ctrl-C to stop)')
  })

  it('rebuilds an edited edition with its comparisons and pages, as a fresh build would', async () => {
    writeFileSync(source, readFileSync(source, 'utf8').replace('不适合手机及其它终端设备。', '不适合手机、平板电脑及其它终端设备。'))
    await until(() => builds().length === 2)
    expect(builds()[1]).toMatch(/ 25 made anew$/u)
    expect(readFileSync(path.join(folder, 'out/q-zx-75.1861/2007.json'), 'utf8')).toContain('平板电脑')
    expect((await stdkit(['build', '--out', 'fresh'], folder)).code).toBe(0)
    expect(digestFolder(path.join(folder, 'out'))).toBe(digestFolder(path.join(folder, 'fresh')))
  }, 60_000)

  it('says why a source with errors stops the build, keeps the output, and builds again once it is mended', async () => {
    const before = digestFolder(path.join(folder, 'out'))
    const good = readFileSync(source, 'utf8')
    writeFileSync(source, good.replace('### 4.2 服务礼仪', '### 4.3 服务礼仪'))
    await until(() => errors.some((text) => text.includes('build stopped: 1 error in the sources; out was left as it was')))
    expect(errors.join('')).toContain('clause-numbering')
    expect(digestFolder(path.join(folder, 'out'))).toBe(before)
    writeFileSync(source, good)
    await until(() => builds().length === 3)
    expect(builds()[2]).toMatch(/ 0 made anew$/u)
    expect(digestFolder(path.join(folder, 'out'))).toBe(before)
  }, 60_000)
})

describe('stdkit build --watch, as files are replaced, deleted, made again and folders appear', () => {
  const library = copyLibrary('stdkit-watch-edits-')
  const output: Array<string> = []
  const sink = (text: string) => void output.push(text)
  let edits: Awaited<ReturnType<typeof startWatch>> | undefined
  beforeAll(async () => {
    edits = await startWatch({root: 'standards', out: 'out', only: undefined, format: ['json'], watch: true}, {cwd: library, stdout: sink, stderr: sink})
  }, 60_000)
  afterAll(async () => {
    await edits?.close()
  })

  const published = (edition: string) => path.join(library, 'out', `${edition}.json`)
  const settled = async (test: () => boolean) => {
    const started = Date.now()
    while (!test()) {
      if (Date.now() - started > 30_000) throw new Error(`the watch did not answer within 30 s:\n${output.join('')}`)
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }
  const watched: Watched = {
    shows: (edition, title) => settled(() => existsSync(published(edition)) && readFileSync(published(edition), 'utf8').includes(`"${title}"`)),
    gone: (edition) => settled(() => !existsSync(published(edition))),
    fails: () => {
      const seen = output.length
      return settled(() => output.slice(seen).some((text) => text.includes('build stopped: 1 error in the sources')))
    }
  }

  for (const [name, scenario] of Object.entries(scenarios)) {
    it(name, () => scenario(path.join(library, 'standards'), watched), 180_000)
  }
})

describe('the watch of a library', () => {
  it('tells nothing of what changes in the folders it is to leave alone, nor of hidden names', async () => {
    const library = copyLibrary('stdkit-watch-ignore-')
    const root = path.join(library, 'standards')
    const batches: Array<ReadonlyArray<string>> = []
    const watching = await watchLibrary(root, {onChange: async (changed) => void batches.push(changed), onError: (error) => batches.push([String(error)]), ignore: [path.join(root, 'out')]})
    try {
      // What a build with its output in the library's folder does: a folder written aside, swapped in.
      mkdirSync(path.join(root, '.out-out-new-1/q-zx-75.1861'), {recursive: true})
      writeFileSync(path.join(root, '.out-out-new-1/q-zx-75.1861/2007.md'), 'x')
      renameSync(path.join(root, '.out-out-new-1'), path.join(root, 'out'))
      writeFileSync(path.join(root, 'out/q-zx-75.1861/2006.md'), 'x')
      mkdirSync(path.join(root, '.git/objects'), {recursive: true})
      writeFileSync(path.join(root, '.git/objects/2007.md'), 'x')
      // Then an edit: the events come in order, so what was not left alone would be told first, or with it.
      writeFileSync(path.join(root, 'q-zx-75.1861/2007.md'), `${readFileSync(path.join(root, 'q-zx-75.1861/2007.md'), 'utf8')}\n`)
      await toldOf(batches, path.join('q-zx-75.1861', '2007.md'))
      expect(batches.flat()).toEqual([path.join('q-zx-75.1861', '2007.md')])
    } finally {
      await watching.close()
    }
  })

  it('tells of an edit while a file under the root is written without a pause', async () => {
    const root = path.join(copyLibrary('stdkit-watch-stream-'), 'standards')
    const batches: Array<ReadonlyArray<string>> = []
    const watching = await watchLibrary(root, {onChange: async (changed) => void batches.push(changed), onError: (error) => batches.push([String(error)])})
    // A log written under the root more often than a save's burst of events lasts.
    const log = setInterval(() => appendFileSync(path.join(root, 'build.log'), 'line\n'), 5)
    try {
      writeFileSync(path.join(root, 'q-zx-75.1861/2007.md'), `${readFileSync(path.join(root, 'q-zx-75.1861/2007.md'), 'utf8')}\n`)
      await toldOf(batches, path.join('q-zx-75.1861', '2007.md'))
      expect(batches.flat()).toEqual([path.join('q-zx-75.1861', '2007.md')])
    } finally {
      clearInterval(log)
      await watching.close()
    }
  })
})
