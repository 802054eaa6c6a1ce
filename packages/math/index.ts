export {checkTex, typeset, type Typeset} from './lib/typeset.js'
