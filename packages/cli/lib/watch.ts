/**
 * Watching a library's folder for edits, as `build --watch` and `serve` do.
 *
 * A watch on a file follows its inode, and editors, `sed -i` and `git
 * checkout` replace a file by renaming another onto its name: such a watch
 * sees the first save and none after. (Node 20's `recursive` watch on Linux
 * watches each file, so it loses them too.) Here every folder is watched
 * instead, new folders as they appear, and each event only names a path that
 * is looked at afresh once the burst of events a save makes has passed.
 */
import {watch, type FSWatcher} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {CliError} from './errors.js'

export interface LibraryWatchOptions {
  /** Takes the paths (relative to the root; the root itself is '') of the sources and folders that changed, one batch at a time. */
  onChange(changed: ReadonlyArray<string>): Promise<void>
  /** Told what went wrong: a folder that cannot be watched, or a batch that failed. The watch goes on. */
  onError(error: unknown): void
  /** Folders under the root that are not the library's, such as a build's output: what changes there is not told. */
  ignore?: ReadonlyArray<string>
}

/** Quiet time, in milliseconds, that ends a burst of events. */
const quiet = 50

/** Longest, in milliseconds, that events which never pause (a log written under the root) hold back a batch. */
const longest = 1000

/** Sources are Markdown files; other files (an editor's swap file, a backup) change nothing. */
const isSource = (name: string): boolean => name.endsWith('.md')

export class LibraryWatch {
  private readonly root: string
  private readonly options: LibraryWatchOptions
  private readonly ignored: ReadonlyArray<string>
  private readonly folders = new Map<string, FSWatcher>()
  /** Watches the root's parent for the root's own name: a library removed, or replaced by a copy, is watched again. */
  private parent: FSWatcher | undefined
  private noticed = new Set<string>()
  private timer: NodeJS.Timeout | undefined
  /** When the first event of the batch being gathered came. */
  private since = 0
  private queue: Promise<unknown> = Promise.resolve()
  private closed = false

  constructor(root: string, options: LibraryWatchOptions) {
    this.root = path.resolve(root)
    this.options = options
    this.ignored = (options.ignore ?? []).map((folder) => path.resolve(folder))
  }

  /** Starts watching the root and every folder below it; a root that cannot be watched is a `CliError`. */
  async start(): Promise<void> {
    try {
      this.folders.set(this.root, this.watchFolder(this.root))
    } catch (error) {
      throw cannotWatch(this.root, error)
    }
    await this.addBelow(this.root)
    const name = path.basename(this.root)
    try {
      this.parent = watch(path.dirname(this.root), (_event, changed) => {
        if (changed === null || String(changed) === name) this.notice(this.root)
      }).on('error', () => this.parent?.close())
    } catch {
      // A root whose parent cannot be watched is watched as long as it stays.
    }
  }

  /** Runs `task` in turn with the batches: none is taken while it runs, and it waits for the one under way. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task)
    this.queue = result.catch(() => undefined)
    return result
  }

  /** Stops watching, once the batch under way is done. */
  async close(): Promise<void> {
    this.closed = true
    clearTimeout(this.timer)
    this.parent?.close()
    for (const watcher of this.folders.values()) watcher.close()
    this.folders.clear()
    await this.queue
  }

  private watchFolder(folder: string): FSWatcher {
    const watcher = watch(folder, (_event, name) => this.notice(name ? path.join(folder, String(name)) : folder))
    // A folder that can no longer be watched is looked at again, as if it had changed.
    watcher.on('error', () => this.notice(folder))
    return watcher
  }

  /**
   * Whether `file` is left alone: an ignored folder or what is in it, or a
   * hidden name (a build's staging folders, an editor's or version control's
   * own files), which holds no source.
   */
  private skipped(file: string): boolean {
    if (this.ignored.some((folder) => file === folder || file.startsWith(`${folder}${path.sep}`))) return true
    return path.relative(this.root, file).split(path.sep).some((part) => part.startsWith('.') && part !== '..')
  }

  private notice(file: string): void {
    if (this.closed || this.skipped(file)) return
    this.noticed.add(file)
    const now = performance.now()
    if (this.timer === undefined) this.since = now
    else if (now - this.since >= longest) return
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.run(() => this.flush()).catch((error: unknown) => this.options.onError(error))
    }, quiet)
  }

  /** Looks at every path noticed since the last batch, and passes on those that matter. */
  private async flush(): Promise<void> {
    const noticed = [...this.noticed]
    this.noticed = new Set()
    const changed: Array<string> = []
    // One at a time: a folder and one inside it may both have been noticed.
    for (const file of noticed) if (await this.settle(file)) changed.push(file)
    if (changed.length > 0 && !this.closed) await this.options.onChange(changed.map((file) => path.relative(this.root, file)))
  }

  /** Brings the watches at `file` up to date; resolves to whether the change matters. */
  private async settle(file: string): Promise<boolean> {
    const folder = await isFolder(file)
    // A folder that went, or one put in the place of another, drops the watches of what was there.
    const watched = this.forget(file)
    if (folder) await this.add(file)
    return folder || watched || isSource(file)
  }

  /** Watches `folder` and every folder below it. */
  private async add(folder: string): Promise<void> {
    if (this.closed || this.folders.has(folder) || this.skipped(folder)) return
    try {
      this.folders.set(folder, this.watchFolder(folder))
    } catch (error) {
      // Gone again already: its parent's watch tells of that.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.options.onError(cannotWatch(folder, error))
      return
    }
    await this.addBelow(folder)
  }

  private async addBelow(folder: string): Promise<void> {
    const entries = await readdir(folder, {withFileTypes: true}).catch(() => [])
    await Promise.all(entries.filter((entry) => entry.isDirectory()).map((entry) => this.add(path.join(folder, entry.name))))
  }

  /** Closes the watches of `folder` and of every folder below it; returns whether there were any. */
  private forget(folder: string): boolean {
    let found = false
    for (const [watched, watcher] of this.folders) {
      if (watched !== folder && !watched.startsWith(`${folder}${path.sep}`)) continue
      watcher.close()
      this.folders.delete(watched)
      found = true
    }
    return found
  }
}

function cannotWatch(folder: string, error: unknown): CliError {
  return new CliError(`cannot watch ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
}

/** Whether `file` is a folder (or a link to one) now. */
export async function isFolder(file: string): Promise<boolean> {
  return stat(file).then((stats) => stats.isDirectory(), () => false)
}

/** Watches the library at `root`; resolves once every folder in it is watched. */
export async function watchLibrary(root: string, options: LibraryWatchOptions): Promise<LibraryWatch> {
  const watching = new LibraryWatch(root, options)
  await watching.start()
  return watching
}
