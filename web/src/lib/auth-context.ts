import { createContext, useContext } from 'react';
import type { SessionUser } from './session';

/** The session as the app sees it; the provider lives in app/auth-provider.tsx. */
export interface AuthState {
  status: 'loading' | 'anonymous' | 'authenticated';
  user: SessionUser | null;
  /** Records the user the login answer named. */
  signIn: (user: SessionUser) => void;
  /** Ends the session on the server and in the page. */
  signOut: () => Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);

/** The current session. */
export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
