/**
 * `stdkit serve`: a change to a source shows on the next page load within a
 * second, however the file was changed; a broken source shows its messages;
 * a port it cannot use stops it with a message, leaving nothing running.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {createServer, type AddressInfo} from 'node:net'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startPreview, type Io} from '@stdkit/cli'
import {scenarios, type Watched} from './edits.js'
import {copyLibrary, repository} from './support.js'

const folder = copyLibrary('stdkit-serve-')
const source = path.join(folder, 'standards/q-zx-75.1861/2007.md')
const io: Io = {cwd: folder, stdout: () => undefined, stderr: () => undefined}
let preview: Awaited<ReturnType<typeof startPreview>>

beforeAll(async () => {
  preview = await startPreview({root: 'standards', port: 0, host: '127.0.0.1'}, io)
}, 60_000)
afterAll(async () => {
  await preview?.close()
})

const get = async (page: string) => {
  const response = await fetch(new URL(page, preview.url))
  return {status: response.status, text: await response.text()}
}

/** Loads the page until it satisfies `test`; resolves to the milliseconds that took. */
async function until(page: string, test: (text: string) => boolean, limit = 5000): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < limit) {
    if (test((await get(page)).text)) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`${page} did not change within ${limit} ms`)
}

describe('stdkit serve', () => {
  it('listens on loopback and serves the library', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u)
    const index = await get('/')
    expect(index.status).toBe(200)
    expect(index.text).toContain('标准库')
    expect((await get('/q-zx-75.1861/2007.html')).text).toContain('<h1>售后工程师现场服务行为规范</h1>')
  })

  it('shows an edit on the next page load within a second', async () => {
    // Three edits, judged by the median, so one slow moment of a busy machine does not decide.
    const times: Array<number> = []
    for (const title of ['服务礼节', '服务规范', '服务礼仪']) {
      writeFileSync(source, readFileSync(source, 'utf8').replace(/### 4\.2 \S+/u, `### 4.2 ${title}`))
      times.push(await until('/q-zx-75.1861/2007.html', (text) => text.includes(`<span class="title">${title}</span>`)))
    }
    expect(times.sort((a, b) => a - b)[1]).toBeLessThan(1000)
  })

  it('shows the checker’s messages for a broken source instead of the stale page', async () => {
    writeFileSync(source, readFileSync(source, 'utf8').replace('### 4.3 语言规范', '### 4.9 语言规范'))
    await until('/q-zx-75.1861/2007.html', (text) => text.includes('源文件有错误'))
    const page = (await get('/q-zx-75.1861/2007.html')).text
    expect(page).toMatch(/2007\.md:\d+:1<\/code> Unexpected number 4\.9 under 4, expected 4\.3 <code>clause-numbering<\/code>/u)
    writeFileSync(source, readFileSync(source, 'utf8').replace('### 4.9 语言规范', '### 4.3 语言规范'))
    await until('/q-zx-75.1861/2007.html', (text) => text.includes('<h1>售后工程师现场服务行为规范</h1>'))
  })

  it('reloads an open page: the version moves on each rebuild', async () => {
    const before = (await get('/__stdkit/version')).text
    writeFileSync(source, `${readFileSync(source, 'utf8')}\n`)
    await until('/__stdkit/version', (text) => text !== before)
    expect((await get('/q-zx-75.1861/2007.html')).text).toContain("fetch('/__stdkit/version'")
  })

  it('serves nothing but its pages', async () => {
    for (const probe of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/standards/q-zx-75.1861/2007.md', '/q-zx-75.1861/nothing.html']) {
      expect((await get(probe)).status, probe).toBe(404)
    }
  })

  it('refuses to listen beyond this machine', async () => {
    await expect(startPreview({root: 'standards', port: 0, host: '0.0.0.0'}, io)).rejects.toThrow('refusing to listen on 0.0.0.0')
  })
})

describe('stdkit serve, as files are replaced, deleted, made again and folders appear', () => {
  const watched: Watched = {
    shows: async (edition, title) => void (await until(`/${edition}.html`, (text) => text.includes(`<span class="title">${title}</span>`), 30_000)),
    gone: async (edition) => void (await until(`/${edition}.html`, (text) => text === 'not found\n', 30_000)),
    fails: async (edition) => void (await until(`/${edition}.html`, (text) => text.includes('源文件有错误'), 30_000))
  }
  for (const [name, scenario] of Object.entries(scenarios)) {
    it(name, () => scenario(path.join(folder, 'standards'), watched), 180_000)
  }
})

describe('stdkit serve on a port it cannot use', () => {
  // The compiled command in a process of its own: it must end by itself, leaving nothing running.
  const serve = (port: string) => {
    const run = spawnSync(process.execPath, [path.join(repository, 'packages/cli/bin/stdkit.js'), 'serve', '--port', port], {cwd: folder, encoding: 'utf8', timeout: 60_000})
    return {status: run.status, stderr: run.stderr}
  }

  for (const port of ['abc', '-1', '99999', '1.5']) {
    it(`refuses --port ${port} before starting anything`, () => {
      const {status, stderr} = serve(port)
      expect(status).toBe(2)
      expect(stderr).toMatch(/^stdkit: Unexpected --port .+, expected a number from 0 to 65535 \(0: any free port\)\n$/u)
    })
  }

  it('says a port is in use, and stops', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const {port} = taken.address() as AddressInfo
    try {
      expect(serve(String(port))).toEqual({status: 2, stderr: `stdkit: port ${port} is in use, choose another with --port\n`})
    } finally {
      taken.close()
    }
  })
})
