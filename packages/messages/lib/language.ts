/**
 * Which catalogue speaks: Chinese unless English is asked for, by `--lang en`,
 * `STDKIT_LANG=en` or an English locale (`LC_ALL`, then `LANG`, starting with
 * `en`). The choice is the process's, as a locale is: the CLI makes it once,
 * and the checker's messages, made deep in the library, follow it.
 */
import {en} from './en.js'
import {zh, type Messages} from './zh.js'

export const catalogues = {zh, en} as const satisfies Record<string, Messages>

export type Language = keyof typeof catalogues

export const languages = Object.keys(catalogues) as ReadonlyArray<Language>

/** The language a flag (`--lang`) or, without one, the environment asks for. */
export function languageOf(env: Readonly<Record<string, string | undefined>>, flag?: string | undefined): Language {
  const asked = flag || env.STDKIT_LANG || env.LC_ALL || env.LANG || ''
  return asked.toLowerCase().startsWith('en') ? 'en' : 'zh'
}

let current: Language = languageOf(process.env)

/** Makes `language` the one `messages()` speaks from now on. */
export function useLanguage(language: Language): void {
  current = language
}

/** The language `messages()` speaks: what a worker thread, which starts with the environment's, is told to speak. */
export function languageInUse(): Language {
  return current
}

/** The catalogue of `language`, by default the one in use. */
export function messages(language: Language = current): Messages {
  return catalogues[language]
}
