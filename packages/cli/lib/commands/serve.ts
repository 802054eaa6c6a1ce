import {watch} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {messages} from '@stdkit/messages'
import type {Argv} from 'yargs'
import type {Preview} from 'stdkit'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface ServeArguments {
  root: string
  port: number
  host: string
}

export const command = 'serve [root]'
export const describe = () => messages().serve.describe

export function builder(yargs: Argv): Argv<ServeArguments> {
  const m = messages()
  return yargs
    .positional('root', {type: 'string', default: 'standards', describe: m.cli.folderOfStandards})
    .option('port', {type: 'number', default: 4000, describe: m.serve.port})
    .option('host', {type: 'string', default: '127.0.0.1', describe: m.serve.host}) as unknown as Argv<ServeArguments>
}

const loopback = new Set(['127.0.0.1', '::1', 'localhost'])

// Added to served pages only: polls the preview's version and reloads on a change.
const reloader = `<script>(()=>{let seen;const tick=async()=>{try{const r=await fetch('/__stdkit/version',{cache:'no-store'});const v=await r.text();if(seen!==undefined&&v!==seen)location.reload();seen=v}catch{}setTimeout(tick,250)};tick()})()</script>`

/** Starts the preview server; resolves once it listens. Exported for tests. */
export async function startPreview(argv: ServeArguments, io: Io): Promise<{server: Server; preview: Preview; url: string; close: () => Promise<void>}> {
  const {Preview} = await import('stdkit')
  if (!loopback.has(argv.host)) throw new CliError(messages().serve.notLoopback({host: argv.host}), exitCodes.usage)
  const root = path.resolve(io.cwd, argv.root)
  const preview = new Preview(root)
  await preview.load().catch(() => {
    throw new CliError(messages().cli.noFolder({folder: argv.root}), exitCodes.usage)
  })
  let pending = Promise.resolve()
  const watcher = watch(root, {recursive: true}, (_event, name) => {
    if (!name) return
    pending = pending.then(() => preview.update(String(name))).then(() => undefined, (error: unknown) => io.stderr(`stdkit serve: ${String(error)}\n`))
  })
  const server = createServer((request, response) => {
    void pending.then(() => {
      const url = new URL(request.url ?? '/', 'http://localhost')
      if (url.pathname === '/__stdkit/version') {
        response.writeHead(200, {'content-type': 'text/plain', 'cache-control': 'no-store'}).end(String(preview.version))
        return
      }
      // Pages come from memory by name: no path reaches the file system.
      const name = decodeURIComponent(url.pathname).replace(/^\/+/u, '') || 'index.html'
      const page = preview.page(name.endsWith('/') ? `${name}index.html` : name)
      if (request.method !== 'GET' || page === undefined) {
        response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('not found\n')
        return
      }
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'}).end(page.replace('</body>', `${reloader}</body>`))
    })
  })
  await new Promise<void>((resolve) => server.listen(argv.port, argv.host, resolve))
  const {port} = server.address() as AddressInfo
  const host = argv.host.includes(':') ? `[${argv.host}]` : argv.host
  const close = async () => {
    watcher.close()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return {server, preview, url: `http://${host}:${port}/`, close}
}

export async function handler(argv: ServeArguments, io: Io): Promise<number> {
  const {url, close} = await startPreview(argv, io)
  io.stdout(`${messages().serve.previewing({root: argv.root, url})}\n`)
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await close()
  return exitCodes.ok
}
