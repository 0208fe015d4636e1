import {
  computed,
  DestroyRef,
  DOCUMENT,
  Injectable,
  InjectionToken,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { Api } from '../api/api-client';
import type { AuthStatus, Credentials, OwnerSetup, User } from '../api/api-types';
import { AuthApi } from './auth-api';

/**
 * Loads a page from the server, dropping everything the app holds in memory (the room's
 * conversation, lists): what one person saw must not stay for the next one at this browser.
 */
export const RELOAD_AT = new InjectionToken<(url: string) => void>('RELOAD_AT', {
  factory: () => {
    const location = inject(DOCUMENT).location;
    return (url: string) => location.assign(url);
  },
});

/** `next` from the address, when it is a path in this app (never another site). */
export function safeNext(next: string | null | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}

/** The login page's address that brings the user back to `url` afterwards. */
export function loginUrl(url: string): string {
  const next = url.split('#')[0] ?? '';
  return next && next !== '/' && !next.startsWith('/login') && !next.startsWith('/setup')
    ? `/login?next=${encodeURIComponent(next)}`
    : '/login';
}

/**
 * Who is using the app, as the server says (`/api/auth/status`). In `AUTH=none`, or while the
 * server cannot be asked, there are no accounts and the app works as it always has; a 401 from
 * any request later says otherwise and brings the login page, keeping the address.
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly authApi = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly reloadAt = inject(RELOAD_AT);
  private readonly state = signal<AuthStatus | null>(null);
  private loaded: Promise<void> | undefined;
  /** Whose data the app has shown since it was loaded, to start afresh for someone else. */
  private shownFor: number | null = null;

  /** Null until known (or when the server could not say). */
  readonly status = this.state.asReadonly();
  /** True when the server has accounts (`AUTH=password`). */
  readonly accounts = computed(() => this.state()?.auth_mode === 'password');
  readonly user = computed<User | null>(() => this.state()?.user ?? null);
  readonly isOwner = computed(() => this.user()?.role === 'owner');
  /** Accounts are on and nobody is logged in: only the login and setup pages are open. */
  readonly locked = computed(() => this.accounts() && !this.user());
  readonly setupRequired = computed(() => this.accounts() && !!this.state()?.setup_required);

  constructor() {
    inject(Api)
      .unauthorized.pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.expired());
  }

  /** Resolves once the status is known (asked once; guards wait on it). */
  ready(): Promise<void> {
    this.loaded ??= this.refresh();
    return this.loaded;
  }

  /** Asks the server again. A failure leaves the last answer: pages then show the error. */
  async refresh(): Promise<void> {
    try {
      const status = await this.authApi.status();
      this.state.set(status);
      this.shownFor ??= status.user?.user_id ?? null;
    } catch {
      // No answer (server down, or one without accounts): the pages say what is wrong.
    }
  }

  async login(credentials: Credentials): Promise<User> {
    const user = await this.authApi.login(credentials);
    this.signedIn(user);
    return user;
  }

  async setup(owner: OwnerSetup): Promise<User> {
    const user = await this.authApi.setup(owner);
    this.signedIn(user);
    return user;
  }

  /** Opens `next` for the user just logged in; a new person starts from a fresh page. */
  continueTo(next: string): void {
    const user = this.user();
    if (this.shownFor !== null && user && user.user_id !== this.shownFor) {
      this.reloadAt(next);
      return;
    }
    this.shownFor = user?.user_id ?? null;
    void this.router.navigateByUrl(next);
  }

  /** Ends the session on the server, then reloads at the login page so nothing stays behind. */
  async logout(): Promise<void> {
    await this.authApi.logout();
    this.state.update((s) => s && { ...s, user: null });
    this.reloadAt('/login');
  }

  /** The server refused the session: back to the login page, coming back here afterwards. */
  private expired(): void {
    this.state.update((s) => ({
      ...(s ?? { setup_required: false }),
      auth_mode: 'password',
      user: null,
    }));
    const current = this.router.url;
    if (current.startsWith('/login') || current.startsWith('/setup')) return;
    void this.router.navigateByUrl(loginUrl(current));
  }

  private signedIn(user: User): void {
    this.state.update((s) => ({
      ...(s ?? {}),
      auth_mode: 'password',
      setup_required: false,
      user,
    }));
  }
}
