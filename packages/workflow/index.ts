export {canonicalSource, changePlaceholder, chineseNumber, recordItems, release, revise, scaffold, slugOf, WorkflowError, type ReleaseOptions, type ReleaseResult} from './lib/workflow.js'
