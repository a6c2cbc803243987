/** A row with its children; leaves have no `children` so tables draw no expander for them. */
export type TreeNode<T> = T & { children?: TreeNode<T>[] };

/**
 * Builds a forest from a flat list. A row whose parent is absent from the list becomes a root, so a
 * filtered list (one region's departments) still shows every row.
 */
export function buildTree<T>(rows: readonly T[], keyOf: (row: T) => string, parentOf: (row: T) => string | null, compare?: (a: T, b: T) => number): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>();
  for (const row of rows) nodes.set(keyOf(row), { ...row } as TreeNode<T>);
  const roots: TreeNode<T>[] = [];
  for (const row of rows) {
    const node = nodes.get(keyOf(row)) as TreeNode<T>;
    const parentKey = parentOf(row);
    const parent = parentKey === null ? undefined : nodes.get(parentKey);
    if (parent && parent !== node) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  if (compare) {
    const sort = (list: TreeNode<T>[]) => {
      list.sort(compare);
      for (const node of list) if (node.children) sort(node.children);
    };
    sort(roots);
  }
  return roots;
}

/** The keys of a node and all below it. */
export function subtreeKeys<T>(node: TreeNode<T>, keyOf: (row: T) => string): string[] {
  return [keyOf(node), ...(node.children ?? []).flatMap((child) => subtreeKeys(child, keyOf))];
}

/** Finds a node anywhere in a forest. */
export function findNode<T>(forest: readonly TreeNode<T>[], match: (row: T) => boolean): TreeNode<T> | undefined {
  for (const node of forest) {
    if (match(node)) return node;
    const found = node.children && findNode(node.children, match);
    if (found) return found;
  }
  return undefined;
}
