/**
 * Reviewing and printing in a real browser (Debian's Chromium driven by
 * playwright-core): stepping through a comparison's changes by its toolbar
 * and by keys, the change list and the record check leading to their
 * provisions, insertions and deletions said to a screen reader, the A4 print
 * of an edition and of a comparison (read back with poppler), and the
 * revision record's short columns kept on one line.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {pdfPages, pdftoppm, popplerAvailable} from './pages.js'
import {browserAvailable, buildSite, chromiumArgs, chromiumPath, openPage} from './support.js'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const pdfinfo = path.join(path.dirname(pdftoppm), 'pdfinfo')
const comparison = 'q-zx-75.1861/diff/2006..2007.html'

describe.runIf(browserAvailable())('reviewing a comparison in a browser', () => {
  let out = ''
  let scratch = ''
  let browser: Browser
  beforeAll(async () => {
    out = await buildSite()
    scratch = mkdtempSync(path.join(tmpdir(), 'stdkit-review-'))
    browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs})
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    if (scratch) rmSync(scratch, {recursive: true, force: true})
  })

  /** A page of the built site, which records what goes wrong on it. */
  const open = (file: string, width = 1280) => openPage(browser, pathToFileURL(path.join(out, file)).href, {viewport: {width, height: 800}})

  /** The id of the focused element, the one marked current, and the counter's text. */
  const where = (page: Page) =>
    page.evaluate(() => ({
      focused: document.activeElement?.id,
      current: Array.from(document.querySelectorAll('.provision.current'), (element) => element.id),
      position: document.querySelector('.review-bar .position')?.textContent
    }))

  /** Whether the focused element's top is in the window, below the sticky toolbar. */
  const inView = (page: Page) =>
    page.evaluate(() => {
      const top = document.activeElement?.getBoundingClientRect().top ?? -1
      const bar = document.querySelector('.review-bar')?.getBoundingClientRect().bottom ?? 0
      return top >= bar - 1 && top < window.innerHeight / 2
    })

  async function violationsOf(page: Page): Promise<Array<string>> {
    await page.addScriptTag({content: axeSource})
    return page.evaluate(async () => {
      const result = await (window as unknown as {axe: {run: () => Promise<{violations: Array<{id: string; help: string; nodes: Array<{target: Array<string>}>}>}>}}).axe.run()
      return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join('; ')})`)
    })
  }

  it('steps through the changes in order by keys, and stops at the first and the last', async () => {
    const {page, problems} = await open(comparison)
    const changes = await page.locator('#inline .provision.changed').evaluateAll((sections) => sections.map((section) => section.id))
    const total = changes.length
    expect(total).toBeGreaterThan(20)
    expect(await where(page)).toMatchObject({current: [], position: `共 ${total} 处改动`})
    // Before the first change there is no previous one.
    await page.keyboard.press('k')
    expect((await where(page)).current).toEqual([])
    await page.keyboard.press('j')
    expect(await where(page)).toEqual({focused: changes[0], current: [changes[0]], position: `第 1 处，共 ${total} 处`})
    expect(await inView(page)).toBe(true)
    await page.keyboard.press('n')
    expect(await where(page)).toEqual({focused: changes[1], current: [changes[1]], position: `第 2 处，共 ${total} 处`})
    expect(await inView(page)).toBe(true)
    await page.keyboard.press('p')
    expect(await where(page)).toEqual({focused: changes[0], current: [changes[0]], position: `第 1 处，共 ${total} 处`})
    await page.keyboard.press('k')
    expect((await where(page)).focused).toBe(changes[0])
    // Every change in turn, to the last, where the next key stops.
    const seen = [changes[0]]
    for (let step = 1; step < total + 2; step++) {
      await page.keyboard.press('j')
      seen.push((await where(page)).focused)
    }
    expect([...new Set(seen)]).toEqual(changes)
    expect(await where(page)).toEqual({focused: changes.at(-1), current: [changes.at(-1)], position: `第 ${total} 处，共 ${total} 处`})
    expect(await inView(page)).toBe(true)
    // With a modifier the keys are the browser's, not the toolbar's.
    await page.keyboard.press('Control+k')
    expect((await where(page)).focused).toBe(changes.at(-1))
    expect(problems).toEqual([])
  }, 60_000)

  it('steps by the toolbar’s buttons, each disabled at its end, and stays at the top of the window', async () => {
    const {page, problems} = await open(comparison)
    const changes = await page.locator('#inline .provision.changed').evaluateAll((sections) => sections.map((section) => section.id))
    const bar = page.getByRole('toolbar', {name: '逐处审阅'})
    const previous = bar.getByRole('button', {name: '上一处'})
    const next = bar.getByRole('button', {name: '下一处'})
    expect(await bar.isVisible()).toBe(true)
    expect(await previous.isDisabled()).toBe(true)
    await next.click()
    await next.click()
    await next.click()
    expect(await where(page)).toEqual({focused: changes[2], current: [changes[2]], position: `第 3 处，共 ${changes.length} 处`})
    // Scrolled far down, the toolbar is still at the top of the window.
    expect(await bar.evaluate((element) => element.getBoundingClientRect().top)).toBe(0)
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500)
    await previous.click()
    expect((await where(page)).focused).toBe(changes[1])
    await previous.click()
    expect((await where(page)).focused).toBe(changes[0])
    expect(await previous.isDisabled()).toBe(true)
    for (let step = 1; step < changes.length; step++) await next.click()
    expect((await where(page)).focused).toBe(changes.at(-1))
    expect(await next.isDisabled()).toBe(true)
    expect(await previous.isDisabled()).toBe(false)
    // The reviewer's page, toolbar and current change shown, has no axe-core violations.
    expect(await violationsOf(page)).toEqual([])
    expect(problems).toEqual([])
  }, 60_000)

  it('ignores the keys while typing in a field, and goes back to the inline view from the side-by-side one', async () => {
    const {page} = await open(comparison)
    const changes = await page.locator('#inline .provision.changed').evaluateAll((sections) => sections.map((section) => section.id))
    // A field of the page (a search box, say): its letters are typed, not taken as keys.
    await page.evaluate(() => {
      const field = document.createElement('input')
      field.setAttribute('aria-label', 'field')
      document.querySelector('main')?.prepend(field)
    })
    await page.getByRole('textbox', {name: 'field'}).fill('')
    await page.keyboard.type('jnjn')
    expect(await page.getByRole('textbox', {name: 'field'}).inputValue()).toBe('jnjn')
    expect((await where(page)).current).toEqual([])
    await page.locator('button[data-toggle-view]').click()
    expect(await page.locator('#inline').isVisible()).toBe(false)
    await page.locator('body').click({position: {x: 5, y: 5}})
    await page.keyboard.press('j')
    expect(await page.locator('#inline').isVisible()).toBe(true)
    expect((await where(page)).focused).toBe(changes[0])
  }, 60_000)

  it('links the change list and the record check to provisions the page has, and goes to them', async () => {
    const {page, problems} = await open(comparison)
    const targets = await page.locator('.change-list a, .record-check a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash.slice(1)))
    expect(targets.length).toBeGreaterThan(20)
    const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)?.matches('#inline .provision')), targets)
    expect(missing).toEqual([])
    const changeList = await page.locator('.change-list p').count()
    expect(await page.locator('.change-list p a').count()).toBe(changeList)
    expect(await page.locator('.record-check .evidence a').count()).toBeGreaterThan(4)
    // Following one: the provision at the top of the window, below the toolbar.
    await page.locator('.record-check .evidence a', {hasText: '6.6'}).click()
    expect(new URL(page.url()).hash).toBe('#product-support')
    const top = await page.locator('#product-support').evaluate((element) => element.getBoundingClientRect().top)
    const bar = await page.locator('.review-bar').evaluate((element) => element.getBoundingClientRect().bottom)
    expect(top).toBeGreaterThanOrEqual(bar - 1)
    expect(top).toBeLessThan(200)
    // The toolbar steps on from the change the link led to.
    const changes = await page.locator('#inline .provision.changed').evaluateAll((sections) => sections.map((section) => section.id))
    const at = changes.indexOf('product-support')
    expect(at).toBeGreaterThan(0)
    await expect.poll(() => where(page)).toMatchObject({current: ['product-support'], position: `第 ${at + 1} 处，共 ${changes.length} 处`})
    await page.keyboard.press('j')
    expect((await where(page)).focused).toBe(changes[at + 1])
    expect(problems).toEqual([])
  }, 60_000)

  it('tells a screen reader where each insertion and deletion starts and ends', async () => {
    const {page} = await open(comparison)
    const session = await page.context().newCDPSession(page)
    const {nodes} = (await session.send('Accessibility.getFullAXTree')) as {nodes: Array<{role?: {value?: string}; name?: {value?: string}; ignored?: boolean}>}
    const spoken = nodes.filter((node) => !node.ignored && node.role?.value === 'StaticText').map((node) => node.name?.value ?? '')
    for (const mark of ['插入开始：', '（插入结束）', '删除开始：', '（删除结束）']) expect(spoken.filter((text) => text === mark).length).toBeGreaterThan(10)
    // Unseen: the marks take no room on the page.
    const box = await page.locator('#inline ins').first().evaluate((element) => {
      const style = getComputedStyle(element, '::before')
      return {content: style.content, width: style.width, position: style.position}
    })
    expect(box).toEqual({content: '"插入开始："', width: '1px', position: 'absolute'})
  }, 60_000)

  it('colours insertions as the redline PDF does', async () => {
    const {page} = await open(comparison)
    const render = readFileSync(path.resolve('packages/pdf/lib/render.ts'), 'utf8')
    const inserted = /inserted: '#([0-9a-f]{6})'/u.exec(render)?.[1] ?? ''
    const deleted = /deleted: '#([0-9a-f]{6})'/u.exec(render)?.[1] ?? ''
    const rgb = (hex: string) => `rgb(${[0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join(', ')})`
    expect(await page.locator('#inline ins').first().evaluate((element) => getComputedStyle(element).color)).toBe(rgb(inserted))
    expect(await page.locator('#inline del').first().evaluate((element) => getComputedStyle(element).color)).toBe(rgb(deleted))
  }, 60_000)

  it('keeps the revision record’s short columns on one line', async () => {
    const {page} = await open('q-zx-75.1861/2007.html')
    const columns = await page.locator('table.revision-record').evaluate((table) => {
      const lines = (cell: Element) => {
        const range = document.createRange()
        range.selectNodeContents(cell)
        return new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size
      }
      const rows = Array.from((table as HTMLTableElement).rows)
      return rows[0]?.cells.length === 6 ? [0, 1, 2, 3, 4, 5].map((column) => ({width: rows[0]?.cells[column]?.getBoundingClientRect().width ?? 0, lines: Math.max(...rows.map((row) => (row.cells[column] ? lines(row.cells[column]) : 0)))})) : []
    })
    const em = await page.locator('table.revision-record td').first().evaluate((cell) => Number.parseFloat(getComputedStyle(cell).fontSize))
    const [approvers, revisers, changes] = [columns[5], columns[4], columns[2]]
    // 批准人 and 修订人 each on one line, at least three characters wide; 主要修订内容 the widest and wrapped.
    expect(approvers?.lines).toBe(1)
    expect(revisers?.lines).toBe(1)
    expect(approvers?.width).toBeGreaterThan(3 * em)
    expect(changes?.width).toBe(Math.max(...columns.map((column) => column.width)))
    expect(changes?.lines).toBeGreaterThan(1)
  }, 60_000)

  describe.runIf(popplerAvailable())('printed', () => {
    /** The page printed on A4 as the browser prints it, its pages' sizes (pdfinfo) and text (pdftotext). */
    async function print(file: string, name: string): Promise<{sizes: Array<string>; pages: Array<string>; page: Page}> {
      const {page} = await open(file)
      await page.emulateMedia({media: 'print'})
      const pdf = path.join(scratch, `${name}.pdf`)
      writeFileSync(pdf, await page.pdf({format: 'A4', preferCSSPageSize: true}))
      const info = execFileSync(pdfinfo, ['-f', '1', '-l', '1000', pdf], {encoding: 'utf8'})
      const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gmu)].map((match) => match[1] ?? '')
      return {sizes, pages: pdfPages(pdf), page}
    }

    it('prints an edition on A4 with its 目次, each appendix from a new page, and none of the site around it', async () => {
      const {sizes, pages} = await print('q-zx-75.1861/2007.html', 'edition')
      expect(sizes.length).toBe(pages.length)
      expect(pages.length).toBeGreaterThan(5)
      for (const size of sizes) expect(size).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)/u)
      const lines = pages.map((text) => text.split('\n').map((line) => line.trim()).filter((line) => line !== ''))
      // The 目次 has a page of its own after the cover, its entries listed.
      const contents = lines.findIndex((page) => page[0] === '目次')
      expect(contents).toBe(1)
      expect(lines[contents]?.join('\n')).toContain('附录A')
      // Each appendix starts a page; the page before it ends with something else.
      for (const letter of ['A', 'B', 'C']) {
        const at = lines.findIndex((page, index) => index > contents && page[0]?.startsWith(`附录${letter}`))
        expect(at, `附录${letter}`).toBeGreaterThan(contents)
        expect(lines[at - 1]?.some((line) => line.startsWith(`附录${letter}`))).toBe(false)
      }
      const all = pages.join('\n')
      for (const chrome of ['其他版本：', '跳到正文', '打开比较', '其他版本与历史']) expect(all).not.toContain(chrome)
    }, 60_000)

    it('prints a comparison as a redline in black and white: insertions underlined, deletions struck, changes marked in the margin', async () => {
      const {sizes, pages, page} = await print(comparison, 'comparison')
      for (const size of sizes) expect(size).toMatch(/\(A4\)/u)
      const all = pages.join('\n')
      expect(all).toContain('行内修订')
      // The inline view only, without the toolbar or the screen reader's marks.
      for (const absent of ['并排对照', '上一处', '插入开始', '删除开始']) expect(all).not.toContain(absent)
      const styles = await page.evaluate(() => {
        const style = (selector: string) => {
          const element = document.querySelector(selector)
          const computed = element ? getComputedStyle(element) : undefined
          return computed && {color: computed.color, line: computed.textDecorationLine, background: computed.backgroundColor, border: `${computed.borderLeftStyle} ${computed.borderLeftColor}`, left: element?.getBoundingClientRect().left ?? 0}
        }
        return {ins: style('#inline ins'), del: style('#inline del'), changed: style('#inline .provision.changed'), text: style('#inline .provision:not(.changed)'), main: style('main')}
      })
      expect(styles.ins).toMatchObject({color: 'rgb(0, 0, 0)', line: 'underline', background: 'rgba(0, 0, 0, 0)'})
      expect(styles.del).toMatchObject({color: 'rgb(0, 0, 0)', line: 'line-through', background: 'rgba(0, 0, 0, 0)'})
      expect(styles.changed?.border).toBe('solid rgb(0, 0, 0)')
      // The bar is in the margin, left of the text, and inside the page's box, where it is printed.
      expect(styles.changed?.left).toBeLessThan(styles.text?.left ?? 0)
      expect(styles.changed?.left).toBeGreaterThanOrEqual(styles.main?.left ?? 0)
    }, 60_000)
  })
})
