/** Shared by the CLI's tests: a scratch copy of the library, the CLI run in-process, a folder's content. */
import {createHash} from 'node:crypto'
import {mkdtempSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {main, type Io} from '@stdkit/cli'
import {useLanguage} from '@stdkit/messages'
import {copyEditions} from '../../../test/library.js'

// These tests are about behaviour and read the English catalogue; language.test.ts hears the CLI's Chinese.
useLanguage('en')

export const repository = fileURLToPath(new URL('../../../', import.meta.url))

/** A scratch copy of the library to run the CLI in. */
export function workspace(): string {
  return copyEditions(mkdtempSync(path.join(tmpdir(), 'stdkit-cli-')))
}

let shared: string | undefined
/** One scratch copy of the library per test file, for the commands that only read it. */
export function library(): string {
  shared ??= workspace()
  return shared
}

/** Runs the CLI in-process in `cwd`; resolves to its exit code and output. */
export async function run(args: ReadonlyArray<string>, cwd = library(), io: Partial<Io> = {}): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {cwd, env: {STDKIT_LANG: 'en'}, stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), ...io})
  return {code, stdout, stderr}
}

/** Every file under a folder with a hash of its bytes, and every folder, to compare two builds or a folder before and after. */
export function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(folder, {recursive: true, encoding: 'utf8'}).sort()) {
    const full = path.join(folder, name)
    files[name] = statSync(full).isFile() ? createHash('sha256').update(readFileSync(full)).digest('hex') : 'folder'
  }
  return files
}
