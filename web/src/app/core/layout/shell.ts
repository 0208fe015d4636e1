import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import {
  NavigationEnd,
  NavigationError,
  NavigationSkipped,
  NavigationStart,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { map } from 'rxjs';
import { toApiError } from '../api/api-error';
import { Session } from '../auth/session';
import { type ThemeChoice, ThemeService } from '../theme/theme.service';

interface NavItem {
  path: string;
  label: string;
  icon: string;
}

/**
 * The frame around every page: a top bar, the navigation (a drawer on phones), the theme switch
 * and, when the server has accounts, the user menu. Logged out, only the bar and the page show.
 */
@Component({
  selector: 'app-shell',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    MatTooltipModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly theme = inject(ThemeService);
  protected readonly session = inject(Session);
  private readonly router = inject(Router);
  /** Absent while the login page is all there is. */
  private readonly sidenav = viewChild(MatSidenav);
  /** Why logging out failed, shown in the menu's place until the next try. */
  protected readonly logoutError = signal<string | null>(null);

  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 959px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly themeIcon = computed(
    () =>
      ({ system: 'brightness_auto', light: 'light_mode', dark: 'dark_mode' })[this.theme.choice()],
  );

  protected readonly nav: NavItem[] = [
    { path: '/dashboard', label: 'Dashboard', icon: 'dashboard' },
    { path: '/interviews', label: 'Interviews', icon: 'work' },
    { path: '/questions', label: 'Question bank', icon: 'quiz' },
    { path: '/room', label: 'Interview room', icon: 'forum' },
    { path: '/practice', label: 'Practice', icon: 'school' },
    { path: '/companies', label: 'Companies', icon: 'business' },
    { path: '/roles', label: 'Roles', icon: 'badge' },
    { path: '/skills', label: 'Skills', icon: 'psychology' },
    { path: '/settings', label: 'Settings', icon: 'settings' },
  ];

  protected readonly themes: { value: ThemeChoice; label: string; icon: string }[] = [
    { value: 'system', label: 'System', icon: 'brightness_auto' },
    { value: 'light', label: 'Light', icon: 'light_mode' },
    { value: 'dark', label: 'Dark', icon: 'dark_mode' },
  ];

  /**
   * A page that could not be opened, with why. Screens load their code on first visit, so with
   * the server down a link would otherwise do nothing at all.
   */
  protected readonly failedNavigation = signal<{ url: string; detail: string } | null>(null);

  protected toggleNav(): void {
    void this.sidenav()?.toggle();
  }

  protected async logout(): Promise<void> {
    this.logoutError.set(null);
    try {
      await this.session.logout();
    } catch (error) {
      this.logoutError.set(toApiError(error).detail);
    }
  }

  protected retry(url: string): void {
    // A new failure shows through the NavigationError event, like the first one.
    this.router.navigateByUrl(url).catch(() => undefined);
  }

  constructor() {
    this.router.events.pipe(takeUntilDestroyed()).subscribe((event) => {
      // Any other choice, even of the page already shown, puts the failure behind the user.
      if (event instanceof NavigationStart || event instanceof NavigationSkipped) {
        this.failedNavigation.set(null);
      }
      if (event instanceof NavigationError) {
        this.failedNavigation.set({ url: event.url, detail: toApiError(event.error).detail });
      }
      // On phones the drawer closes once a page is chosen.
      if (event instanceof NavigationEnd && this.handset()) void this.sidenav()?.close();
    });
  }
}
