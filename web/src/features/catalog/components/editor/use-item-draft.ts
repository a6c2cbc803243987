import { useCallback, useEffect, useState } from 'react';
import { getVersion, listVersions, type ItemVersionView, type VersionSummary } from '../../api/items';

/** The newest version of an item and its history, as the editor needs them; `null` code means a new item. */
export interface ItemDraftState {
  latest: ItemVersionView | null;
  versions: VersionSummary[];
  loading: boolean;
  error: unknown;
  /** Takes a version the server just returned (after a save, publish or retire) and re-reads the history. */
  accept: (view: ItemVersionView) => void;
}

/** Loads the newest version of `code` (drafts included) and its version list. */
export function useItemDraft(code: string | null): ItemDraftState {
  const [latest, setLatest] = useState<ItemVersionView | null>(null);
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [loading, setLoading] = useState(code !== null);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    setLatest(null);
    setVersions([]);
    setError(undefined);
    if (code === null) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    (async () => {
      const list = await listVersions(code, controller.signal);
      const newest = list[list.length - 1];
      const view = newest ? await getVersion(code, newest.version, controller.signal) : null;
      if (controller.signal.aborted) return;
      setVersions(list);
      setLatest(view);
      setLoading(false);
    })().catch((cause: unknown) => {
      if (controller.signal.aborted) return;
      setError(cause);
      setLoading(false);
    });
    return () => controller.abort();
  }, [code]);

  const accept = useCallback((view: ItemVersionView) => {
    setLatest(view);
    listVersions(view.code).then(setVersions, () => undefined);
  }, []);

  return { latest, versions, loading, error, accept };
}
