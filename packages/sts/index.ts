export {renderSts, stsDoctype} from './lib/render.js'
