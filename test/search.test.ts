/**
 * The search of the library in a real browser (Debian's Chromium driven by
 * playwright-core), on the built site opened from `file://` and served by
 * `stdkit serve`: typing a query, reading the results, following one to its
 * provision, by mouse and by keyboard; the same answers as the build's own
 * code; no console errors, no failed requests, and no axe-core violations
 * with the results showing, at desktop and phone width.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import vm from 'node:vm'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startPreview, type Io} from '@stdkit/cli'
import {browserAvailable, buildSite, chromiumArgs, chromiumPath, copyLibrary, openPage} from './support.js'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

describe.runIf(browserAvailable())('the search in a browser', () => {
  let out = ''
  let browser: Browser
  let preview: Awaited<ReturnType<typeof startPreview>> | undefined
  beforeAll(async () => {
    out = await buildSite()
    browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs})
    const io: Io = {cwd: copyLibrary('stdkit-search-serve-'), stdout: () => undefined, stderr: () => undefined}
    preview = await startPreview({root: 'standards', port: 0, host: '127.0.0.1'}, io)
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await preview?.close()
  })

  const fileUrl = (file: string) => pathToFileURL(path.join(out, file)).href

  /** A page that records what goes wrong on it. */
  const open = (url: string, width = 1280) => openPage(browser, url, {viewport: {width, height: 900}})

  /** Types `query` into the page's search and waits for its results. */
  async function searchFor(page: Page, query: string): Promise<void> {
    await page.locator('#search-query').fill(query)
    await expect.poll(() => page.locator('#search-status').textContent(), {timeout: 10_000}).toMatch(/^找到 \d+ 条结果/u)
  }

  const results = (page: Page) => page.locator('#search-results > li')

  it('loads nothing until the search is used, then finds provisions and lands on one, from file://', async () => {
    const {page, problems} = await open(fileUrl('q-zx-75.1861/2007.html'))
    const requests: Array<string> = []
    page.on('request', (request) => requests.push(path.basename(new URL(request.url()).pathname)))
    expect(await page.locator('form[role=search]').isVisible()).toBe(true)
    expect(requests).toEqual([])
    await searchFor(page, '作息时间')
    expect(requests.sort()).toEqual(['search-engine.js', 'search-index.js'])
    const first = results(page).first()
    expect(await first.locator('a').textContent()).toBe('Q/ZX 75.1861–2007 现行 · 4.2 服务礼仪')
    expect(await first.locator('.excerpt mark').allTextContents()).toEqual(['作息时间'])
    // Every edition is there, the latest first.
    expect(await results(page).nth(1).locator('a').textContent()).toBe('Q/ZX 75.1861–2006 · 6.2 服务礼仪')
    // Followed, it lands on the provision in the other edition's page.
    await Promise.all([page.waitForURL('**/2006.html#service-etiquette'), results(page).nth(1).locator('a').click()])
    await expect.poll(() => page.locator('#service-etiquette').evaluate((element) => Math.abs(element.getBoundingClientRect().top))).toBeLessThan(50)
    expect(await page.locator('#service-etiquette h3 .number').textContent()).toBe('6.2')
    expect(problems).toEqual([])
  }, 60_000)

  it('is used with the keyboard alone, and keeps the latest editions only when asked', async () => {
    const {page, problems} = await open(fileUrl('index.html'))
    await page.locator('#search-query').focus()
    await page.keyboard.type('75.1861')
    await expect.poll(() => page.locator('#search-status').textContent(), {timeout: 10_000}).toMatch(/^找到 \d+ 条结果/u)
    // The results follow the typing: the status may tell of a shorter query's first, so wait for the whole query's.
    await expect.poll(() => results(page).first().locator('a').textContent(), {timeout: 10_000}).toBe('Q/ZX 75.1861–2007 现行 · 售后工程师现场服务行为规范')
    const all = await results(page).count()
    // Enter moves to the first result, the arrows through them, Escape back to the field.
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('q-zx-75.1861/2007.html')
    await page.keyboard.press('ArrowDown')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('q-zx-75.1861/2006.html')
    await page.keyboard.press('Escape')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query')
    // Only the latest editions: the older ones leave the list, and the count says so.
    await page.getByLabel('仅最新版本').check()
    await expect.poll(() => results(page).count()).toBeLessThan(all)
    expect(await results(page).locator('.current').count()).toBe(await results(page).count())
    expect(await page.locator('#search-status').textContent()).toBe(`找到 ${await results(page).count()} 条结果`)
    await page.locator('#search-query').focus()
    await page.keyboard.press('ArrowDown')
    await Promise.all([page.waitForURL('**/q-zx-75.1861/2007.html'), page.keyboard.press('Enter')])
    expect(problems).toEqual([])
  }, 60_000)

  it('answers as the build’s own code does, and says when nothing is found', async () => {
    const {page, problems} = await open(fileUrl('q-zx-75.1861/diff/2006..2007.html'))
    await searchFor(page, '巡检周期')
    // The same script and index, run in Node.
    const node: {self?: unknown; stdkitSearch?: {open: (data: unknown) => {search: (query: string) => unknown}}; stdkitSearchIndex?: unknown} = {}
    node.self = node
    vm.runInNewContext(`${readFileSync(path.join(out, 'search-engine.js'), 'utf8')}\n${readFileSync(path.join(out, 'search-index.js'), 'utf8')}`, node)
    const opened = node.stdkitSearch?.open(node.stdkitSearchIndex)
    for (const query of ['巡检周期', '接地电阻', 'Q/ZX 75.1760', 'inspection interval', '作息时间', '75.1861']) {
      const inPage = await page.evaluate((text) => (self as unknown as {stdkitSearch: {open: (data: unknown) => {search: (query: string) => unknown}}; stdkitSearchIndex: unknown}).stdkitSearch.open((self as unknown as {stdkitSearchIndex: unknown}).stdkitSearchIndex).search(text), query)
      expect(inPage, query).toEqual(opened?.search(query))
    }
    const first = results(page).first().locator('a')
    expect(await first.textContent()).toBe('T/ZXBZ 12.1—2026 现行 · 3.2 巡检周期')
    // A link from a comparison's page climbs to the site's root.
    expect(await first.getAttribute('href')).toBe('../../t-zxbz-12.1/2026.html#term-inspection-interval')
    await page.locator('#search-query').fill('量子纠缠')
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('没有找到结果')
    expect(await page.locator('#search-results').isVisible()).toBe(false)
    expect(problems).toEqual([])
  }, 60_000)

  it('works on the pages `stdkit serve` shows', async () => {
    const url = preview?.url ?? ''
    const engine = await fetch(new URL('search-engine.js', url))
    expect(engine.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await engine.text()).not.toContain('/__stdkit/version')
    const {page, problems} = await open(new URL('q-zx-75.1861/2007.html', url).href)
    await searchFor(page, '接地电阻')
    const first = results(page).first().locator('a')
    expect(await first.getAttribute('href')).toBe('../t-zxbz-12.1/2026.html#measurement')
    await Promise.all([page.waitForURL('**/t-zxbz-12.1/2026.html#measurement'), first.click()])
    expect(await page.locator('#measurement').textContent()).toContain('接地电阻')
    await expect.poll(() => page.locator('#measurement').evaluate((element) => Math.abs(element.getBoundingClientRect().top))).toBeLessThan(50)
    // The preview has no icon: the browser's asking for one is the only request it answers with an error.
    expect(problems.filter((problem) => !problem.endsWith(`${new URL('favicon.ico', url).href}`))).toEqual([])
  }, 60_000)

  /** The violations axe-core finds on a page. */
  async function violationsOf(page: Page): Promise<Array<string>> {
    await page.addScriptTag({content: axeSource})
    return page.evaluate(async () => {
      const result = await (window as unknown as {axe: {run: () => Promise<{violations: Array<{id: string; help: string; nodes: Array<{target: Array<string>}>}>}>}}).axe.run()
      return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join('; ')})`)
    })
  }

  for (const file of ['index.html', 'q-zx-75.1861/2007.html', 'q-zx-75.1861/diff/2006..2007.html']) {
    for (const [name, width] of [['desktop', 1280], ['phone', 375]] as const) {
      it(`has no axe-core violations with results showing, at ${name} width: ${file}`, async () => {
        const {page, problems} = await open(fileUrl(file), width)
        await searchFor(page, '服务')
        expect(await results(page).count()).toBeGreaterThan(0)
        expect(await violationsOf(page)).toEqual([])
        // The search and its results fit the width (a page's own wide tables are not the search's to fit).
        expect(await page.evaluate(() => (document.querySelector('header.site')?.scrollWidth ?? Infinity) <= window.innerWidth)).toBe(true)
        expect(problems).toEqual([])
      }, 60_000)
    }
  }
})
