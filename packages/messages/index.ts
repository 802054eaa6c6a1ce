export {catalogues, languageOf, languages, messages, useLanguage} from './lib/language.js'
export type {Language} from './lib/language.js'
export type {Messages} from './lib/zh.js'
