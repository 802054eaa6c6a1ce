export {markdownProcessor, parseStandard, remarkStandard, stdkitPreset} from './lib/plugin.js'
export {changeLead, changeListEntry, splitChanges, splitNames} from './lib/revision.js'
export type {MdastScript} from './lib/script-syntax.js'
