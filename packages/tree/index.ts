export type * from './lib/types.js'
export {anchorPattern, appendixId, clauseId, tableId, termId} from './lib/ids.js'
export {schemaFileName, schemaPath, schemaVersion, standardSchema} from './lib/schema.js'
