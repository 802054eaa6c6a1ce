/**
 * The HTML site as files: every page there, every internal link resolving
 * (from the library, and from standards kept in folders with odd names),
 * byte-identical builds.
 */
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {visit} from 'unist-util-visit'
import {beforeAll, describe, expect, it} from 'vitest'
import {oddFolderNames} from './bad-inputs/cases.js'
import {buildSite, library, repository, stdkit} from './support.js'

let out = ''
beforeAll(async () => {
  out = await buildSite()
}, 60_000)

function files(extension: string, folder = out): Array<string> {
  return readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith(extension))
    .sort()
}

const pages = (folder = out): Array<string> => files('.html', folder)

function elements(file: string, folder = out): Array<Element> {
  const found: Array<Element> = []
  visit(fromHtml(readFileSync(path.join(folder, file), 'utf8')), 'element', (node) => {
    found.push(node)
  })
  return found
}

/** The links of a PDF: the URIs of its link annotations, as pdfkit writes them. */
function pdfLinks(file: string): Array<string> {
  const text = readFileSync(file).toString('latin1')
  return [...text.matchAll(/\/URI \((?<uri>(?:\\.|[^\\)])*)\)/gu)].map((match) => (match.groups?.uri ?? '').replace(/\\(.)/gu, '$1'))
}

/**
 * Resolves `href` from the file `from` of `folder` as a browser does from a
 * file: URL, and expects a file of the folder there; returns its path in the
 * folder and the fragment, decoded.
 */
function resolve(folder: string, from: string, href: string): {file: string; fragment: string} {
  const url = new URL(href, pathToFileURL(path.join(folder, from)))
  expect(url.protocol, `${from} → ${href}`).toBe('file:')
  const file = path.relative(folder, fileURLToPath(url)).split(path.sep).join('/')
  expect(file.split('/')[0] === '..' || path.isAbsolute(file), `${from} → ${href}: outside the site`).toBe(false)
  expect(existsSync(path.join(folder, file)), `${from} → ${href}: no file ${file}`).toBe(true)
  return {file, fragment: decodeURIComponent(url.hash.slice(1))}
}

/** The files a page's download links lead to, as paths in `folder`, in the order they are shown; each must be there. */
function downloads(file: string, folder = out): Array<string> {
  const found: Array<string> = []
  for (const nav of elements(file, folder).filter((node) => node.tagName === 'nav' && String(node.properties.className ?? '').split(' ').includes('downloads'))) {
    expect(nav.properties.ariaLabel, file).toBe('下载')
    visit(nav, 'element', (node) => {
      if (node.tagName === 'a' && typeof node.properties.href === 'string') found.push(resolve(folder, file, node.properties.href).file)
    })
  }
  return found
}

/** Ids that stand on more than one element of a page, as `page#id`, for every page under `folder`. */
function duplicateIds(folder: string): Array<string> {
  return pages(folder).flatMap((file) => {
    const seen = new Set<string>()
    return elements(file, folder).flatMap((node) => {
      const id = node.properties.id
      if (typeof id !== 'string') return []
      if (!seen.has(id)) return void seen.add(id), []
      return [`${file}#${id}`]
    })
  })
}

/** A copy of Q/ZX 75.1861, every edition, with anchors renamed (`{#old}` → `{#new}`); returns the folder holding its `standards/`. */
function renamedAnchors(renames: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'stdkit-anchors-'))
  const folder = path.join(root, 'standards/q-zx-75.1861')
  cpSync(path.join(repository, 'standards/q-zx-75.1861'), folder, {recursive: true})
  for (const name of readdirSync(folder)) {
    let text = readFileSync(path.join(folder, name), 'utf8')
    for (const [old, now] of Object.entries(renames)) text = text.replaceAll(`{#${old}}`, `{#${now}}`)
    writeFileSync(path.join(folder, name), text)
  }
  return root
}

/** Checks every link of every page and PDF under `folder`, to a file there and to an id on the page; returns how many. */
function checkLinks(folder: string): number {
  const ids = new Map(pages(folder).map((file) => [file, new Set(elements(file, folder).map((node) => String(node.properties.id ?? '')))]))
  let checked = 0
  for (const file of pages(folder)) {
    for (const node of elements(file, folder)) {
      const href = node.tagName === 'a' ? node.properties.href : undefined
      if (typeof href !== 'string') continue
      expect(href, `${file}: external link`).not.toMatch(/^[a-z]+:/u)
      const target = resolve(folder, file, href)
      if (target.fragment) expect(ids.get(target.file)?.has(target.fragment), `${file} → ${href}: no id ${target.fragment}`).toBe(true)
      checked++
    }
  }
  for (const file of files('.pdf', folder)) {
    for (const uri of pdfLinks(path.join(folder, file))) {
      resolve(folder, file, uri)
      checked++
    }
  }
  return checked
}

describe('the site', () => {
  it('has the index, the edition pages and the comparison pages', () => {
    expect(pages()).toEqual([
      'index.html',
      'q-zx-75.1760/2006.html',
      'q-zx-75.1861/2004.html',
      'q-zx-75.1861/2005.html',
      'q-zx-75.1861/2006.html',
      'q-zx-75.1861/2007.html',
      'q-zx-75.1861/diff/2004..2005.html',
      'q-zx-75.1861/diff/2004..2006.html',
      'q-zx-75.1861/diff/2004..2007.html',
      'q-zx-75.1861/diff/2005..2006.html',
      'q-zx-75.1861/diff/2005..2007.html',
      'q-zx-75.1861/diff/2006..2007.html',
      't-zxbz-12.1/2023.html',
      't-zxbz-12.1/2026.html',
      't-zxbz-12.1/diff/2023..2026.html',
      't-zxbz-12.2/2026.html'
    ])
  })

  it('resolves every internal link, to a page and to an id on it', () => {
    expect(checkLinks(out)).toBeGreaterThan(500)
  })

  it('links every edition page to its PDF, Word, JSON and NISO STS files and the schema, and every comparison page to its own files, each there', () => {
    const editions = pages().filter((file) => /^[^/]+\/\d{4}\.html$/u.test(file))
    const comparisons = pages().filter((file) => file.includes('/diff/'))
    expect(editions.length).toBeGreaterThan(5)
    expect(comparisons.length).toBeGreaterThan(5)
    for (const file of editions) {
      const base = file.replace(/\.html$/u, '')
      expect(downloads(file), file).toEqual([`${base}.pdf`, `${base}.docx`, `${base}.json`, `${base}.sts.xml`, 'schema/standard.schema.json'])
    }
    for (const file of comparisons) {
      const base = file.replace(/\.html$/u, '')
      const made = ['.pdf', '.docx', '.json'].map((ending) => `${base}${ending}`).filter((name) => existsSync(path.join(out, name)))
      expect(made, file).toEqual(expect.arrayContaining([`${base}.pdf`, `${base}.json`]))
      expect(downloads(file), file).toEqual(made)
    }
  })

  it('links no file that a build of the pages alone does not make', async () => {
    const only = mkdtempSync(path.join(tmpdir(), 'stdkit-pages-'))
    expect((await stdkit(['build', 'standards', '--out', only, '--format', 'html'], library())).code).toBe(0)
    expect(files('.pdf', only).length + files('.docx', only).length + files('.json', only).length).toBe(0)
    expect(pages(only)).toEqual(pages())
    for (const file of pages(only)) {
      expect(downloads(file, only), file).toEqual([])
      const hrefs = elements(file, only).flatMap((node) => (node.tagName === 'a' && typeof node.properties.href === 'string' ? [node.properties.href] : []))
      expect(hrefs.filter((href) => /\.(?:pdf|docx|json)(?:#|$)/u.test(href)), file).toEqual([])
    }
    expect(checkLinks(only)).toBeGreaterThan(500)
  }, 60_000)

  it('gives every provision its stable id and its printed number as anchors', () => {
    const ids = new Set(elements('q-zx-75.1861/2007.html').map((node) => String(node.properties.id ?? '')))
    for (const id of ['service-etiquette', 'clause-4.2', 'network-planning-optimization', 'clause-7', 'appendix-A', 'term-3.1', 'foreword']) {
      expect(ids.has(id), id).toBe(true)
    }
  })

  it('links cross-references to their targets and other editions of the same provision', () => {
    const html = readFileSync(path.join(out, 'q-zx-75.1861/2007.html'), 'utf8')
    expect(html).toContain('<a class="xref" href="#appendix-A">附录A</a>')
    expect(html).toContain('href="2004.html#service-etiquette"')
    expect(html).toContain('<html lang="zh-CN">')
  })

  it('gives every element of every page an id of its own', () => {
    expect(duplicateIds(out)).toEqual([])
  })

  it('is byte-identical from one build to the next', async () => {
    const again = await buildSite()
    for (const file of pages()) expect(readFileSync(path.join(again, file), 'utf8'), file).toBe(readFileSync(path.join(out, file), 'utf8'))
  }, 60_000)
})

describe('a library in folders with odd names', () => {
  let odd = ''
  beforeAll(async () => {
    // The standard that cites another in one odd folder, the cited one in each of the others.
    const root = mkdtempSync(path.join(tmpdir(), 'stdkit-odd-'))
    const [first, ...others] = oddFolderNames
    cpSync(path.join(repository, 'standards/q-zx-75.1861'), path.join(root, 'standards', first), {recursive: true})
    for (const name of others) {
      mkdirSync(path.join(root, 'standards', name), {recursive: true})
      cpSync(path.join(repository, 'standards/q-zx-75.1760/2006.md'), path.join(root, 'standards', name, '2006.md'))
    }
    odd = await buildSite('standards', root)
  }, 120_000)

  it('links every page and PDF to files of the site, whatever the folders are called', () => {
    expect(new Set(pages(odd).map((file) => file.split('/')[0]))).toEqual(new Set(['index.html', ...oddFolderNames]))
    expect(checkLinks(odd)).toBeGreaterThan(500)
    // Every folder is linked from the index, each to its own.
    const linked = elements('index.html', odd).flatMap((node) => (node.tagName === 'a' && typeof node.properties.href === 'string' ? [resolve(odd, 'index.html', node.properties.href).file.split('/')[0]] : []))
    expect(new Set(linked)).toEqual(new Set(['index.html', ...oddFolderNames]))
    // The PDFs cite the standard of another odd folder.
    const cited = files('.pdf', odd).flatMap((file) => pdfLinks(path.join(odd, file)).map((uri) => resolve(odd, file, uri).file.split('/')[0]))
    expect(cited.filter((folder) => folder !== oddFolderNames[0]).length).toBeGreaterThan(0)
  })
})

describe('anchors and the ids the pages make', () => {
  it('refuses anchors the pages use for their own parts, at their place', async () => {
    const root = renamedAnchors({'engineering-operations': 'main', demeanour: 'clause-5', 'service-etiquette': 'inline', 'basic-conduct': 'toc-title', 'term-after-sales-engineer': 'toc'})
    const {code, stdout} = await stdkit(['check', 'standards', '--format', 'json'], root)
    expect(code).toBe(1)
    const report = (JSON.parse(stdout) as {files: Array<{path: string; messages: Array<{line: number; column: number; ruleId: string; reason: string}>}>}).files
    const reserved = report.flatMap((file) => file.messages.filter((message) => message.ruleId === 'reserved-id').map((message) => `${file.path.split('/').at(-1)}:${message.line}:${message.column} ${/`\{#([a-z0-9-]+)\}`/u.exec(message.reason)?.[1]}`))
    const expected = readdirSync(path.join(root, 'standards/q-zx-75.1861')).sort().flatMap((name) =>
      readFileSync(path.join(root, 'standards/q-zx-75.1861', name), 'utf8')
        .split('\n')
        .flatMap((line, index) => {
          const anchor = /\{#(main|clause-5|inline|toc-title|toc)\}$/u.exec(line)?.[1]
          return anchor ? [`${name}:${index + 1}:1 ${anchor}`] : []
        })
    )
    expect(expected.length).toBe(18)
    expect(reserved.sort()).toEqual(expected.sort())
    expect((await stdkit(['build', 'standards', '--out', path.join(root, 'out')], root)).code).toBe(1)
    expect(existsSync(path.join(root, 'out'))).toBe(false)
  })

  it('builds pages with unique ids from anchors that are near the ids the pages make', async () => {
    const root = renamedAnchors({'engineering-operations': 'main-content', demeanour: 'appendix-a', 'service-etiquette': 'clause-five', 'basic-conduct': 'title', 'term-after-sales-engineer': 'contents', 'network-planning-optimization': 'inline-diff'})
    const built = await buildSite('standards', root)
    expect(readFileSync(path.join(built, 'q-zx-75.1861/2007.html'), 'utf8')).toContain('id="appendix-a"')
    expect(duplicateIds(built)).toEqual([])
  })
})
