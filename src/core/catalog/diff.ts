/**
 * Field-level differences between two versions of an item, for the version history page. Lists of
 * materials, steps and form fields are matched by their code or key, so inserting a material reads
 * as one addition rather than a shift of every later one.
 */

/** One difference: where, and what it was and became (absent on additions and removals). */
export interface ItemChange {
  readonly path: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before?: unknown;
  readonly after?: unknown;
}

type Entries = ReadonlyMap<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function identityOf(list: readonly unknown[]): 'code' | 'key' | null {
  for (const name of ['code', 'key'] as const) {
    const ids = list.map((entry) => (isObject(entry) ? entry[name] : undefined));
    if (ids.every((id) => typeof id === 'string') && new Set(ids).size === ids.length) return name;
  }
  return null;
}

/** A list as path segments → entries: by identity when both sides have one, else by index. */
function entriesOf(list: readonly unknown[], identity: 'code' | 'key' | null): Entries {
  return new Map(list.map((entry, i) => [identity && isObject(entry) ? `[${String(entry[identity])}]` : `[${i}]`, entry]));
}

function listIdentity(before: readonly unknown[], after: readonly unknown[]): 'code' | 'key' | null {
  const a = identityOf(before);
  return a !== null && a === identityOf(after) ? a : null;
}

function compareEntries(before: Entries, after: Entries, join: (segment: string) => string): ItemChange[] {
  const changes: ItemChange[] = [];
  for (const [segment, value] of before) {
    if (!after.has(segment)) changes.push({ path: join(segment), kind: 'removed', before: value });
    else changes.push(...diffValues(value, after.get(segment), join(segment)));
  }
  for (const [segment, value] of after) {
    if (!before.has(segment)) changes.push({ path: join(segment), kind: 'added', after: value });
  }
  return changes;
}

function diffValues(before: unknown, after: unknown, path: string): ItemChange[] {
  if (Array.isArray(before) && Array.isArray(after)) {
    const identity = listIdentity(before, after);
    return compareEntries(entriesOf(before, identity), entriesOf(after, identity), (segment) => `${path}${segment}`);
  }
  if (isObject(before) && isObject(after)) {
    const present = (o: Record<string, unknown>) => new Map(Object.entries(o).filter(([, v]) => v !== undefined));
    return compareEntries(present(before), present(after), (key) => (path ? `${path}.${key}` : key));
  }
  return Object.is(before, after) ? [] : [{ path, kind: 'changed', before, after }];
}

/** Every field that differs between two item contents (or any two JSON values). */
export function diffContents(before: unknown, after: unknown): ItemChange[] {
  return diffValues(before, after, '');
}

/** Whether two contents say the same. */
export function sameContent(a: unknown, b: unknown): boolean {
  return diffContents(a, b).length === 0;
}
