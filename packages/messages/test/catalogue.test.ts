import {describe, expect, it} from 'vitest'
import {catalogues, languageInUse, languageOf, messages, useLanguage} from '@stdkit/messages'

/** Every path to a word in a catalogue: `cli.usage`, `cli.happened.ENOSPC` …; a message with parameters is a word. */
function keys(value: unknown, prefix = ''): Array<string> {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix === '' ? key : `${prefix}.${key}`))
}

describe('@stdkit/messages', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('@stdkit/messages')).sort()).toEqual(['catalogues', 'documentWords', 'languageInUse', 'languageOf', 'languages', 'messages', 'useLanguage'])
  })

  it('has every word in every language', () => {
    expect(keys(catalogues.en).sort()).toEqual(keys(catalogues.zh).sort())
  })

  it.each([
    [{}, undefined, 'zh'],
    [{LANG: 'C.UTF-8'}, undefined, 'zh'],
    [{LANG: 'zh_CN.UTF-8'}, undefined, 'zh'],
    [{LANG: 'en_US.UTF-8'}, undefined, 'en'],
    [{LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8'}, undefined, 'en'],
    [{LC_ALL: 'en_GB.UTF-8', STDKIT_LANG: 'zh'}, undefined, 'zh'],
    [{STDKIT_LANG: 'en'}, undefined, 'en'],
    [{STDKIT_LANG: 'en'}, 'zh', 'zh'],
    [{}, 'en', 'en']
  ])('speaks the language of %o with --lang %s: %s', (env, flag, language) => {
    expect(languageOf(env, flag)).toBe(language)
  })

  it('speaks the language last chosen', () => {
    useLanguage('en')
    expect(messages().cli.noFolder({folder: 'x'})).toBe('No such folder: x')
    expect(languageInUse()).toBe('en')
    useLanguage('zh')
    expect(messages().cli.noFolder({folder: 'x'})).toBe('没有这个文件夹：x')
  })
})
