/**
 * The README's unified pipeline, run as it is written there with plain
 * `node`, in a scratch copy of the library: the tree's number it prints, and
 * the JSON it prints byte for byte as `stdkit build` writes it.
 */
import {execFile} from 'node:child_process'
import {readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {copyLibrary, repository, stdkit} from './support.js'

const run = promisify(execFile)
const readme = readFileSync(path.join(repository, 'README.md'), 'utf8')

/** The `js` block after "In a unified pipeline". */
function pipeline(): string {
  const section = readme.slice(readme.indexOf('**In a unified pipeline.**'))
  return /```js\n(?<body>[\s\S]*?)```/u.exec(section)?.groups?.body ?? ''
}

describe("the README's unified pipeline", () => {
  it('parses an edition with the preset and processes it to the JSON stdkit build writes', async () => {
    const code = pipeline()
    expect(code).toContain('.use(stdkitPreset)')
    const folder = copyLibrary('stdkit-preset-')
    // The packages the block imports, as the test package has them installed.
    symlinkSync(path.join(repository, 'test', 'node_modules'), path.join(folder, 'node_modules'), 'dir')
    writeFileSync(path.join(folder, 'pipeline.mjs'), code)
    const {stdout} = await run(process.execPath, ['pipeline.mjs'], {cwd: folder, maxBuffer: 64 * 1024 * 1024})
    const built = await stdkit(['build', '--only', 'q-zx-75.1861@2007', '--format', 'json', '--out', 'out'], folder)
    expect(built.code, built.stderr).toBe(0)
    const json = readFileSync(path.join(folder, 'out', 'q-zx-75.1861', '2007.json'), 'utf8')
    expect(JSON.parse(json)).toMatchObject({source: 'q-zx-75.1861/2007.md', standard: {cover: {number: 'Q/ZX 75.1861–2007'}}})
    expect(stdout).toBe(`Q/ZX 75.1861–2007\n${json}\n`)
  })
})
