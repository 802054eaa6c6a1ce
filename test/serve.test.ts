/**
 * `stdkit serve`: a change to a source shows on the next page load within a
 * second, however the file was changed; a broken source shows its messages;
 * whatever a client sends, the server answers and goes on; a port it cannot
 * use stops it with a message, leaving nothing running.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {connect, createServer, type AddressInfo} from 'node:net'
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

/** Loads the page until it satisfies `test`, failing after `limit` milliseconds. */
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

  // How soon is measured by `npm run bench`, not here: on a busy machine a time limit fails for reasons of its own.
  it('shows each edit on a later page load', async () => {
    for (const title of ['服务礼节', '服务规范', '服务礼仪']) {
      writeFileSync(source, readFileSync(source, 'utf8').replace(/### 4\.2 \S+/u, `### 4.2 ${title}`))
      await until('/q-zx-75.1861/2007.html', (text) => text.includes(`<span class="title">${title}</span>`), 30_000)
    }
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

/** Sends `request` as it is on a connection of its own, then half-closes it; resolves to the statuses of all the server answered. */
function raw(request: string | Buffer): Promise<{statuses: Array<number>; text: string}> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(preview.url).port), '127.0.0.1')
    let text = ''
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => void (text += chunk))
    // A server may reset a connection that sent more than it would read: what it answered first still counts.
    socket.on('error', () => undefined)
    socket.on('close', () => resolve({statuses: [...text.matchAll(/^HTTP\/1\.[01] (\d{3}) /gmu)].map((match) => Number(match[1])), text}))
    socket.end(request)
  })
}

const host = () => new URL(preview.url).host
const request = (line: string, headers = `Host: ${host()}`) => `${line}\r\n${headers}\r\n\r\n`

describe('stdkit serve answers whatever it is sent', () => {
  // Made once the server listens: the requests name its port.
  const hostile: Record<string, () => string | Buffer> = {
    'bad percent-encoding': () => request('GET /%E4%BD HTTP/1.1'),
    'bad percent-encoding in a page path': () => request('GET /q-zx-75.1861/%E4%BD%.html HTTP/1.1'),
    'not percent-encoding': () => request('GET /%zz HTTP/1.1'),
    'a request line that is not one': () => 'GARBAGE\r\n\r\n',
    'a request line of spaces': () => '   \r\n\r\n',
    'an unknown HTTP version': () => request('GET / HTTP/7.1'),
    'an overlong URL': () => request(`GET /${'a'.repeat(100_000)} HTTP/1.1`),
    'a long URL the parser takes': () => request(`GET /${'%E4%BD%A0'.repeat(1000)} HTTP/1.1`),
    'a path out of the site': () => request('GET /../../package.json HTTP/1.1'),
    'an encoded path out of the site': () => request('GET /..%2f..%2fpackage.json HTTP/1.1'),
    'an encoded path out of a standard': () => request('GET /q-zx-75.1861/..%2f..%2fstandards%2fq-zx-75.1861%2f2007.md HTTP/1.1'),
    'encoded dots': () => request('GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1'),
    'backslashes': () => request('GET /..%5c..%5cpackage.json HTTP/1.1'),
    'a source by its path': () => request('GET /standards/q-zx-75.1861/2007.md HTTP/1.1'),
    'an encoded NUL': () => request('GET /index.html%00.md HTTP/1.1'),
    'a NUL byte': () => Buffer.from(request('GET /index.html\0 HTTP/1.1'), 'latin1'),
    'an absolute URL of another site': () => request('GET http://example.com/ HTTP/1.1'),
    'no Host, HTTP/1.1': () => 'GET / HTTP/1.1\r\n\r\n',
    'no Host, HTTP/1.0': () => 'GET / HTTP/1.0\r\n\r\n',
    'an empty Host': () => request('GET / HTTP/1.1', 'Host: '),
    'a foreign Host (DNS rebinding)': () => request('GET / HTTP/1.1', 'Host: drafts.example.com'),
    'a foreign Host with the port': () => request('GET /q-zx-75.1861/2007.html HTTP/1.1', `Host: drafts.example.com:${new URL(preview.url).port}`),
    'a Host under localhost': () => request('GET / HTTP/1.1', 'Host: localhost.example.com'),
    'a loopback Host on another port': () => request('GET / HTTP/1.1', `Host: 127.0.0.1:${Number(new URL(preview.url).port) + 1}`),
    'POST': () => request('POST / HTTP/1.1', `Host: ${host()}\r\nContent-Length: 5\r\n\r\nhello`),
    'PUT': () => request('PUT /index.html HTTP/1.1', `Host: ${host()}\r\nContent-Length: 0`),
    'DELETE': () => request('DELETE /index.html HTTP/1.1'),
    'OPTIONS *': () => request('OPTIONS * HTTP/1.1'),
    'TRACE': () => request('TRACE / HTTP/1.1'),
    'CONNECT': () => request(`CONNECT ${host()} HTTP/1.1`),
    'an Upgrade from a foreign Host': () => request('GET / HTTP/1.1', 'Host: drafts.example.com\r\nConnection: Upgrade\r\nUpgrade: websocket'),
    'a body both of a length and chunked': () => request('GET / HTTP/1.1', `Host: ${host()}\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n`),
    'a method HTTP does not have': () => request('BREW / HTTP/1.1'),
    'pipelined bad requests': () => request('GET /%E4%BD HTTP/1.1') + request('POST / HTTP/1.1', `Host: ${host()}\r\nContent-Length: 0`) + request('GET / HTTP/1.1', 'Host: example.com')
  }
  for (const [name, bytes] of Object.entries(hostile)) {
    it(`answers ${name} with a client error and goes on`, async () => {
      const {statuses, text} = await raw(bytes())
      expect(statuses.length, text).toBeGreaterThan(0)
      for (const status of statuses) expect(status, text).toBeGreaterThanOrEqual(400)
      for (const status of statuses) expect(status, text).toBeLessThan(500)
      expect((await get('/')).status).toBe(200)
    })
  }

  it('answers each of pipelined requests, in order', async () => {
    const good = request('GET /q-zx-75.1861/2007.html HTTP/1.1')
    expect((await raw(request('GET /%E4%BD HTTP/1.1') + good + request('DELETE / HTTP/1.1') + good)).statuses).toEqual([400, 200, 405, 200])
  })

  it('refuses methods other than GET and HEAD, saying which it allows', async () => {
    const {statuses, text} = await raw(request('POST /index.html HTTP/1.1', `Host: ${host()}\r\nContent-Length: 0`))
    expect(statuses).toEqual([405])
    expect(text).toMatch(/^allow: GET, HEAD\r$/imu)
  })

  it('answers HEAD as GET, without the body', async () => {
    const page = await fetch(new URL('/q-zx-75.1861/2007.html', preview.url))
    const body = Buffer.from(await page.arrayBuffer())
    const {statuses, text} = await raw(request('HEAD /q-zx-75.1861/2007.html HTTP/1.1', `Host: ${host()}\r\nConnection: close`))
    expect(statuses).toEqual([200])
    expect(text).toMatch(new RegExp(`^content-length: ${body.length}\r$`, 'imu'))
    expect(text).toMatch(/^content-type: text\/html; charset=utf-8\r$/imu)
    expect(text.endsWith('\r\n\r\n')).toBe(true)
  })

  it('answers to the loopback names, with the port or without', async () => {
    const {port} = new URL(preview.url)
    for (const name of ['localhost', 'LocalHost', `localhost:${port}`, '127.0.0.1', `127.0.0.1:${port}`, '[::1]', `[::1]:${port}`]) {
      expect((await raw(request('GET / HTTP/1.1', `Host: ${name}\r\nConnection: close`))).statuses, name).toEqual([200])
    }
  })

  it('answers 500 when making a page fails, and goes on', async () => {
    const page = preview.preview.page.bind(preview.preview)
    preview.preview.page = () => {
      throw new Error('a failure while making the page')
    }
    try {
      expect((await get('/q-zx-75.1861/2007.html')).status).toBe(500)
    } finally {
      preview.preview.page = page
    }
    expect((await get('/q-zx-75.1861/2007.html')).status).toBe(200)
  })
})

describe('stdkit serve on a port it cannot use', () => {
  // The compiled command in a process of its own: it must end by itself, leaving nothing running.
  const serve = (port: string) => {
    const run = spawnSync(process.execPath, [path.join(repository, 'packages/cli/bin/stdkit.js'), 'serve', '--port', port], {cwd: folder, encoding: 'utf8', timeout: 60_000, env: {...process.env, STDKIT_LANG: 'en'}})
    return {status: run.status, stderr: run.stderr}
  }

  // Not a number at all is refused by the check of every option's type; a number out of range by serve's own check.
  const range = /^stdkit: Unexpected --port .+, expected a number from 0 to 65535 \(0: any free port\)\n$/u
  for (const [port, message] of [['abc', /^stdkit: Expected a number after --port\n$/u], ['-1', range], ['99999', range], ['1.5', range]] as const) {
    it(`refuses --port ${port} before starting anything`, () => {
      const {status, stderr} = serve(port)
      expect(status).toBe(2)
      expect(stderr).toMatch(message)
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
