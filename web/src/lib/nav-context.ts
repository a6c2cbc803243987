import { createContext, useContext, type ReactNode } from 'react';
import type { MessageKey } from './i18n';

/** A page the signed-in user may open, as the menu lists it. */
export interface NavEntry {
  path: string;
  title: MessageKey;
  icon: ReactNode;
  group?: MessageKey;
}

/** The pages of the current user, provided by the app layout from its one route table. */
export const NavContext = createContext<readonly NavEntry[]>([]);

/** The pages the current user may open, in menu order. */
export function useNav(): readonly NavEntry[] {
  return useContext(NavContext);
}
