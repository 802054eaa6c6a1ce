/**
 * Making outputs across worker threads. The typesetter is synchronous
 * JavaScript, so a build's PDFs — most of its time — take one core; a pool of
 * workers, each with its own publishers' code, makes several at once. A
 * worker is given a task of a publisher that may run off the main thread
 * (`threads` in the registry) and plain data (the tree, the diff, the table
 * of the library's editions for links), which the structured clone copies,
 * and gives back the output. A worker warms those publishers up as it starts
 * and then takes two tasks at a time; the build's own thread, its other work
 * done, makes what no worker has taken yet.
 *
 * Workers run the compiled JavaScript; from TypeScript sources (the tests),
 * and for a build with little to make in threads, where starting workers
 * costs more than it saves, the build makes everything in its own thread.
 * Either way the bytes are the same.
 */
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'
import {languageInUse, messages, useLanguage, type Language} from '@stdkit/messages'
import {report} from '@stdkit/tree'
import {VFile} from 'vfile'
import type {Output, Publisher} from './publisher.js'
import {publishers, render, type Format, type Task} from './publishers.js'

const marker = 'stdkit-worker'
const self = fileURLToPath(import.meta.url)

/** Whether this module can run as a worker: it is compiled JavaScript. */
export function workersAvailable(): boolean {
  return self.endsWith('.js')
}

/** Characters of source a build's tasks for threads must add up to before workers pay for their start (a worker loads its own typesetter, fonts and shaped runs). */
export const workerThreshold = 3_000_000

/**
 * How many threads make a build's `tasks` outputs from `size` characters of
 * source, the build's own thread among them (1: it alone): `requested` when
 * given (`STDKIT_WORKERS` otherwise); else one per core, up to 4, when there
 * is work enough to pay for starting workers — or, for a builder run again,
 * whenever there are two tasks or more, its workers being started once.
 */
export function workerCount(tasks: number, size: number, requested?: number, kept = false): number {
  const fromEnvironment = Number(process.env['STDKIT_WORKERS'])
  const wanted = requested ?? (Number.isInteger(fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : undefined)
  if (!workersAvailable()) return 1
  // Kept for the builds to come, a pool is as large as asked; a pool for one build need not be larger than its work.
  if (wanted !== undefined) return Math.max(1, kept ? wanted : Math.min(wanted, tasks))
  const cores = Math.min(availableParallelism(), 4)
  return tasks >= 2 && (kept || size >= workerThreshold) ? Math.min(cores, kept ? cores : tasks) : 1
}

/**
 * The worker threads of a build: a pool started when a build has tasks for
 * threads enough, and stopped after it; or, for a builder run again and again, kept
 * warm for the next run until `close`.
 */
export class Workers {
  private pool: Pool | undefined
  private readonly requested: number | undefined
  private readonly kept: boolean

  constructor(requested: number | undefined, kept: boolean) {
    this.requested = requested
    this.kept = kept
  }

  /** The pool to make `count` outputs from `size` characters of source in, or none to make them in this thread. */
  for(count: number, size: number): Pool | undefined {
    if (this.pool?.broken) void this.close()
    if (!this.pool && count > 0) {
      const workers = workerCount(count, size, this.requested, this.kept)
      // The build's own thread makes outputs too: the pool has one thread fewer.
      if (workers > 1) this.pool = new Pool(workers - 1)
    }
    return this.pool
  }

  /** After a build: a pool that is not kept stops. */
  async done(): Promise<void> {
    if (!this.kept) await this.close()
  }

  async close(): Promise<void> {
    const pool = this.pool
    this.pool = undefined
    await pool?.close()
  }
}

interface Reply {
  /** The task answered; none for the message that the worker is ready. */
  id?: number
  output?: Output
  error?: {format: Format; name: string; message: string; file?: FileData | undefined}
}

/** A file's messages as plain data, which the structured clone copies: a VFile's messages lose their class on the way. */
interface FileData {
  path: string
  messages: Array<{reason: string; line: number; column: number; ruleId: string; fatal: boolean | undefined}>
}

function fileData(file: VFile): FileData {
  return {
    path: file.path,
    messages: file.messages.map((message) => ({reason: message.reason, line: message.line ?? 1, column: message.column ?? 1, ruleId: message.ruleId ?? '', fatal: message.fatal ?? undefined}))
  }
}

function fileOf(data: FileData | undefined): VFile {
  const file = new VFile({path: data?.path})
  for (const message of data?.messages ?? []) {
    report(file, message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info', message.reason, {line: message.line, column: message.column}, message.ruleId)
  }
  return file
}

/** A pool of workers: `run` queues a task and resolves with its output. */
export class Pool {
  private readonly workers: Array<Worker> = []
  /** A worker for each task it can take now: two at a time each. */
  private readonly slots: Array<Worker> = []
  private readonly queue: Array<{id: number; task: Task}> = []
  private readonly pending = new Map<number, {resolve: (output: Output) => void; reject: (error: Error) => void; worker?: Worker}>()
  private next = 0
  private failed: Error | undefined

  constructor(size: number) {
    for (let index = 0; index < size; index++) {
      const worker = new Worker(self, {workerData: {marker, language: languageInUse()}})
      worker.on('message', (reply: Reply) => {
        // Ready, its publishers warm: it takes tasks from now on.
        if (reply.id === undefined) {
          this.slots.push(worker, worker)
          this.dispatch()
        } else this.settle(worker, {...reply, id: reply.id})
      })
      worker.on('error', (error) => this.fail(error))
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(messages().building.workerStopped({code})))
      })
      this.workers.push(worker)
    }
  }

  /** Whether a worker failed: the pool takes no more tasks. */
  get broken(): boolean {
    return this.failed !== undefined
  }

  run(task: Task): Promise<Output> {
    if (this.failed) return Promise.reject(this.failed)
    const id = this.next++
    return new Promise<Output>((resolve, reject) => {
      this.pending.set(id, {resolve, reject})
      this.queue.push({id, task})
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }

  /**
   * Makes tasks no worker has taken yet in this thread, until none is
   * left: a build whose own work is done helps its workers rather than wait.
   */
  async help(): Promise<void> {
    for (let item = this.queue.shift(); item && !this.failed; item = this.queue.shift()) {
      const waiting = this.pending.get(item.id)
      this.pending.delete(item.id)
      try {
        waiting?.resolve(await render(item.task))
      } catch (error) {
        waiting?.reject(error instanceof Error ? error : new Error(String(error)))
      }
      // Let the workers' replies in, so that they are given their next tasks meanwhile.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  /** Gives each worker up to two tasks at a time, so that none waits for this thread between two. */
  private dispatch(): void {
    while (this.slots.length > 0 && this.queue.length > 0) {
      const worker = this.slots.shift() as Worker
      const item = this.queue.shift() as {id: number; task: Task}
      const waiting = this.pending.get(item.id)
      if (waiting) waiting.worker = worker
      worker.postMessage({id: item.id, task: item.task})
    }
  }

  private settle(worker: Worker, reply: Reply & {id: number}): void {
    const waiting = this.pending.get(reply.id)
    this.pending.delete(reply.id)
    this.slots.push(worker)
    if (waiting) {
      if (reply.error) {
        waiting.reject(errorOf(reply.error))
      } else {
        const output = reply.output ?? new Uint8Array()
        waiting.resolve(typeof output === 'string' ? output : Buffer.from(output.buffer, output.byteOffset, output.byteLength))
      }
    }
    this.dispatch()
  }

  private fail(error: Error): void {
    if (this.failed) return
    this.failed = error
    for (const waiting of this.pending.values()) waiting.reject(error)
    this.pending.clear()
    this.queue.length = 0
  }
}

/** A worker's failure as an error of this thread: a publisher's own errors keep their class and their messages. */
function errorOf({format, name, message, file}: NonNullable<Reply['error']>): Error {
  const Class = (publishers[format] as Publisher | undefined)?.error
  return Class && name === Class.name ? new Class(message, fileOf(file)) : new Error(message)
}

// In a worker: warm the publishers that run in threads up and say so, then make what the pool sends.
if (!isMainThread && (workerData as {marker?: string} | undefined)?.marker === marker && parentPort) {
  const port = parentPort
  // Its failures are read by the person who asked for the build, in their language.
  useLanguage((workerData as {language: Language}).language)
  void Promise.all(Object.values<Publisher>(publishers).map((publisher) => publisher.warmUp?.())).then(() => port.postMessage({} satisfies Reply))
  port.on('message', ({id, task}: {id: number; task: Task}) => {
    render(task).then(
      (output) => {
        if (typeof output === 'string') return port.postMessage({id, output} satisfies Reply)
        const copy = new Uint8Array(output.byteLength)
        copy.set(output)
        port.postMessage({id, output: copy} satisfies Reply, [copy.buffer])
      },
      (error: unknown) => {
        const file = error instanceof Error && 'file' in error && error.file instanceof VFile ? fileData(error.file) : undefined
        const failure = error instanceof Error ? {format: task.format, name: error.name, message: error.message, file} : {format: task.format, name: 'Error', message: String(error)}
        port.postMessage({id, error: failure} satisfies Reply)
      }
    )
  })
}
