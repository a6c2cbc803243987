import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchCurrentUser, logout } from '@/features/auth/api/session';
import { setUnauthorizedHandler } from '@/lib/api-client';
import { AuthContext, type AuthState } from '@/lib/auth-context';
import type { SessionUser } from '@/lib/session';

/** Asks the server who is signed in (the cookie is HttpOnly, so the page cannot tell by itself). */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [status, setStatus] = useState<AuthState['status']>('loading');

  useEffect(() => {
    const controller = new AbortController();
    fetchCurrentUser(controller.signal).then(
      (found) => {
        setUser(found);
        setStatus(found ? 'authenticated' : 'anonymous');
      },
      () => {
        if (!controller.signal.aborted) setStatus('anonymous');
      },
    );
    // Any later 401 means the session expired: drop the user and the route guard shows the login.
    setUnauthorizedHandler(() => {
      setUser(null);
      setStatus('anonymous');
    });
    return () => controller.abort();
  }, []);

  const signIn = useCallback((next: SessionUser) => {
    setUser(next);
    setStatus('authenticated');
  }, []);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      setUser(null);
      setStatus('anonymous');
    }
  }, []);

  const value = useMemo<AuthState>(() => ({ status, user, signIn, signOut }), [status, user, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
