export {
  checkLibrary,
  checkSources,
  editionFilePattern,
  editionFiles,
  findSources,
  libraryFiles,
  loadEdition,
  loadLibrary,
  readSource,
  type Library,
  type LibraryEdition,
  type LibraryStandard
} from './lib/library.js'
