/**
 * The site in a real browser (Debian's Chromium driven by playwright-core),
 * opened from `file://` as from a USB stick: reading an edition, following a
 * cross-reference, the compare picker, switching a provision to another
 * edition, the side-by-side view; no console errors, no failed requests, and
 * no axe-core violations.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {browserAvailable, buildSite, chromiumArgs, chromiumPath} from './support.js'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

describe.runIf(browserAvailable())('in a browser', () => {
  let out = ''
  let browser: Browser
  beforeAll(async () => {
    out = await buildSite()
    browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs})
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
  })

  const url = (file: string) => {
    const [name = '', fragment] = file.split('#')
    return `${pathToFileURL(path.join(out, name)).href}${fragment === undefined ? '' : `#${fragment}`}`
  }

  /** A page that records console errors, page errors and failed requests. */
  async function open(file: string, options: {javaScript?: boolean} = {}): Promise<{page: Page; problems: Array<string>}> {
    const context = await browser.newContext({javaScriptEnabled: options.javaScript ?? true})
    const page = await context.newPage()
    const problems: Array<string> = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`))
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    await page.goto(url(file))
    return {page, problems}
  }

  it('shows an edition with its cover, contents and foreword', async () => {
    const {page, problems} = await open('q-zx-75.1861/2007.html')
    expect(await page.title()).toBe('Q/ZX 75.1861–2007 售后工程师现场服务行为规范')
    expect(await page.locator('h1').textContent()).toBe('售后工程师现场服务行为规范')
    expect(await page.locator('nav.toc a').count()).toBe(30)
    expect(await page.locator('table.revision-record tbody tr').count()).toBe(4)
    expect(problems).toEqual([])
  })

  it('follows a cross-reference to its target', async () => {
    const {page, problems} = await open('q-zx-75.1861/2007.html')
    await page.locator('#demeanour a.xref', {hasText: '附录A'}).click()
    expect(new URL(page.url()).hash).toBe('#appendix-A')
    await expect.poll(() => page.locator('#appendix-A h2').isVisible()).toBe(true)
    const top = await page.locator('#appendix-A').evaluate((element) => element.getBoundingClientRect().top)
    expect(Math.abs(top)).toBeLessThan(50)
    expect(problems).toEqual([])
  })

  it('opens a comparison from the compare picker', async () => {
    const {page, problems} = await open('q-zx-75.1861/2007.html')
    const picker = page.locator('form[data-compare]')
    expect(await picker.isVisible()).toBe(true)
    await picker.locator('select[name=old]').selectOption('2005')
    await picker.locator('select[name=new]').selectOption('2007')
    await Promise.all([page.waitForURL('**/diff/2005..2007.html'), picker.locator('button[type=submit]').click()])
    expect(await page.locator('h1').textContent()).toBe('Q/ZX 75.1861：2005版与2007版比较')
    expect(problems).toEqual([])
  })

  it('orders the picked editions and refuses an edition compared with itself', async () => {
    const {page} = await open('q-zx-75.1861/2006.html')
    const picker = page.locator('form[data-compare]')
    await picker.locator('select[name=old]').selectOption('2006')
    await picker.locator('select[name=new]').selectOption('2006')
    await picker.locator('button[type=submit]').click()
    await expect.poll(() => picker.locator('[role=status]').textContent()).toBe('请选择两个不同的版本。')
    await picker.locator('select[name=old]').selectOption('2007')
    await picker.locator('select[name=new]').selectOption('2004')
    await Promise.all([page.waitForURL('**/diff/2004..2007.html'), picker.locator('button[type=submit]').click()])
  })

  it('switches a provision to the same provision in another edition', async () => {
    const {page, problems} = await open('q-zx-75.1861/2007.html#service-etiquette')
    const versions = page.locator('#service-etiquette > details.versions')
    await versions.locator('summary').click()
    await Promise.all([page.waitForURL('**/2004.html#service-etiquette'), versions.getByRole('link', {name: '2004版 6.2 服务礼仪'}).click()])
    expect(await page.locator('#service-etiquette h3 .number').textContent()).toBe('6.2')
    expect(problems).toEqual([])
  })

  it('toggles the side-by-side view of a comparison', async () => {
    const {page, problems} = await open('q-zx-75.1861/diff/2006..2007.html')
    const toggle = page.locator('button[data-toggle-view]')
    expect(await page.locator('#inline').isVisible()).toBe(true)
    expect(await page.locator('#side-by-side').isVisible()).toBe(false)
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('#side-by-side').isVisible()).toBe(true)
    expect(await page.locator('#inline').isVisible()).toBe(false)
    await toggle.press('Enter')
    expect(await page.locator('#inline').isVisible()).toBe(true)
    expect(problems).toEqual([])
  })

  it('works without JavaScript, but for the pickers', async () => {
    const {page, problems} = await open('q-zx-75.1861/diff/2006..2007.html', {javaScript: false})
    expect(await page.locator('#inline').isVisible()).toBe(true)
    expect(await page.locator('#side-by-side').isVisible()).toBe(true)
    expect(await page.locator('button[data-toggle-view]').isVisible()).toBe(false)
    const edition = await open('q-zx-75.1861/2007.html', {javaScript: false})
    expect(await edition.page.locator('form[data-compare]').isVisible()).toBe(false)
    expect(await edition.page.locator('nav[aria-label=比较] a').count()).toBe(3)
    expect([...problems, ...edition.problems]).toEqual([])
  })

  for (const file of ['index.html', 'q-zx-75.1861/2007.html', 'q-zx-75.1861/diff/2006..2007.html']) {
    it(`has no axe-core violations: ${file}`, async () => {
      const {page} = await open(file)
      await page.addScriptTag({content: axeSource})
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as {axe: {run: () => Promise<{violations: Array<{id: string; help: string; nodes: Array<{target: Array<string>}>}>}>}}).axe.run()
        return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join('; ')})`)
      })
      expect(violations).toEqual([])
    }, 60_000)
  }
})
