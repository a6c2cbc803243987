import { Select } from 'antd';
import { useEffect } from 'react';
import { useT } from '@/lib/i18n';
import type { HallRef } from '../api/hall';

/** Chooses one of the halls; picks the first when none is chosen yet. */
export function HallSelect({ halls, value, onChange }: { halls: readonly HallRef[]; value: string | null; onChange: (id: string) => void }) {
  const t = useT();
  const first = halls[0]?.id;
  useEffect(() => {
    if (!value && first) onChange(first);
  }, [value, first, onChange]);
  return (
    <Select value={value ?? undefined} onChange={onChange} placeholder={t('hall.choose')} style={{ minWidth: 280 }} data-testid="hall-select"
      options={halls.map((h) => ({ value: h.id, label: h.name }))} />
  );
}
