import {stat} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import type {Argv} from 'yargs'
import type {Preview} from 'stdkit'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'
import {watchLibrary} from '../watch.js'

export interface ServeArguments {
  root: string
  port: number
  host: string
}

export const command = 'serve [root]'
export const describe = 'Preview the library on this machine, rebuilt as sources change, the open page reloading'

export function builder(yargs: Argv): Argv<ServeArguments> {
  return yargs
    .positional('root', {type: 'string', default: 'standards', describe: 'Folder of standards'})
    .option('port', {type: 'number', default: 4000, describe: 'Port to listen on (0: any free port)'})
    .option('host', {type: 'string', default: '127.0.0.1', describe: 'Loopback address to listen on (127.0.0.1 or ::1)'}) as unknown as Argv<ServeArguments>
}

const loopback = new Set(['127.0.0.1', '::1', 'localhost'])

// Added to served pages only: polls the preview's version and reloads on a change.
const reloader = `<script>(()=>{let seen;const tick=async()=>{try{const r=await fetch('/__stdkit/version',{cache:'no-store'});const v=await r.text();if(seen!==undefined&&v!==seen)location.reload();seen=v}catch{}setTimeout(tick,250)};tick()})()</script>`

/** Checks what the arguments ask for before anything starts, so that a mistake leaves nothing running. */
function checkArguments(argv: ServeArguments): void {
  if (!loopback.has(argv.host)) throw new CliError(`refusing to listen on ${argv.host}: the preview serves this machine only (127.0.0.1 or ::1)`, exitCodes.usage)
  if (!Number.isInteger(argv.port) || argv.port < 0 || argv.port > 65_535) {
    throw new CliError(`Unexpected --port ${Number.isNaN(argv.port) ? '(not a number)' : argv.port}, expected a number from 0 to 65535 (0: any free port)`, exitCodes.usage)
  }
}

/** Listens; a port that is taken or refused is a `CliError`. */
async function listen(server: Server, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new CliError(`port ${port} is in use, choose another with --port`, exitCodes.usage)
    throw new CliError(`cannot listen on ${host} port ${port}: ${error.code ?? error.message}`, exitCodes.usage)
  })
}

/** Starts the preview server; resolves once it listens. Exported for tests. */
export async function startPreview(argv: ServeArguments, io: Io): Promise<{server: Server; preview: Preview; url: string; close: () => Promise<void>}> {
  checkArguments(argv)
  const {Preview} = await import('stdkit')
  const root = path.resolve(io.cwd, argv.root)
  if (!(await stat(root).then((stats) => stats.isDirectory(), () => false))) throw new CliError(`No such folder: ${argv.root}`, exitCodes.usage)
  const preview = new Preview(root)
  const report = (error: unknown) => io.stderr(`stdkit serve: ${error instanceof Error ? error.message : String(error)}\n`)
  // Watching starts before the library is read, so that an edit made meanwhile is read next.
  const watching = await watchLibrary(root, {onChange: async (changed) => void (await preview.update(changed)), onError: report})
  const server = createServer((request, response) => {
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
  try {
    await watching.run(() => preview.load()).catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`cannot read ${argv.root}: ${error.code ?? error.message}`)
    })
    await listen(server, argv.port, argv.host)
  } catch (error) {
    await watching.close()
    throw error
  }
  server.on('error', report)
  const {port} = server.address() as AddressInfo
  const host = argv.host.includes(':') ? `[${argv.host}]` : argv.host
  const close = async () => {
    await watching.close()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return {server, preview, url: `http://${host}:${port}/`, close}
}

export async function handler(argv: ServeArguments, io: Io): Promise<number> {
  const {url, close} = await startPreview(argv, io)
  io.stdout(`previewing ${argv.root} at ${url} (Ctrl-C to stop)\n`)
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await close()
  return exitCodes.ok
}
