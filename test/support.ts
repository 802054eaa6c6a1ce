/** Shared by the end-to-end tests: a built site in a scratch folder, and the browser. */
import {createHash} from 'node:crypto'
import {existsSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {main, type Io} from '@stdkit/cli'
import {useLanguage} from '@stdkit/messages'
import type {Browser, BrowserContextOptions, Page} from 'playwright-core'
import {copyLibrary} from './library.js'

export {copyLibrary, libraryEditions, reportedRows, repository} from './library.js'

// These tests are about behaviour and read the English catalogue, whatever the machine's locale; the documents stay Chinese.
useLanguage('en')

let shared: string | undefined
/** One scratch copy of the library per test file, for the tests that only read it. */
export function library(): string {
  shared ??= copyLibrary('stdkit-library-')
  return shared
}

/** Runs the CLI in-process, in English, by default in a scratch copy of the library; resolves to its exit code and output. */
export async function stdkit(args: ReadonlyArray<string>, cwd = library()): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const io: Io = {cwd, env: {STDKIT_LANG: 'en'}, stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text)}
  return {code: await main(args, io), stdout, stderr}
}

/** Builds the library's standards into a fresh folder and returns it. */
export async function buildSite(root = 'standards', cwd = library()): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'stdkit-site-'))
  const result = await stdkit(['build', root, '--out', out], cwd)
  if (result.code !== 0) throw new Error(`build failed:\n${result.stderr}`)
  return out
}

/** Debian's Chromium, or the one named by CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Whether the browser tests can run. In CI a missing browser is a failure,
 * never a skip; elsewhere the tests are skipped with a note saying how to
 * install it.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true
  if (process.env.CI) throw new Error(`Chromium not found at ${chromiumPath}: CI must install Debian's chromium package`)
  console.warn(`browser tests skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`)
  return false
}

/** Flags for a headless Chromium on a machine with no network beyond loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
]

/** A digest of every file (name and bytes) under `folder`: equal digests, equal folders. */
export function digestFolder(folder: string): string {
  const hash = createHash('sha256')
  for (const name of (readdirSync(folder, {recursive: true, encoding: 'utf8'}) as Array<string>).sort()) {
    hash.update(`${name}\0`)
    try {
      hash.update(readFileSync(path.join(folder, name)))
    } catch {
      hash.update('<folder>')
    }
  }
  return hash.digest('hex')
}


/**
 * A page opened in a context of its own, which records what goes wrong on it:
 * console errors (with the address they are about), page errors, failed
 * requests and dialogs (dismissed). Tests expect the list empty.
 */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<{page: Page; problems: Array<string>}> {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const problems: Array<string> = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} ${message.location().url}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`))
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.goto(url)
  return {page, problems}
}
