/**
 * Whatever stops a command ends in one line and an exit code, never a Node
 * stack: a file-system error names the file and what happened to it, an
 * error of stdkit itself asks to be reported, its stack shown only on demand.
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {describeFailure} from '../lib/errors.js'
import {run} from './support.js'

/** The error a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('it should have failed'),
    (error: unknown) => error
  )
}

describe('a file-system error', () => {
  const cwd = mkdtempSync(path.join(tmpdir(), 'stdkit-failures-'))

  it.each([
    ['reading a file that is not there', () => readFile(path.join(cwd, 'out/missing.json')), 'no such file or folder while opening out/missing.json'],
    ['reading a folder as a file', () => readFile(cwd), 'is a folder while reading'],
    [
      'creating a folder under a file',
      async () => {
        await writeFile(path.join(cwd, 'plain'), '')
        await mkdir(path.join(cwd, 'plain/sub'))
      },
      'not a folder while creating plain/sub'
    ]
  ])('%s is one line naming the file where the system says which', async (_, fail, says) => {
    expect(describeFailure(await rejection(fail()), cwd)).toEqual({message: says, exitCode: 1})
  })

  it('says what happened where the system does not name the file (a full disk under standard output)', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC', errno: -28, syscall: 'write'})
    const result = await run(['rules'], cwd, {
      stdout: () => {
        throw full
      }
    })
    expect(result).toEqual({code: 1, stdout: '', stderr: 'stdkit: no space left on device while writing\n'})
  })
})

describe('an error of stdkit itself', () => {
  const bug = new TypeError("Cannot read properties of undefined (reading 'children')")

  it('asks to be reported, without a stack', async () => {
    const {code, stderr} = await run(['rules'], undefined, {
      stdout: () => {
        throw bug
      }
    })
    expect(code).toBe(1)
    expect(stderr).toBe(
      "stdkit: internal error: Cannot read properties of undefined (reading 'children')\nThis is a bug in stdkit: please report it with the command you ran (STDKIT_DEBUG=1 shows where it happened)\n"
    )
  })

  it('shows its stack with STDKIT_DEBUG=1', () => {
    const {message} = describeFailure(bug, '/', {STDKIT_DEBUG: '1'})
    expect(message).toContain(bug.stack)
  })
})
