/**
 * A real word processor for the tests: LibreOffice, headless, driven through
 * its UNO bridge by test/word-processor.py (one soffice for a whole list of
 * jobs). In CI a missing LibreOffice or UNO bridge is a failure, never a
 * skip; elsewhere the tests are skipped with a note saying how to install it.
 */
import {spawn, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** LibreOffice's launcher, or the one named by SOFFICE_PATH. */
export const sofficePath = process.env.SOFFICE_PATH ?? '/usr/bin/soffice'
/** Debian's Python, which has the UNO bridge (the first python3 on PATH may not), or the one named by UNO_PYTHON. */
export const unoPython = process.env.UNO_PYTHON ?? '/usr/bin/python3'
const script = fileURLToPath(new URL('./word-processor.py', import.meta.url))

export function wordProcessorAvailable(): boolean {
  const missing = !existsSync(sofficePath)
    ? `no LibreOffice at ${sofficePath} (apt-get install libreoffice-writer-nogui, or set SOFFICE_PATH)`
    : spawnSync(unoPython, ['-c', 'import uno'], {stdio: 'ignore'}).status !== 0
      ? `no UNO bridge in ${unoPython} (apt-get install python3-uno, or set UNO_PYTHON)`
      : undefined
  if (missing === undefined) return true
  if (process.env.CI) throw new Error(`Word tests cannot run in CI: ${missing}`)
  console.warn(`Word tests skipped: ${missing}`)
  return false
}

/** One document to open: what to do with its tracked changes, and where to write its text, PDF and paragraphs. */
export interface WordJob {
  docx: string
  changes?: 'keep' | 'accept' | 'reject'
  text?: string
  pdf?: string
  json?: string
}

export interface WordResult {
  ok: boolean
  error?: string
  trace?: string
  /** Tracked changes in the document as opened. */
  revisions?: number
  /** Tracked changes left after accepting or rejecting them. */
  remaining?: number
}

/** A paragraph as the word processor reads it. */
export interface WordParagraph {
  /** The paragraph style's name as the user sees it. */
  style: string
  /** Outline level: 0 for body text, 1 for the top headings. */
  outline: number
  text: string
  table: boolean
  /** The page style in effect: each section of the document has its own. */
  page: string
  /** The document index (a table of contents) it stands in, or null. */
  index: string | null
  /** Its formulas, as LibreOffice's math module reads them (StarMath), in order. */
  math: Array<string>
  /** Its pictures. */
  pictures: number
  /** The text of the footnotes it calls, in order. */
  footnotes: Array<string>
}

/** What the JSON of a job holds. */
export interface WordDocument {
  revisions: number
  revisionTypes: Record<string, number>
  remaining: number
  paragraphs: Array<WordParagraph>
}

/** Runs the jobs in one word processor and resolves to a result for each, in order; rejects only when the word processor itself fails. */
export async function openInWordProcessor(jobs: ReadonlyArray<WordJob>, timeout = 600_000): Promise<Array<WordResult>> {
  const child = spawn(unoPython, [script], {stdio: ['pipe', 'pipe', 'pipe'], env: {...process.env, SOFFICE_PATH: sofficePath}})
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => void (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => void (stderr += chunk))
  // SIGTERM lets the script end its soffice before it exits.
  const timer = setTimeout(() => child.kill('SIGTERM'), timeout)
  child.stdin.end(JSON.stringify(jobs))
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('close', resolve))
  clearTimeout(timer)
  if (code !== 0) throw new Error(`the word processor failed (exit ${code}):\n${stderr}`)
  return JSON.parse(stdout) as Array<WordResult>
}
