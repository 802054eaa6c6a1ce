/**
 * A source that tries to inject markup or script — script tags, event
 * handlers, `javascript:` links, HTML in titles and table cells — is read as
 * text and published as inert text; a standard kept in a folder
 * named like a `javascript:` URL is linked as the folder it is.
 */
import {cpSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {chromium} from 'playwright-core'
import {visit} from 'unist-util-visit'
import {beforeAll, describe, expect, it} from 'vitest'
import {browserAvailable, buildSite, chromiumArgs, chromiumPath, repository, stdkit} from './support.js'

const library = path.join(repository, 'test/fixtures/injection')
let out = ''
beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'stdkit-injection-'))
  cpSync(library, path.join(root, 'standards'), {recursive: true})
  cpSync(path.join(library, 'q-zx-1'), path.join(root, 'standards', "javascript:alert('folder')"), {recursive: true})
  out = await buildSite('standards', root)
}, 60_000)

const pages = () => readdirSync(out, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.html'))

describe('an injection attempt', () => {
  it('is read as the text it is: the checker finds no markup in it to report', async () => {
    const {stderr} = await stdkit(['check', library])
    expect(stderr).not.toMatch(/no-raw-html|markdown-construct\s.*(?:html|link)/u)
  })

  it('leaves no script, handler, frame or javascript: URL in the pages', () => {
    for (const file of pages()) {
      const tree = fromHtml(readFileSync(path.join(out, file), 'utf8'))
      const scripts: Array<Element> = []
      visit(tree, 'element', (node) => {
        expect(['img', 'iframe', 'svg', 'b', 'object', 'embed'], `${file}: <${node.tagName}>`).not.toContain(node.tagName)
        for (const [name, value] of Object.entries(node.properties)) {
          expect(name.toLowerCase().startsWith('on'), `${file}: ${name} on <${node.tagName}>`).toBe(false)
          expect(String(value).trim().toLowerCase().startsWith('javascript:'), `${file}: ${name}=${String(value)}`).toBe(false)
        }
        if (node.tagName === 'script') scripts.push(node)
      })
      // Only the site's own script, which drives the pickers.
      for (const script of scripts) expect(JSON.stringify(script)).toContain('stdkit pages work without this script')
    }
  })

  it('shows the attempted markup as text', () => {
    const html = readFileSync(path.join(out, 'q-zx-1/2020.html'), 'utf8')
    expect(html).toContain('&#x3C;script>alert("paragraph")&#x3C;/script>')
    expect(html).toContain('<h1>注入测试&#x3C;script>alert("title")&#x3C;/script></h1>')
    expect(html).toContain(`&#x3C;svg onload="alert('cell')">`)
    expect(html).toContain(`<span class="title">要求&#x3C;img src="x" onerror="alert('heading')"></span>`)
  })

  it.runIf(browserAvailable())('runs nothing in a browser', async () => {
    const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs})
    try {
      const page = await browser.newPage()
      const dialogs: Array<string> = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      for (const file of pages()) {
        await page.goto(pathToFileURL(path.join(out, file)).href)
        for (const link of await page.locator('main a').all()) await link.hover()
      }
      expect(dialogs).toEqual([])
      expect(await page.evaluate(() => document.querySelectorAll('main img, main iframe, main svg').length)).toBe(0)
    } finally {
      await browser.close()
    }
  }, 60_000)
})
