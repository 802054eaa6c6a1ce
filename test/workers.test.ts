/**
 * PDFs typeset in worker threads are the bytes typeset in the build's own
 * thread: a build of the compiled command with two workers, and a watching
 * one that keeps its workers between builds, give what a build from the
 * sources (which typesets in its own thread) gives. Workers run compiled
 * code, which `pnpm test` compiles first.
 */
import {spawn, spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyLibrary, digestFolder, repository, stdkit} from './support.js'

const cli = path.join(repository, 'packages/cli/bin/stdkit.js')
const env = {...process.env, STDKIT_CACHE: '0', STDKIT_WORKERS: '2'}

describe('PDF workers', () => {
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
      expect(output).toMatch(/ 19 made anew\n/u)
    } finally {
      child.kill('SIGINT')
    }
    expect(await exited).toBe(0)
    expect(errors).toBe('')
    expect((await stdkit(['build', '--out', 'fresh'], folder)).code).toBe(0)
    expect(digestFolder(path.join(folder, 'watched'))).toBe(digestFolder(path.join(folder, 'fresh')))
  }, 120_000)
})
