import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { loginUrl, Session, safeNext } from './session';

// Each guard injects before its first await: after it, there is no injection context.

/**
 * Screens that need a logged-in user (all of them but login and setup). Without accounts, or
 * while the server cannot say, they open as before; a 401 from a request still brings the
 * login page then.
 */
export const requireUser: CanActivateFn = async (_route, state) => {
  const session = inject(Session);
  const router = inject(Router);
  await session.ready();
  if (!session.accounts()) return true;
  if (session.setupRequired()) return router.parseUrl('/setup');
  if (!session.user()) return router.parseUrl(loginUrl(state.url));
  return true;
};

/** The account screens (password, tokens): only when the server has accounts. */
export const requireAccounts: CanActivateFn = async () => {
  const session = inject(Session);
  const router = inject(Router);
  await session.ready();
  return session.accounts() || router.parseUrl('/dashboard');
};

/** The users screen: the owner's alone; anyone else is sent to the dashboard. */
export const requireOwner: CanActivateFn = async () => {
  const session = inject(Session);
  const router = inject(Router);
  await session.ready();
  return session.isOwner() || router.parseUrl('/dashboard');
};

/** The login page: only while someone has to log in; otherwise on to where they were going. */
export const requireLoggedOut: CanActivateFn = async (route) => {
  const session = inject(Session);
  const router = inject(Router);
  await session.ready();
  if (session.setupRequired()) return router.parseUrl('/setup');
  if (!session.locked()) return router.parseUrl(safeNext(route.queryParamMap.get('next')));
  return true;
};

/** "Create the owner account": only while the server has no user at all. */
export const requireSetup: CanActivateFn = async () => {
  const session = inject(Session);
  const router = inject(Router);
  await session.ready();
  return session.setupRequired() || router.parseUrl(session.locked() ? '/login' : '/');
};
