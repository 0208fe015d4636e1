import { computed, DOCUMENT, effect, Injectable, inject, signal } from '@angular/core';

export type ThemeChoice = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'interview-tracker.theme';

/**
 * Light, dark or the system's choice. The Material theme is written with `light-dark()`
 * colours, so switching only sets `color-scheme` on the root element.
 */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly document = inject(DOCUMENT);
  private readonly media = this.document.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  private readonly systemDark = signal(this.media?.matches ?? false);

  readonly choice = signal<ThemeChoice>(this.readStoredChoice());
  readonly isDark = computed(() =>
    this.choice() === 'system' ? this.systemDark() : this.choice() === 'dark',
  );

  constructor() {
    this.media?.addEventListener('change', (event) => this.systemDark.set(event.matches));
    effect(() => {
      const choice = this.choice();
      const root = this.document.documentElement;
      root.style.colorScheme = choice === 'system' ? 'light dark' : choice;
      root.classList.toggle('dark', this.isDark());
      try {
        localStorage.setItem(STORAGE_KEY, choice);
      } catch {
        // Private windows may refuse storage; the choice then lasts for this visit.
      }
    });
  }

  set(choice: ThemeChoice): void {
    this.choice.set(choice);
  }

  private readStoredChoice(): ThemeChoice {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      return stored === 'light' || stored === 'dark' ? stored : 'system';
    } catch {
      return 'system';
    }
  }
}
