import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@/lib/use-query';
import { listOrganization } from '../api/departments';
import { OrganizationContext, type Organization } from '../components/department-picker';
import { ItemEditor } from '../components/editor/item-editor';
import { ItemList } from '../components/item-list';
import { VersionHistoryDrawer } from '../components/version-history-drawer';
import '../catalog.css';

const NO_ORGANIZATION: Organization = { departments: [], regions: [] };

/**
 * `/admin/catalog`: the item list, or with `?edit=CODE` (`?edit=new`) the editor of one item. One route
 * keeps the menu entry single; the list's filters stay in the URL while an item is open.
 */
export default function CatalogPage() {
  const [params, setParams] = useSearchParams();
  const organization = useQuery((signal) => listOrganization(signal), []);
  const [history, setHistory] = useState<{ code: string; name: string; openedAt: number } | null>(null);
  const edit = params.get('edit');

  const openEditor = useCallback(
    (code: string | null, replace = false) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('edit', code ?? 'new');
          return next;
        },
        { replace },
      ),
    [setParams],
  );
  const closeEditor = useCallback(
    () =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        next.delete('edit');
        return next;
      }),
    [setParams],
  );
  const openHistory = useCallback((code: string, name: string) => setHistory({ code, name, openedAt: Date.now() }), []);

  return (
    <OrganizationContext.Provider value={organization.data ?? NO_ORGANIZATION}>
      {edit === null ? (
        <ItemList onEdit={(code) => openEditor(code)} onOpenHistory={openHistory} />
      ) : (
        <ItemEditor key={edit} code={edit === 'new' ? null : edit} onBack={closeEditor} onCreated={(code) => openEditor(code, true)} onOpenHistory={openHistory} />
      )}
      <VersionHistoryDrawer target={history} onClose={() => setHistory(null)} />
    </OrganizationContext.Provider>
  );
}
