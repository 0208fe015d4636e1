import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { FakeFetch, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { QuestionsPage } from './questions-page';

@Component({ template: '' })
class Blank {}

const DEBOUNCE = 350;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('QuestionsPage search', () => {
  let fake: FakeFetch;

  async function setup() {
    TestBed.configureTestingModule({
      imports: [QuestionsPage],
      providers: [...testProviders(fake), provideRouter([{ path: '**', component: Blank }])],
    });
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/questions');
    const fixture = TestBed.createComponent(QuestionsPage);
    await fixture.whenStable();
    const search = (text: string) => {
      const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
        '[data-testid="question-search"]',
      )!;
      input.value = text;
      input.dispatchEvent(new Event('input'));
    };
    return { fixture, router, search };
  }

  beforeEach(() => {
    fake = new FakeFetch();
    fake.on('GET', '/api/questions', () => json({ data: [], total: 0, skip: 0, limit: 20 }));
  });

  it('puts the search in the URL once typing pauses', async () => {
    const { router, search } = await setup();
    search('  closure ');
    expect(router.url).toBe('/questions');
    await wait(DEBOUNCE);
    expect(router.url).toBe('/questions?q=closure');
  });

  it('drops a search typed just before leaving, so it never lands on the next page', async () => {
    const { fixture, router, search } = await setup();
    search('closure');
    fixture.destroy();
    await router.navigateByUrl('/interviews/3');
    await wait(DEBOUNCE);
    expect(router.url).toBe('/interviews/3');
  });
});

describe('QuestionsPage: the way to the starter pack', () => {
  it('offers the starter pack from the toolbar and from the empty bank', async () => {
    const fake = new FakeFetch();
    fake.on('GET', '/api/questions', () => json({ data: [], total: 0, skip: 0, limit: 20 }));
    TestBed.configureTestingModule({
      imports: [QuestionsPage],
      providers: [...testProviders(fake), provideRouter([{ path: '**', component: Blank }])],
    });
    const fixture = TestBed.createComponent(QuestionsPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    const toolbar = el.querySelector('[data-testid="starter-pack"]');
    expect(toolbar?.getAttribute('href')).toBe('/questions/starter-pack');
    const empty = el.querySelector('app-empty-state [data-testid="empty-starter-pack"]');
    expect(empty?.textContent).toContain('Start from the starter pack');
    expect(empty?.getAttribute('href')).toBe('/questions/starter-pack');
  });
});
