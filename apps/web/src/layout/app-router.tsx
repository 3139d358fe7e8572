import type { ReactNode } from 'react';
import { BrowserRouter } from 'react-router';

/**
 * The app's router. Location changes are not transitions: filters live in the URL and their
 * inputs are controlled by it, and an input controlled through a transition shows a stale value
 * until the transition commits (React restores the old one after each keystroke, and a blur in
 * between sends the old one back), so typed filters were lost.
 */
export function AppRouter({ children }: { children: ReactNode }) {
  return <BrowserRouter useTransitions={false}>{children}</BrowserRouter>;
}
