export {
  checkLibrary,
  checkSources,
  editionFilePattern,
  editionFiles,
  findStandard,
  findSources,
  libraryFiles,
  loadEdition,
  loadLibrary,
  readSource,
  resolveEdition,
  type Library,
  type LibraryEdition,
  type LibraryStandard,
  type LoadOptions,
  type Parse
} from './lib/library.js'
export {imagesOf, readImages, type ReadBytes} from './lib/images.js'
