export {checkEditions, checkStandard, rules, standardCheck} from './lib/check.js'
export {isDate} from './lib/dates.js'
export type {CheckLibrary, CheckOptions, Edition, EditionRule, HistoryRule, Rule, RuleInfo, TexCheck} from './lib/rule.js'
export {placeholderPattern} from './lib/placeholders.js'
