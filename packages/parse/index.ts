export {markdownProcessor, parseStandard, remarkStandard} from './lib/plugin.js'
export {splitChanges, splitNames} from './lib/revision.js'
