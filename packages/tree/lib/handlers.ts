import type {ClauseContent, ForewordContent, Node, PhrasingContent, StandardContent} from './types.js'

/** Every node a content map declares that is not phrasing: the foreword and clauses down to a table. */
export type FlowContent = StandardContent | ClauseContent | ForewordContent

/** Every node a content map declares: what a writer of the tree must handle. */
export type Content = FlowContent | PhrasingContent

/**
 * A writer's table: one handler per node type of `Content`, given the node
 * narrowed to its type and the writer's state. Writers declare their default
 * table with `satisfies Handlers<…>`, so a node type added to a content map
 * without a handler fails to compile, naming the type; options merge theirs
 * over it, as `mdast-util-to-hast` does with `handlers`.
 */
export type Handlers<Content extends Node, State, Result> = {
  [Type in Content['type']]: (node: Extract<Content, {type: Type}>, state: State) => Result
}

/**
 * Calls the handler of the node's type. A node of a type the table lacks
 * (one added by augmentation, or read from elsewhere) is an error, never
 * left out of the output in silence.
 */
export function handle<Content extends Node, State, Result>(handlers: Handlers<Content, State, Result>, node: Content, state: State): Result {
  if (!Object.hasOwn(handlers, node.type)) throw new TypeError(`Unexpected node type \`${node.type}\`, expected one of ${Object.keys(handlers).join(', ')}`)
  const handler = handlers[node.type as Content['type']] as (node: Content, state: State) => Result
  return handler(node, state)
}
