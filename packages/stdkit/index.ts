export {
  check,
  diff,
  parse,
  parseFile,
  renderDiffJson,
  renderComparisonDocx,
  renderDocx,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderPdf,
  renderRedline,
  renderRedlinePdfOf as renderRedlinePdf,
  renderSts,
  type Parsed
} from './lib/api.js'
export {
  build,
  Builder,
  BuildError,
  checkOutput,
  formats,
  OutputError,
  Preview,
  publish,
  replaceFolder,
  writeAtomically,
  type BuildOptions,
  type BuildResult,
  type Format,
  type OutputFiles,
  type ReplaceOptions
} from '@stdkit/build'
export {importDocx, ImportError, type ImportMessage, type ImportResult, type Recognised} from '@stdkit/import'
export {checkLibrary, checkSources, findSources, findStandard, loadEdition, loadLibrary, resolveEdition, type Library, type LibraryEdition, type LibraryStandard} from '@stdkit/library'
export {findTimeline, lineage, type StandardDiff, type Timeline} from '@stdkit/diff'
export {citationIndex, citationReviews, hasErrors, type Citation, type CitationPlace, type CitationReview, type Standard} from '@stdkit/tree'
export {rules} from '@stdkit/check'
export {splitNames, stdkitPreset} from '@stdkit/parse'
export {stdkitJson} from '@stdkit/json'
export {PdfError} from '@stdkit/pdf/error'
export {DiffError} from '@stdkit/diff'
export {canonicalSource, chineseNumber, recordItems, release, revise, scaffold, slugOf, WorkflowError, type ReleaseOptions, type ReleaseResult} from '@stdkit/workflow'
