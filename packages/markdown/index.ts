export {toMarkdown, toMdast, type MarkdownHandlers, type Options} from './lib/to-markdown.js'
