import type { ItemVersion } from '../../core/catalog/types.js';
import { DomainError } from '../../core/errors.js';
import { findPublishedVersion, findVersionById } from '../../store/repositories/item-repository.js';
import type { Db } from '../context.js';

/** The published version of an item, which new applications are filed under (DOMAIN.md §3). */
export function loadPublishedItem(db: Db, code: string): Promise<ItemVersion | null> {
  return findPublishedVersion(db, code);
}

/** The version a case was filed under; open cases keep theirs when the item changes. */
export async function loadItemVersion(db: Db, id: string): Promise<ItemVersion> {
  const version = await findVersionById(db, id);
  if (!version) throw new DomainError('internal');
  return version;
}
