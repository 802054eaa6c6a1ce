/**
 * A live preview of a library: the site published by the build engine into
 * memory and rebuilt when a source changes, redoing only the pages the change
 * touches. A standard whose sources have errors is shown as its checker
 * messages instead of a stale render.
 */
import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {checkEditions} from '@stdkit/check'
import {editionFiles, loadEdition, type LibraryStandard} from '@stdkit/library'
import {hasErrors} from '@stdkit/tree'
import type {VFile} from 'vfile'
import {publishWith} from './build.js'
import {Memo} from './memo.js'
import {Workers} from './workers.js'

interface Entry {
  standard: LibraryStandard
  /** Files with errors, when the standard cannot be shown. */
  broken: Array<VFile>
}

export class Preview {
  /** Bumped on every rebuild; an open page reloads when it changes. */
  version = 0
  private readonly root: string
  private readonly entries = new Map<string, Entry>()
  private pages = new Map<string, string>()
  /** Each standard's trees by the texts they come from: an edit reparses one file. */
  private readonly memos = new Map<string, Memo>()
  /** The comparisons and pages of the site shown: an edit recompares only the pairs it touches, and renders only its standard's pages. */
  private readonly published = new Memo()
  /** The pages are made in this thread. */
  private readonly workers = new Workers(1, false)

  constructor(root: string) {
    this.root = path.resolve(root)
  }

  /** Loads every standard of the library. */
  async load(): Promise<void> {
    for (const slug of (await this.folders()).sort()) await this.loadStandard(slug)
    await this.render()
  }

  /** The folders in the root, by name. */
  private async folders(): Promise<Array<string>> {
    return (await readdir(this.root, {withFileTypes: true})).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
  }

  /**
   * Rebuilds what changed files and folders touch (paths relative to the root,
   * or absolute; the root itself for all): their standards, read again from
   * disk, and the index.
   * Returns whether anything was rebuilt.
   */
  async update(changed: ReadonlyArray<string>): Promise<boolean> {
    const slugs = new Set(changed.map((name) => path.relative(this.root, path.resolve(this.root, name)).split(path.sep)[0] ?? ''))
    // The root itself: every standard shown and every folder there now.
    if (slugs.has('')) for (const slug of [...this.entries.keys(), ...(await this.folders().catch(() => []))]) slugs.add(slug)
    const touched = [...slugs].filter((slug) => slug !== '' && !slug.startsWith('..')).sort()
    if (touched.length === 0) return false
    for (const slug of touched) await this.loadStandard(slug)
    await this.render()
    return true
  }

  /** A page by its path in the site (`q-zx-75.1861/2007.html`), or undefined. */
  page(name: string): string | undefined {
    return this.pages.get(name)
  }

  private async loadStandard(slug: string): Promise<void> {
    const folder = path.join(this.root, slug)
    const files = await editionFiles(folder).catch(() => [])
    if (files.length === 0) {
      this.entries.delete(slug)
      this.memos.delete(slug)
      return
    }
    const memo = this.memos.get(slug) ?? new Memo()
    this.memos.set(slug, memo)
    const editions = await Promise.all(files.map((file) => loadEdition(file, this.root, process.cwd(), {parse: (source) => memo.parse(source)})))
    checkEditions(editions)
    const broken = editions.filter((edition) => hasErrors(edition.file)).map((edition) => edition.file)
    // What the standard as shown now was made from stays; a standard being mended keeps its last good trees too.
    if (broken.length === 0) await memo.prune()
    this.entries.set(slug, {standard: {slug, editions}, broken})
  }

  private async render(): Promise<void> {
    const shown = [...this.entries.values()].filter((entry) => entry.broken.length === 0)
    const {files} = await publishWith({root: this.root, standards: shown.map((entry) => entry.standard)}, {formats: ['html']}, this.published, this.workers)
    await this.published.prune()
    const pages = new Map([...files].map(([name, page]) => [name, String(page)]))
    for (const entry of this.entries.values()) {
      if (entry.broken.length === 0) continue
      // Every page the standard would have shows why it cannot be built.
      const page = errorPage(entry)
      pages.set(`${entry.standard.slug}/index.html`, page)
      for (const edition of entry.standard.editions) pages.set(`${entry.standard.slug}/${edition.year}.html`, page)
    }
    this.pages = pages
    this.version++
  }
}

function escape(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.codePointAt(0) ?? 0};`)
}

function errorPage(entry: Entry): string {
  const items = entry.broken.flatMap((file) =>
    file.messages
      .filter((message) => message.fatal === true)
      .map((message) => `<li><code>${escape(`${file.path}:${message.line ?? 1}:${message.column ?? 1}`)}</code> ${escape(message.reason)} <code>${escape(message.ruleId ?? '')}</code></li>`)
  )
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(entry.standard.slug)}：源文件有错误</title></head><body><main><h1>${escape(entry.standard.slug)}：源文件有错误</h1><p>改正下列错误后页面会自动更新。</p><ul class="messages">${items.join('')}</ul></main></body></html>\n`
}
