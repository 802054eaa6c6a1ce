export {toDocument, toJson, type Options} from './lib/to-json.js'
export {stdkitJson} from './lib/plugin.js'
