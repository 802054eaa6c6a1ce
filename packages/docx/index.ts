export {handlers, renderDocx, type DocxHandlers, type DocxOptions} from './lib/render.js'
export {renderComparisonDocx, type ComparisonDocxInput, type ComparisonDocxOptions} from './lib/compare.js'
export {paragraphStyles, style} from './lib/styles.js'
