/**
 * The site in a real browser (Debian's Chromium driven by playwright-core),
 * opened from `file://` as from a USB stick: reading an edition, following a
 * cross-reference, the compare picker, switching a provision to another
 * edition, the side-by-side view; no console errors, no failed requests, and
 * no axe-core violations.
 */
import {mkdtempSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {browserAvailable, buildSite, chromiumArgs, chromiumPath, openPage, repository, stdkit} from './support.js'

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

  /** A page that records console errors, page errors, failed requests and dialogs. */
  const open = (file: string, options: {javaScript?: boolean} = {}) => openPage(browser, url(file), {javaScriptEnabled: options.javaScript ?? true})

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

  it('lists the standards citing an edition, leads to the citing provision, and leaves the list out of print', async () => {
    const {page, problems} = await open('q-zx-75.1760/2006.html')
    const list = page.locator('section.cited-by')
    expect(await list.isVisible()).toBe(true)
    expect(await list.locator('li').count()).toBe(2)
    await list.getByRole('link', {name: '5.1', exact: true}).click()
    await page.waitForURL(/q-zx-75\.1861\/2007\.html#engineering-preparation$/u)
    expect(await page.locator('#engineering-preparation').isVisible()).toBe(true)
    const back = await open('q-zx-75.1760/2006.html')
    await back.page.emulateMedia({media: 'print'})
    expect(await back.page.locator('section.cited-by').isVisible()).toBe(false)
    expect([...problems, ...back.problems]).toEqual([])
  })

  /** The violations axe-core finds on a page. */
  async function violationsOf(page: Page): Promise<Array<string>> {
    await page.addScriptTag({content: axeSource})
    return page.evaluate(async () => {
      const result = await (window as unknown as {axe: {run: () => Promise<{violations: Array<{id: string; help: string; nodes: Array<{target: Array<string>}>}>}>}}).axe.run()
      return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join('; ')})`)
    })
  }

  for (const file of ['index.html', 'q-zx-75.1861/2007.html', 'q-zx-75.1861/diff/2006..2007.html', 'q-zx-75.1760/2006.html']) {
    it(`has no axe-core violations: ${file}`, async () => {
      const {page} = await open(file)
      expect(await violationsOf(page)).toEqual([])
    }, 60_000)
  }

  describe('technical content', () => {
    let site = ''
    let technicalCode = ''
    let library = ''
    beforeAll(async () => {
      // The library's technical standard, with its images, as the command builds it.
      library = mkdtempSync(path.join(tmpdir(), 'stdkit-technical-library-'))
      const built = await stdkit(['build', 'standards', '--out', library, '--only', 't-zxbz-15', '--format', 'html', '--force'], repository)
      if (built.code !== 0) throw new Error(`build failed:\n${built.stderr}`)
      site = mkdtempSync(path.join(tmpdir(), 'stdkit-technical-'))
      // The fixture lives with the pages' tests; loaded by path, it stays out of this project's sources.
      const fixture = (await import(pathToFileURL(path.resolve('packages/html/test/fixtures/technical-site.ts')).href)) as {writeTechnicalSite: (out: string) => void; technicalCode: string}
      fixture.writeTechnicalSite(site)
      technicalCode = fixture.technicalCode
    })

    const openTechnical = (file: string, width: number, folder = site) => openPage(browser, pathToFileURL(path.join(folder, file)).href, {viewport: {width, height: 900}})

    // The fixture's pages, and the library's technical standard as the build publishes it.
    const pages = [
      ['fixture', 'q-zx-99.1/2024.html'],
      ['fixture', 'q-zx-99.1/diff/2024..2025.html'],
      ['library', 't-zxbz-15/2026.html'],
      ['library', 't-zxbz-15/diff/2022..2026.html']
    ] as const
    for (const [from, file] of pages) {
      for (const [name, width] of [['desktop', 1280], ['phone', 375]] as const) {
        it(`has no axe-core violations at ${name} width: ${file}`, async () => {
          const {page, problems} = await openTechnical(file, width, from === 'fixture' ? site : library)
          await page.evaluate(() =>
            Promise.all(
              Array.from(document.images, (image) => {
                image.loading = 'eager'
                return image.decode().catch(() => undefined)
              })
            )
          )
          expect(await violationsOf(page)).toEqual([])
          // Nothing wider than the page: figures, formulas, tables and listings fit or wrap.
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
          expect(problems).toEqual([])
        }, 60_000)
      }
    }

    it('shows images, formulas as MathML, and listings wrapped with their lines kept', async () => {
      const {page} = await openTechnical('q-zx-99.1/2024.html', 375)
      const image = page.locator('#figure-1 img')
      await image.scrollIntoViewIfNeeded()
      await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(480)
      expect(await image.evaluate((element) => element.getBoundingClientRect().width)).toBeLessThanOrEqual(375)
      // MathML is laid out by the browser: the fraction stacks, taller than one line of text.
      expect(await page.locator('#formula-1 mfrac').evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(20)
      const number = await page.locator('#formula-1 .formula-number').boundingBox()
      const math = await page.locator('#formula-1 math').boundingBox()
      expect(number && math && number.x > math.x + math.width).toBe(true)
      // Six lines (one empty), the long one wrapped onto more rows, none hidden by a scrollbar.
      const code = page.locator('pre.code')
      expect(await code.locator('.line').count()).toBe(6)
      expect(await code.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
      const rows = await code.locator('.line').evaluateAll((lines) => lines.map((line) => Math.round(line.getBoundingClientRect().height / parseFloat(getComputedStyle(line).lineHeight))))
      expect(rows.slice(0, 4)).toEqual([1, 1, 1, 1])
      expect(rows[4]).toBeGreaterThan(1)
      expect(await code.innerText()).toBe(technicalCode)
    }, 60_000)
  })
})
