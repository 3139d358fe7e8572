import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSessionUser } from './session-context';

/** Pages behind sign-in send a signed-out visitor to /sign-in and back afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const user = useSessionUser();
  const location = useLocation();
  if (!user)
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

/** A signed-in visitor of a signed-out page goes where sign-in was to take them, or home. */
export function SignedOutOnly({ children }: { children: ReactNode }) {
  const user = useSessionUser();
  const from = (useLocation().state as { from?: string } | null)?.from;
  if (!user) return children;
  return <Navigate to={from && from !== '/sign-in' ? from : '/'} replace />;
}
