/** The CLI speaks Chinese unless English is asked for: by `--lang en`, `STDKIT_LANG=en` or an English locale. */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repository, run} from './support.js'

describe('the language of the CLI', () => {
  it('is Chinese by default: help, usage errors and diagnostics', async () => {
    const env = {}
    expect((await run(['--help'], undefined, {env})).stdout).toContain('命令：\n  stdkit build [root]')
    expect((await run(['bild'], undefined, {env})).stderr).toBe('stdkit: 未知命令 bild：是指 build 吗？\n')
    const {stderr} = await run(['check', path.join(repository, 'test/fixtures/injection')], undefined, {env})
    expect(stderr).toMatch(/^\d+:\d+-\d+:\d+ +警告 +不应有链接，应为纯文本/mu)
    expect(stderr).toMatch(/\d+ 条消息（(?:✖ \d+ 个错误，)?⚠ \d+ 个警告）/u)
    expect(stderr).not.toMatch(/\b(?:warning|error)\b/u)
  })

  it.each([
    ['--lang en', ['--lang', 'en'], {LANG: 'zh_CN.UTF-8'}],
    ['STDKIT_LANG=en', [], {STDKIT_LANG: 'en', LANG: 'zh_CN.UTF-8'}],
    ['an English locale', [], {LANG: 'en_US.UTF-8'}]
  ])('is English with %s', async (_, flag, env) => {
    expect((await run(['--help', ...flag], undefined, {env})).stdout).toContain('Commands:\n  stdkit build [root]')
    expect((await run(['bild', ...flag], undefined, {env})).stderr).toBe('stdkit: Unknown command bild: did you mean build?\n')
  })

  it('takes --lang over STDKIT_LANG, and refuses a language it does not speak', async () => {
    expect((await run(['bild', '--lang', 'zh'], undefined, {env: {STDKIT_LANG: 'en'}})).stderr).toContain('未知命令')
    const {code, stderr} = await run(['check', '--lang', 'fr'], undefined, {env: {}})
    expect(code).toBe(2)
    expect(stderr).toContain('--lang "fr"，应为 "zh", "en" 之一')
  })
})
