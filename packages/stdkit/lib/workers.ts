/**
 * Typesetting PDFs across worker threads. pdfkit is synchronous JavaScript,
 * so a build's PDFs — most of its time — take one core; a pool of workers,
 * each with its own pdfkit and fonts, sets several at once. A worker is given
 * plain data (the tree, the diff, the table of the library's editions for
 * links), which the structured clone copies, and gives back the PDF's bytes.
 * A worker typesets a small sample as it starts, to load its fonts and warm
 * its code, and then takes two tasks at a time; the build's own thread, its
 * other work done, typesets what no worker has taken yet.
 *
 * Workers run the compiled JavaScript; from TypeScript sources (the tests),
 * and for a build with little to typeset, where starting workers costs more
 * than it saves, the build typesets in its own thread. Either way the bytes
 * are the same.
 */
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'
import type {StandardDiff} from '@stdkit/diff'
import {relative} from '@stdkit/html/url'
import {PdfError} from '@stdkit/pdf/error'
import type {Standard} from '@stdkit/tree'

/** One edition of the library, as PDF links need it. */
export interface LinkEntry {
  slug: string
  year: number
  designation: string
}

/** Links from one PDF of the output (`from`) to the PDF of another standard: a dated reference to that edition, else the latest. */
export function linkFrom(table: ReadonlyArray<ReadonlyArray<LinkEntry>>, from: string): (designation: string, year: number | undefined) => string | undefined {
  return (designation, year) => {
    for (const standard of table) {
      const editions = standard.filter((edition) => edition.designation === designation)
      const edition = (year === undefined ? undefined : editions.find((item) => item.year === year)) ?? editions.at(-1)
      if (edition) return relative(from, `${edition.slug}/${edition.year}.pdf`)
    }
    return undefined
  }
}

/** A PDF to typeset. */
export type PdfTask =
  | {kind: 'edition'; name: string; tree: Standard; path: string | undefined; links: ReadonlyArray<ReadonlyArray<LinkEntry>>}
  | {kind: 'redline'; name: string; diff: StandardDiff; newer: Standard; path: string | undefined; links: ReadonlyArray<ReadonlyArray<LinkEntry>>}

/** Typesets one PDF, in whichever thread runs it; the typesetter is loaded when the first PDF is made. */
export async function typeset(task: PdfTask): Promise<Buffer> {
  const {renderEditionPdf, renderRedlinePdf} = await import('@stdkit/pdf')
  const standardLink = linkFrom(task.links, task.name)
  return task.kind === 'edition'
    ? renderEditionPdf(task.tree, {path: task.path, standardLink})
    : renderRedlinePdf(task.diff, task.newer, {path: task.path, standardLink})
}

const marker = 'stdkit-pdf-worker'
const self = fileURLToPath(import.meta.url)

/** Whether this module can run as a worker: it is compiled JavaScript. */
export function workersAvailable(): boolean {
  return self.endsWith('.js')
}

/** Characters of source a build's PDFs must add up to before workers pay for their start (a worker loads its own typesetter, fonts and shaped runs). */
export const workerThreshold = 3_000_000

/**
 * How many threads typeset a build's `pdfs` PDFs from `size` characters of
 * source, the build's own thread among them (1: it alone): `requested` when
 * given (`STDKIT_WORKERS` otherwise); else one per core, up to 4, when there
 * is work enough to pay for starting workers — or, for a builder run again,
 * whenever there are two PDFs or more, its workers being started once.
 */
export function workerCount(pdfs: number, size: number, requested?: number, kept = false): number {
  const fromEnvironment = Number(process.env['STDKIT_WORKERS'])
  const wanted = requested ?? (Number.isInteger(fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : undefined)
  if (!workersAvailable()) return 1
  // Kept for the builds to come, a pool is as large as asked; a pool for one build need not be larger than its work.
  if (wanted !== undefined) return Math.max(1, kept ? wanted : Math.min(wanted, pdfs))
  const cores = Math.min(availableParallelism(), 4)
  return pdfs >= 2 && (kept || size >= workerThreshold) ? Math.min(cores, kept ? cores : pdfs) : 1
}

/**
 * The worker threads of a build's PDFs: a pool started when a build has PDFs
 * enough, and stopped after it; or, for a builder run again and again, kept
 * warm for the next run until `close`.
 */
export class PdfWorkers {
  private pool: PdfPool | undefined
  private readonly requested: number | undefined
  private readonly kept: boolean

  constructor(requested: number | undefined, kept: boolean) {
    this.requested = requested
    this.kept = kept
  }

  /** The pool to typeset `count` PDFs from `size` characters of source in, or none to typeset them in this thread. */
  for(count: number, size: number): PdfPool | undefined {
    if (this.pool?.broken) void this.close()
    if (!this.pool && count > 0) {
      const workers = workerCount(count, size, this.requested, this.kept)
      // The build's own thread typesets too: the pool has one thread fewer.
      if (workers > 1) this.pool = new PdfPool(workers - 1)
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
  bytes?: Uint8Array
  error?: {name: string; message: string}
}

/** A pool of PDF workers: `run` queues a task and resolves with its bytes. */
export class PdfPool {
  private readonly workers: Array<Worker> = []
  /** A worker for each task it can take now: two at a time each. */
  private readonly slots: Array<Worker> = []
  private readonly queue: Array<{id: number; task: PdfTask}> = []
  private readonly pending = new Map<number, {resolve: (bytes: Buffer) => void; reject: (error: Error) => void; worker?: Worker}>()
  private next = 0
  private failed: Error | undefined

  constructor(size: number) {
    for (let index = 0; index < size; index++) {
      const worker = new Worker(self, {workerData: {marker}})
      worker.on('message', (reply: Reply) => {
        // Ready, its typesetter warm: it takes tasks from now on.
        if (reply.id === undefined) {
          this.slots.push(worker, worker)
          this.dispatch()
        } else this.settle(worker, {...reply, id: reply.id})
      })
      worker.on('error', (error) => this.fail(error))
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`A PDF worker stopped (exit code ${code})`))
      })
      this.workers.push(worker)
    }
  }

  /** Whether a worker failed: the pool takes no more tasks. */
  get broken(): boolean {
    return this.failed !== undefined
  }

  run(task: PdfTask): Promise<Buffer> {
    if (this.failed) return Promise.reject(this.failed)
    const id = this.next++
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, {resolve, reject})
      this.queue.push({id, task})
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }

  /**
   * Typesets tasks no worker has taken yet in this thread, until none is
   * left: a build whose own work is done helps its workers rather than wait.
   */
  async help(): Promise<void> {
    for (let item = this.queue.shift(); item && !this.failed; item = this.queue.shift()) {
      const waiting = this.pending.get(item.id)
      this.pending.delete(item.id)
      try {
        waiting?.resolve(await typeset(item.task))
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
      const item = this.queue.shift() as {id: number; task: PdfTask}
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
        const error = reply.error.name === 'PdfError' ? new PdfError(reply.error.message) : new Error(reply.error.message)
        waiting.reject(error)
      } else {
        const bytes = reply.bytes ?? new Uint8Array()
        waiting.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
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

// In a worker: warm the typesetter up and say so, then typeset what the pool sends.
if (!isMainThread && (workerData as {marker?: string} | undefined)?.marker === marker && parentPort) {
  const port = parentPort
  void import('@stdkit/pdf')
    .then(({warmUp}) => warmUp())
    .then(() => port.postMessage({} satisfies Reply))
  port.on('message', ({id, task}: {id: number; task: PdfTask}) => {
    typeset(task).then(
      (bytes) => {
        const copy = new Uint8Array(bytes.byteLength)
        copy.set(bytes)
        port.postMessage({id, bytes: copy} satisfies Reply, [copy.buffer])
      },
      (error: unknown) => {
        const failure = error instanceof Error ? {name: error.name, message: error.message} : {name: 'Error', message: String(error)}
        port.postMessage({id, error: failure} satisfies Reply)
      }
    )
  })
}
