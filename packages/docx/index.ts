export {handlers, renderDocx, type DocxHandlers, type DocxOptions} from './lib/render.js'
export {paragraphStyles, style} from './lib/styles.js'
