import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import type {Duplex} from 'node:stream'
import {messages} from '@stdkit/messages'
import type {Argv} from 'yargs'
import type {Preview} from 'stdkit'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'
import {isFolder, watchLibrary} from '../watch.js'

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

/** What the server answers to a request. */
interface Answer {
  status: number
  type: string
  body: string
  headers?: Record<string, string>
}

const plain = (status: number, body: string, headers?: Record<string, string>): Answer => ({status, type: 'text/plain; charset=utf-8', body, ...(headers ? {headers} : {})})

/** Checks what the arguments ask for before anything starts, so that a mistake leaves nothing running. */
function checkArguments(argv: ServeArguments): void {
  if (!Number.isInteger(argv.port) || argv.port < 0 || argv.port > 65_535) {
    throw new CliError(messages().serve.badPort({port: String(argv.port)}), exitCodes.usage)
  }
}

/**
 * Whether a request's `Host` names this machine: a page elsewhere whose name
 * is made to point at 127.0.0.1 (DNS rebinding) sends its own name, and must
 * not read the drafts.
 */
function hostAllowed(host: string | undefined, port: number): boolean {
  const named = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::(?<port>\d{1,5}))?$/iu.exec(host ?? '')
  return named !== null && (named.groups?.port === undefined || Number(named.groups.port) === port)
}

/** The page a request's target names, or undefined when the target cannot be read. Pages come from memory by name: no path reaches the file system. */
function pageName(target: string | undefined): string | undefined {
  if (!target?.startsWith('/')) return undefined
  let name: string
  try {
    name = decodeURIComponent(target.replace(/[?#].*$/su, ''))
  } catch {
    return undefined
  }
  if (/[\u0000-\u001f\u007f]/u.test(name)) return undefined
  name = name.replace(/^\/+/u, '')
  return name === '' || name.endsWith('/') ? `${name}index.html` : name
}

function answer(request: IncomingMessage, preview: Preview, port: number): Answer {
  if (!hostAllowed(request.headers.host, port)) return plain(403, messages().served.forbidden)
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, messages().served.method, {allow: 'GET, HEAD'})
  const name = pageName(request.url)
  if (name === undefined) return plain(400, messages().served.badRequest)
  if (name === '__stdkit/version') return plain(200, String(preview.version))
  const page = preview.page(name)
  if (page === undefined) return plain(404, messages().served.notFound)
  // The site's scripts (the search's) are sent as scripts: a browser runs none sent as HTML with nosniff.
  if (name.endsWith('.js')) return {status: 200, type: 'text/javascript; charset=utf-8', body: page}
  return {status: 200, type: 'text/html; charset=utf-8', body: page.replace('</body>', `${reloader}</body>`)}
}

function send(request: IncomingMessage, response: ServerResponse, {status, type, body, headers}: Answer): void {
  response.writeHead(status, {'content-type': type, 'content-length': String(Buffer.byteLength(body)), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers})
  // HEAD is answered as GET is, without the body.
  response.end(request.method === 'HEAD' ? undefined : body)
}

/** Answers every request, whatever it holds: a handler that fails answers 500, and the server goes on. */
function respond(preview: Preview, io: Io): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    try {
      send(request, response, answer(request, preview, request.socket.localPort ?? 0))
    } catch (error) {
      io.stderr(`stdkit serve: ${request.method ?? ''} ${request.url ?? ''}: ${error instanceof Error ? error.message : String(error)}\n`)
      if (response.headersSent) response.destroy()
      else send(request, response, plain(500, messages().served.internal))
    }
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
    if (error.code === 'EADDRINUSE') throw new CliError(messages().serve.portInUse({port}), exitCodes.usage)
    throw new CliError(messages().serve.cannotListen({host, port, reason: error.code ?? error.message}), exitCodes.usage)
  })
}

/** Starts the preview server; resolves once it listens. Exported for tests. */
export async function startPreview(argv: ServeArguments, io: Io): Promise<{server: Server; preview: Preview; url: string; close: () => Promise<void>}> {
  checkArguments(argv)
  const {Preview} = await import('stdkit')
  if (!loopback.has(argv.host)) throw new CliError(messages().serve.notLoopback({host: argv.host}), exitCodes.usage)
  const root = path.resolve(io.cwd, argv.root)
  if (!(await isFolder(root))) throw new CliError(messages().cli.noFolder({folder: argv.root}), exitCodes.usage)
  const preview = new Preview(root)
  const report = (error: unknown) => io.stderr(`stdkit serve: ${error instanceof Error ? error.message : String(error)}\n`)
  // Watching starts before the library is read, so that an edit made meanwhile is read next.
  const watching = await watchLibrary(root, {onChange: async (changed) => void (await preview.update(changed)), onError: report})
  const server = createServer(respond(preview, io))
  // CONNECT never reaches the handler: the connection is handed over as it is, and answered here.
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'))
  try {
    await watching.run(() => preview.load()).catch((error: NodeJS.ErrnoException) => {
      throw new CliError(messages().serve.cannotRead({root: argv.root, reason: error.code ?? error.message}))
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
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    // An open page's polling keeps a connection alive; stopping must not wait for it.
    server.closeAllConnections()
    await closed
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
