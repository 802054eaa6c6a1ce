export {
  check,
  diff,
  parse,
  parseFile,
  renderDiffJson,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderPdf,
  renderRedline,
  renderRedlinePdfOf as renderRedlinePdf,
  type Parsed
} from './lib/api.js'
export {build, Builder, formats, publish, type BuildOptions, type BuildResult, type Format} from './lib/build.js'
export {BuildError, OutputError} from './lib/errors.js'
export {checkOutput, replaceFolder, type OutputFiles, type ReplaceOptions} from './lib/output.js'
export {loadLibrary, type Library, type LibraryEdition, type LibraryStandard} from '@stdkit/library'
export type {StandardDiff} from '@stdkit/diff'
export type {Standard} from '@stdkit/tree'
export {PdfError} from '@stdkit/pdf/error'
export {DiffError} from '@stdkit/diff'
export {canonicalSource, chineseNumber, recordItems, release, revise, scaffold, slugOf, WorkflowError, type ReleaseOptions, type ReleaseResult} from './lib/workflow.js'
export {Preview} from './lib/preview.js'
