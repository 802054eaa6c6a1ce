export type {ImportMessage, ImportResult, Recognised, WordBlock, WordCell, WordDocument, WordImage, WordParagraph, WordPlace, WordRow, WordRun, WordTable} from './lib/model.js'
export {ImportError} from './lib/errors.js'
export {readDocx} from './lib/read.js'
export {importDocx} from './lib/import.js'
