export {breakLines, units, type Line, type Run, type Style} from './lib/breaking.js'
export {PdfError} from './lib/error.js'
export {prepareFaces} from './lib/fonts.js'
export {renderEditionPdf, renderRedlinePdf} from './lib/publish.js'
