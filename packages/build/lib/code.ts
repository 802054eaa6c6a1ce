/**
 * The code an output is made with, hashed for its cache key: the files of the
 * packages that make it and of the workspace packages they depend on,
 * followed through their manifests' `dependencies`, and the installed
 * versions of the other packages they depend on. A publisher's key covers its
 * own package and what that package reads, and no publisher it does not
 * depend on; no list is kept by hand, so no package can be forgotten.
 */
import {createHash} from 'node:crypto'
import {readdir, readFile, stat} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {messages} from '@stdkit/messages'

interface Manifest {
  name?: string
  version?: string
  dependencies?: Record<string, string>
}

/** Hashes of code, each package's computed once. */
export class CodeHashes {
  /** The folder of the package doing the build: its own files are part of every hash, and names resolve from it. */
  private readonly self: string
  private readonly own = new Map<string, Promise<string>>()
  private readonly hashes = new Map<string, Promise<string>>()

  constructor(self: string) {
    this.self = self
  }

  /** A hash of the code of the packages `names`, of the packages of the workspace they depend on, and of Node. */
  of(names: ReadonlyArray<string>): Promise<string> {
    const id = [...names].sort().join('\n')
    let hash = this.hashes.get(id)
    if (hash === undefined) {
      hash = this.compute(names)
      this.hashes.set(id, hash)
    }
    return hash
  }

  private async compute(names: ReadonlyArray<string>): Promise<string> {
    const folders = new Set([this.self])
    for (const name of names) await this.gather(name, this.self, folders)
    const hash = createHash('sha256').update(`node ${process.version}\n`)
    for (const folder of [...folders].sort()) hash.update(`${path.relative(this.self, folder)}\n${await this.ownHash(folder)}\n`)
    return hash.digest('hex')
  }

  /** Adds the folder of the package `name`, resolved from `from`, and those of the workspace packages it depends on. */
  private async gather(name: string, from: string, folders: Set<string>): Promise<void> {
    const folder = await packageFolder(createRequire(path.join(from, 'package.json')), name)
    // A key without the code it names would serve stale outputs.
    if (folder === undefined) throw new Error(messages().building.noPackage({name, from}))
    if (folders.has(folder)) return
    folders.add(folder)
    for (const [dependency, range] of Object.entries((await manifest(folder)).dependencies ?? {})) {
      if (range.startsWith('workspace:')) await this.gather(dependency, folder, folders)
    }
  }

  private ownHash(folder: string): Promise<string> {
    let hash = this.own.get(folder)
    if (hash === undefined) {
      hash = hashPackage(folder)
      this.own.set(folder, hash)
    }
    return hash
  }
}

/** A hash of a package's manifest, its files, and the installed versions of the packages outside the workspace it depends on. */
async function hashPackage(folder: string): Promise<string> {
  const hash = createHash('sha256')
  const text = await readFile(path.join(folder, 'package.json'), 'utf8')
  hash.update(`${text}\n`)
  for (const file of await codeFiles(folder)) hash.update(`${path.relative(folder, file)}\n`).update(await readFile(file))
  const require = createRequire(path.join(folder, 'package.json'))
  const dependencies = (JSON.parse(text) as Manifest).dependencies ?? {}
  for (const name of Object.keys(dependencies).sort()) {
    if (dependencies[name]?.startsWith('workspace:')) continue
    const installed = await packageFolder(require, name)
    hash.update(`${name}@${installed ? ((await manifest(installed)).version ?? '?') : '?'}\n`)
  }
  return hash.digest('hex')
}

async function manifest(folder: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8')) as Manifest
}

/** The folder of an installed package: its manifest, found by walking up from its entry (or its manifest, when that is exported). */
async function packageFolder(require: NodeJS.Require, name: string): Promise<string | undefined> {
  let start: string
  try {
    start = require.resolve(`${name}/package.json`)
  } catch {
    try {
      start = require.resolve(name)
    } catch {
      return undefined
    }
  }
  let folder = path.dirname(start)
  while (folder !== path.dirname(folder)) {
    const text = await readFile(path.join(folder, 'package.json'), 'utf8').catch(() => undefined)
    if (text !== undefined && (JSON.parse(text) as Manifest).name === name) return folder
    folder = path.dirname(folder)
  }
  return undefined
}

/** The files of a package that hold code or assets: everything but node_modules, tests and build info. */
async function codeFiles(folder: string): Promise<Array<string>> {
  const out: Array<string> = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, {withFileTypes: true}).catch(() => [])
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name === 'node_modules' || entry.name === 'test' || entry.name.startsWith('.')) continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile() && !entry.name.endsWith('.tsbuildinfo') && !entry.name.endsWith('.map')) out.push(full)
    }
  }
  await walk(folder)
  return out
}

/** This package's folder: the first folder above this file with a manifest (`lib/` in sources, `dist/lib/` compiled). */
async function selfFolder(): Promise<string> {
  let folder = path.dirname(fileURLToPath(import.meta.url))
  while (!(await stat(path.join(folder, 'package.json')).catch(() => undefined)) && folder !== path.dirname(folder)) folder = path.dirname(folder)
  return folder
}

let shared: Promise<CodeHashes> | undefined

/** The hash of the code of `names` as this process runs it: computed once a process. */
export async function codeVersion(names: ReadonlyArray<string>): Promise<string> {
  shared ??= selfFolder().then((folder) => new CodeHashes(folder))
  return (await shared).of(names)
}
