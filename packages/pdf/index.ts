export {breakLines, units, type Line, type Run, type Style} from './lib/breaking.js'
export {PdfError} from './lib/error.js'
export {renderEditionPdf, renderRedlinePdf, warmUp} from './lib/publish.js'
