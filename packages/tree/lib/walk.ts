import type {Nodes} from './types.js'

/** What a callback of `eachNode` may answer: `skip` leaves the node's children out. */
export type Walk = 'skip' | undefined | void

/**
 * Calls `visit` on every node of the tree, a parent before its children, in
 * document order. The checker's rules look at every node of a large tree
 * several times: this walks it without the ancestors, tests and debugging
 * names `unist-util-visit` keeps for each node, at a fraction of the cost.
 */
export function eachNode(tree: Nodes, visit: (node: Nodes) => Walk): void {
  const stack: Array<Nodes> = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (visit(node) === 'skip' || !('children' in node)) continue
    const children = node.children as ReadonlyArray<Nodes>
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Nodes)
  }
}
