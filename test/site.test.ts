/** The HTML site as files: every page there, every internal link resolving, byte-identical builds. */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {visit} from 'unist-util-visit'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildSite} from './support.js'

let out = ''
beforeAll(async () => {
  out = await buildSite()
}, 60_000)

function pages(): Array<string> {
  return readdirSync(out, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.html'))
    .sort()
}

function elements(file: string): Array<Element> {
  const found: Array<Element> = []
  visit(fromHtml(readFileSync(path.join(out, file), 'utf8')), 'element', (node) => {
    found.push(node)
  })
  return found
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
      'q-zx-75.1861/diff/2006..2007.html'
    ])
  })

  it('resolves every internal link, to a page and to an id on it', () => {
    const ids = new Map(pages().map((file) => [file, new Set(elements(file).map((node) => String(node.properties.id ?? '')))]))
    let checked = 0
    for (const file of pages()) {
      for (const node of elements(file)) {
        const href = node.tagName === 'a' ? node.properties.href : undefined
        if (typeof href !== 'string') continue
        expect(href, `${file}: external link`).not.toMatch(/^[a-z]+:/u)
        const [target = '', fragment] = href.split('#')
        const page = target === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), target))
        expect(ids.has(page), `${file} → ${href}: no page ${page}`).toBe(true)
        if (fragment) expect(ids.get(page)?.has(fragment), `${file} → ${href}: no id ${fragment}`).toBe(true)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(500)
  })

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

  it('is byte-identical from one build to the next', async () => {
    const again = await buildSite()
    for (const file of pages()) expect(readFileSync(path.join(again, file), 'utf8'), file).toBe(readFileSync(path.join(out, file), 'utf8'))
  }, 60_000)
})
