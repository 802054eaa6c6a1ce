export {toDocument, toJson, type Options} from './lib/to-json.js'
