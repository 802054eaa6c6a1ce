/**
 * Control characters of a source, a file name or an argument reach the
 * terminal escaped (`\u001b`), never raw: in the checker's messages, in the
 * redline and in every error.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run, workspace} from './support.js'

const edition2007 = 'standards/q-zx-75.1861/2007.md'
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u

/** A scratch library whose 2007 edition has an OSC sequence in a heading and a paragraph. */
function hostile(): {folder: string; line: number} {
  const folder = workspace()
  const file = path.join(folder, edition2007)
  const text = readFileSync(file, 'utf8')
    .replace('### 4.2 服务礼仪 {#service-etiquette}', '### 4.2 服务\u001b]0;owned\u0007礼仪 {#service-etiquette}')
    .replace('## 5 工程现场行为规范', '## \u001b[2J工程现场行为规范')
  writeFileSync(file, text)
  return {folder, line: text.split('\n').findIndex((each) => each.startsWith('### 4.2 服务')) + 1}
}

describe('stdkit check', () => {
  it('reports control characters at their place, and shows quoted ones escaped', async () => {
    const {folder, line} = hostile()
    const {code, stderr} = await run(['check', edition2007], folder)
    expect(code).toBe(1)
    expect(stderr).not.toMatch(raw)
    expect(stderr).toMatch(new RegExp(`${line}:11\\s+error\\s+Unexpected control character U\\+001B \\(2 on this line\\), expected text: remove it\\s+control-character`, 'u'))
    expect(stderr).toContain('\\u001b[2J工程现场行为规范')
  })

  it('keeps the JSON report valid, the characters in it escaped', async () => {
    const {folder} = hostile()
    const {stdout} = await run(['check', '--format', 'json', edition2007], folder)
    expect(stdout).not.toMatch(raw)
    const [report] = (JSON.parse(stdout) as {files: Array<{messages: Array<{reason: string}>}>}).files
    expect(report?.messages.some((message) => message.reason.includes('\u001b[2J'))).toBe(true)
  })
})

describe('stdkit diff', () => {
  it('shows the control characters of the sources escaped in the redline', async () => {
    const folder = workspace()
    const file = path.join(folder, edition2007)
    writeFileSync(file, readFileSync(file, 'utf8').replace('### 4.2 服务礼仪', '### 4.2 服务\u001b]0;owned\u0007礼仪'))
    const {code, stdout} = await run(['diff', 'q-zx-75.1861@2006', 'q-zx-75.1861@2007', '--no-color'], folder)
    expect(code).toBe(0)
    expect(stdout).not.toMatch(raw)
    expect(stdout).toContain('4.2 服务\\u001b]0;owned\\u0007礼仪（2006年版的 6.2 服务礼仪）')
  })
})

describe('an argument with control characters', () => {
  it('is shown escaped in the message about it', async () => {
    expect(await run(['check', '\u001b[2Jnowhere'])).toEqual({code: 2, stdout: '', stderr: 'stdkit: No such file or folder: \\u001b[2Jnowhere\n'})
    expect(await run(['fmt', '--\u001b[2J'])).toMatchObject({code: 2, stderr: 'stdkit: Unknown option --\\u001b[2J (stdkit fmt --help)\n'})
  })
})
