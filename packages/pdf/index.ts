export {breakLines, units, type Line, type Run, type Style} from './lib/breaking.js'
export {PdfError, renderEditionPdf, renderRedlinePdf} from './lib/publish.js'
