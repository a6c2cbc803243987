import type { FormFieldInput, MaterialSpecInput } from '@core/catalog/item-schema';
import { api } from '@/lib/api-client';

/** A field of an item's application form, as the guide gives it (defaults filled). */
export type FormField = FormFieldInput & { required: boolean };

/** A material an item asks for, as the guide gives it. */
export type MaterialSpec = MaterialSpecInput & { form: 'paper' | 'electronic' | 'both'; copies: number };

/** The parts of an item's guide (`GET /api/v1/items/:code`) the application pages use. */
export interface Guide {
  code: string;
  name: string;
  type: string;
  typeName: string;
  department: { id: string; name: string };
  regionName: string | null;
  handling: 'instant' | 'promised';
  statutoryDays: number;
  promisedDays: number;
  visits: number;
  onlineDepth: number;
  applicantTypes: string[];
  conditions: string[];
  materials: MaterialSpec[];
  form: FormField[];
  correctionDays: number;
  commitmentAllowed: boolean;
  contactPhone?: string;
  complaintPhone?: string;
  hallAddress?: string;
  hallHours?: string;
  guidePath: string;
}

/** A line of the public item search. */
export interface GuideSummary {
  code: string;
  name: string;
  typeName: string;
  department: { id: string; name: string };
  promisedDays: number;
  handling: 'instant' | 'promised';
}

/** An item's published guide. */
export function getGuide(code: string, signal?: AbortSignal): Promise<Guide> {
  return api.get<Guide>(`/api/v1/items/${encodeURIComponent(code)}`, { signal });
}

/** Published items matching a keyword. */
export function searchItems(q: string | undefined, signal?: AbortSignal): Promise<{ items: GuideSummary[]; total: number }> {
  return api.get<{ items: GuideSummary[]; total: number }>('/api/v1/items', { query: { q, limit: 50 }, signal });
}
