import { api } from '@/lib/api-client';
import type { SessionUser } from '@/lib/session';

/** Credentials for `POST /api/v1/auth/login`. */
export interface LoginInput {
  username: string;
  password: string;
}

/** Signs in; the server sets the HttpOnly session cookie. A wrong password is a 401 for the form, not a redirect. */
export async function login(input: LoginInput): Promise<SessionUser> {
  const answer = await api.post<{ token: string; user: SessionUser }>('/api/v1/auth/login', input, { allowUnauthorized: true });
  return answer.user;
}

/** The user of the current session, or null when there is none. */
export async function fetchCurrentUser(signal?: AbortSignal): Promise<SessionUser | null> {
  try {
    const answer = await api.get<{ user: SessionUser }>('/api/v1/auth/me', { allowUnauthorized: true, signal });
    return answer.user;
  } catch (error) {
    if (error instanceof Error && 'status' in error && error.status === 401) return null;
    throw error;
  }
}

/** Ends the session on the server. */
export async function logout(): Promise<void> {
  await api.post<void>('/api/v1/auth/logout', undefined, { allowUnauthorized: true });
}
