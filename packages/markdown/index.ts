export {toMarkdown, toMdast} from './lib/to-markdown.js'
