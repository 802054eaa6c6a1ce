export {breakLines, units, type Line, type Run, type Style} from './lib/breaking.js'
export type {Inline, PdfHandlers, State} from './lib/edition.js'
export {PdfError} from './lib/error.js'
export {renderEditionPdf, renderRedlinePdf, warmUp, type PdfOptions} from './lib/publish.js'
