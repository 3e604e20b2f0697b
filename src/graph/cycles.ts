/**
 * Cycle detection that names the cycle. A dependency cycle is reported as a path the user can
 * follow (`a -> b -> c -> a`), one per strongly connected component, so fixing one edge per
 * report is enough. Iterative (no recursion), so a long chain cannot overflow the stack.
 */

export type Successors = (node: string) => readonly string[];

/**
 * Every strongly connected component that contains a cycle (two or more nodes, or one node with
 * an edge to itself), each as one shortest cycle through its earliest node in `nodes` order,
 * written as a closed path: `['a', 'b', 'c', 'a']`. Edges to nodes outside `nodes` are ignored.
 * Deterministic: components come in order of their earliest node.
 */
export function findCycles(nodes: readonly string[], successors: Successors): string[][] {
  const order = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (!order.has(n)) order.set(n, i);
  });
  const next = (n: string): string[] => successors(n).filter((m) => order.has(m));

  const cycles: { first: number; path: string[] }[] = [];
  for (const component of stronglyConnectedComponents([...order.keys()], next)) {
    const single = component.length === 1;
    if (single && !next(component[0]).includes(component[0])) continue;
    const first = component.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
    const members = new Set(component);
    cycles.push({ first: order.get(first)!, path: shortestCycleThrough(first, (n) => next(n).filter((m) => members.has(m))) });
  }
  return cycles.sort((a, b) => a.first - b.first).map((c) => c.path);
}

/** Tarjan's algorithm with an explicit stack. */
export function stronglyConnectedComponents(nodes: readonly string[], successors: Successors): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; edges: readonly string[]; i: number }[] = [];
    const enter = (node: string): void => {
      index.set(node, counter);
      low.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, edges: successors(node), i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame.i < frame.edges.length) {
        const m = frame.edges[frame.i++];
        if (!index.has(m)) enter(m);
        else if (onStack.has(m)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(m)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let m: string;
        do {
          m = stack.pop()!;
          onStack.delete(m);
          component.push(m);
        } while (m !== frame.node);
        components.push(component.reverse());
      }
    }
  }
  return components;
}

/** Breadth-first search from `start` back to itself; the caller guarantees a cycle exists. */
function shortestCycleThrough(start: string, successors: Successors): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const n = queue[head];
    for (const m of successors(n)) {
      if (m === start) {
        const path = [start];
        for (let at: string | undefined = n; at !== undefined && at !== start; at = parent.get(at)) path.push(at);
        path.push(start);
        // Collected backwards from the closing edge: [start, n, ..., start] reversed is the walk.
        return [start, ...path.slice(1, -1).reverse(), start];
      }
      if (!parent.has(m) && m !== start) {
        parent.set(m, n);
        queue.push(m);
      }
    }
  }
  return [start, start];
}
