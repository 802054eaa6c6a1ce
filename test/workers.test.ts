/**
 * PDFs typeset in worker threads are the bytes typeset in the build's own
 * thread: a pool's worker typesets each edition and a redline as this thread
 * does; and a build of the compiled command with two threads typesetting,
 * and a watching one that keeps its worker between builds, give what a build
 * from the sources (which typesets in its own thread) gives. Workers run
 * compiled code, which `pnpm test` compiles first.
 */
import {spawn, spawnSync} from 'node:child_process'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {copyLibrary, digestFolder, library, repository, stdkit} from './support.js'

const cli = path.join(repository, 'packages/cli/bin/stdkit.js')
// The CLI's lines are read in English, whatever the machine's locale.
const env = {...process.env, STDKIT_CACHE: '0', STDKIT_WORKERS: '2', STDKIT_LANG: 'en'}

/**
 * In a process of its own, on the compiled code as a build runs it: each
 * edition of Q/ZX 75.1861 and a redline typeset by a pool's worker and by that
 * process's own thread. Prints how many were typeset and how many differ.
 */
const poolCheck = `
const {loadLibrary} = await import('@stdkit/library')
const {diffEditions} = await import('@stdkit/diff')
const {Pool, workersAvailable} = await import(${JSON.stringify(pathToFileURL(path.join(repository, 'packages/build/dist/lib/workers.js')).href)})
const {render} = await import(${JSON.stringify(pathToFileURL(path.join(repository, 'packages/build/dist/lib/publishers.js')).href)})
if (!workersAvailable()) throw new Error('workers need the compiled code')
const library = await loadLibrary(${JSON.stringify(path.join(library(), 'standards'))})
const links = library.standards.map((standard) => standard.editions.map((edition) => ({slug: standard.slug, year: edition.year, designation: edition.tree.cover.designation})))
const editions = library.standards.find((standard) => standard.slug === 'q-zx-75.1861').editions
const tasks = [
  ...editions.map((edition) => ({format: 'pdf', kind: 'edition', input: {name: 'q-zx-75.1861/' + edition.year + '.pdf', tree: edition.tree, source: edition.source, path: edition.file.path, links}})),
  {format: 'pdf', kind: 'comparison', input: {name: 'q-zx-75.1861/diff/2004..2007.pdf', diff: diffEditions(editions[0].tree, editions.at(-1).tree), newer: editions.at(-1).tree, path: editions.at(-1).file.path, links}}
]
const pool = new Pool(1)
let differ = 0
for (const task of tasks) if (Buffer.compare(await pool.run(task), await render(task)) !== 0) differ++
await pool.close()
console.log(JSON.stringify({typeset: tasks.length, differ}))
`

/**
 * The same process: an edition with a character no font covers, typeset by a
 * pool's worker and by this thread; prints how each fails, its messages
 * included.
 */
const failureCheck = `
const {loadLibrary} = await import('@stdkit/library')
const {Pool} = await import(${JSON.stringify(pathToFileURL(path.join(repository, 'packages/build/dist/lib/workers.js')).href)})
const {render} = await import(${JSON.stringify(pathToFileURL(path.join(repository, 'packages/build/dist/lib/publishers.js')).href)})
const {PdfError} = await import('@stdkit/pdf/error')
const library = await loadLibrary(${JSON.stringify(path.join(library(), 'standards'))})
const edition = library.standards.find((standard) => standard.slug === 'q-zx-75.1861').editions.at(-1)
const tree = structuredClone(edition.tree)
const foreword = tree.children.find((node) => node.type === 'foreword')
const text = foreword.children.find((node) => node.type === 'paragraph').children[0]
text.value += '🀄'
const task = {format: 'pdf', kind: 'edition', input: {name: 'q-zx-75.1861/2007.pdf', tree, source: edition.source, path: edition.file.path, links: []}}
const how = (error) => ({pdf: error instanceof PdfError, message: error.message, path: error.file?.path, messages: error.file?.messages.map(({line, column, reason, ruleId, source, fatal}) => ({line, column, reason, ruleId, source, fatal}))})
const pool = new Pool(1)
const inWorker = await pool.run(task).then(() => undefined, how)
await pool.close()
const inThread = await render(task).then(() => undefined, how)
console.log(JSON.stringify({inWorker, inThread, line: text.position.start.line}))
`

describe('PDF workers', () => {
  it('fail as this thread does, with the messages and places of what cannot be typeset', () => {
    const script = path.join(repository, 'packages/build/dist', `failure-check-${process.pid}.mjs`)
    writeFileSync(script, failureCheck)
    const run = spawnSync(process.execPath, [script], {encoding: 'utf8', env: {...process.env, STDKIT_LANG: 'en'}})
    rmSync(script, {force: true})
    expect(run.stderr).toBe('')
    const {inWorker, inThread, line} = JSON.parse(run.stdout) as {inWorker: unknown; inThread: unknown; line: number}
    expect(inWorker).toEqual(inThread)
    const file = path.join(library(), 'standards/q-zx-75.1861/2007.md')
    expect(inWorker).toEqual({
      pdf: true,
      message: `cannot typeset ${file}: no glyph for "🀄" (U+1F004) in the embedded fonts`,
      path: file,
      messages: [{line, column: 1, reason: 'no glyph for "🀄" (U+1F004) in the embedded fonts', ruleId: 'pdf-glyph', source: 'stdkit', fatal: true}]
    })
  }, 120_000)

  it("typeset the bytes the build's own thread typesets", () => {
    // Beside the compiled code of the build package, whose dependencies the script imports.
    const script = path.join(repository, 'packages/build/dist', `pool-check-${process.pid}.mjs`)
    writeFileSync(script, poolCheck)
    const run = spawnSync(process.execPath, [script], {encoding: 'utf8'})
    rmSync(script, {force: true})
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual({typeset: 5, differ: 0})
  }, 120_000)

  it('make the bytes the build makes in its own thread', async () => {
    const folder = copyLibrary('stdkit-workers-')
    const run = spawnSync(process.execPath, [cli, 'build', '--out', 'threads'], {cwd: folder, env, encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect((await stdkit(['build', '--out', 'single'], folder)).code).toBe(0)
    expect(digestFolder(path.join(folder, 'threads'))).toBe(digestFolder(path.join(folder, 'single')))
  }, 120_000)

  it('kept by a watching build, make the bytes of a fresh build after an edit; the watch ends on SIGINT', async () => {
    const folder = copyLibrary('stdkit-workers-')
    const child = spawn(process.execPath, [cli, 'build', '--out', 'watched', '--watch'], {cwd: folder, env})
    let output = ''
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => void (errors += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    const until = async (count: number): Promise<void> => {
      const started = Date.now()
      while ((output.match(/^built /gmu) ?? []).length < count) {
        if (Date.now() - started > 60_000) throw new Error(`no build ${count}:\n${output}${errors}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }
    try {
      await until(1)
      await new Promise((resolve) => setTimeout(resolve, 100))
      const source = path.join(folder, 'standards/q-zx-75.1861/2007.md')
      writeFileSync(source, readFileSync(source, 'utf8').replace('不适合手机及其它终端设备。', '不适合手机、平板电脑及其它终端设备。'))
      await until(2)
      expect(output).toMatch(/ 25 made anew\n/u)
    } finally {
      child.kill('SIGINT')
    }
    expect(await exited).toBe(0)
    expect(errors).toBe('')
    expect((await stdkit(['build', '--out', 'fresh'], folder)).code).toBe(0)
    expect(digestFolder(path.join(folder, 'watched'))).toBe(digestFolder(path.join(folder, 'fresh')))
  }, 120_000)
})
