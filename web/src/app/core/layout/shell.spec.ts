import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { FakeFetch, flush } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { UNREACHABLE } from '../api/api-error';
import { Shell } from './shell';

@Component({ template: '<h1>Dashboard</h1>' })
class Dashboard {}

@Component({ template: '<h1>Question bank</h1>' })
class QuestionBank {}

describe('Shell', () => {
  /** Whether the question bank's code can be fetched, as with a lazy route's chunk. */
  let serverUp: boolean;

  beforeEach(() => {
    serverUp = true;
    TestBed.configureTestingModule({
      // The router also reports a failed navigation to the ErrorHandler (the console).
      rethrowApplicationErrors: false,
      providers: [
        ...testProviders(new FakeFetch()),
        provideRouter([
          { path: 'dashboard', component: Dashboard },
          {
            path: 'questions',
            // What a failed dynamic import() throws when the server is down.
            loadComponent: () =>
              serverUp
                ? Promise.resolve(QuestionBank)
                : Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
          },
        ]),
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(Shell);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/dashboard');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await flush();
      await fixture.whenStable();
    };
    const navLink = (label: string) =>
      Array.from(el.querySelectorAll<HTMLAnchorElement>('mat-nav-list a')).find((a) =>
        a.textContent?.includes(label),
      )!;
    return { el, router, settle, navLink };
  }

  it('says the server cannot be reached when a screen’s code cannot be fetched, and retries', async () => {
    const { el, router, settle, navLink } = await setup();
    // The click's navigation rejects; the shell, not the console, is where the user looks.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    serverUp = false;

    navLink('Question bank').click();
    await settle();

    const alert = el.querySelector('[data-testid="navigation-error"]');
    expect(alert?.textContent).toContain(UNREACHABLE);
    expect(el.querySelector('main h1')?.textContent).toBe('Dashboard');

    serverUp = true;
    alert!.querySelector<HTMLButtonElement>('button')!.click();
    await settle();

    expect(router.url).toBe('/questions');
    expect(el.querySelector('main h1')?.textContent).toBe('Question bank');
    expect(el.querySelector('[data-testid="navigation-error"]')).toBeNull();
  });

  it('forgets a failed navigation once another one starts', async () => {
    const { el, settle, navLink } = await setup();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    serverUp = false;
    navLink('Question bank').click();
    await settle();
    expect(el.querySelector('[data-testid="navigation-error"]')).not.toBeNull();

    navLink('Dashboard').click();
    await settle();
    expect(el.querySelector('[data-testid="navigation-error"]')).toBeNull();
  });
});
