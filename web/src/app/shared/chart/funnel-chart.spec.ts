import { TestBed } from '@angular/core/testing';
import { FakeFetch } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { FunnelChart, type FunnelStep } from './funnel-chart';

describe('FunnelChart', () => {
  async function render(steps: FunnelStep[]) {
    TestBed.configureTestingModule({
      imports: [FunnelChart],
      providers: testProviders(new FakeFetch()),
    });
    const fixture = TestBed.createComponent(FunnelChart);
    fixture.componentRef.setInput('label', 'Funnel');
    fixture.componentRef.setInput('steps', steps);
    await fixture.whenStable();
    return [...(fixture.nativeElement as HTMLElement).querySelectorAll('a.band')] as HTMLElement[];
  }

  it('writes each count and conversion on its band, and links it to the list behind it', async () => {
    const bands = await render([
      {
        label: 'Applied',
        count: 8,
        conversion: null,
        link: '/interviews',
        query: { reached: 'applied' },
      },
      {
        label: 'Offer',
        count: 2,
        conversion: 0.25,
        link: '/interviews',
        query: { reached: 'offer' },
      },
    ]);
    const parts = (b: HTMLElement) =>
      [...b.querySelectorAll('.text > span, .text > strong')].map((e) => e.textContent!.trim());
    expect(bands.map(parts)).toEqual([
      ['Applied', '8'],
      ['Offer', '2', '25% of previous'],
    ]);
    expect(bands[1]!.getAttribute('href')).toBe('/interviews?reached=offer');
    expect(bands[1]!.getAttribute('aria-label')).toBe('Offer: 2, 25% of the previous step');
  });

  it('narrows each band from its own width to the next one', async () => {
    const bands = await render([
      { label: 'A', count: 10, conversion: null, link: '/x' },
      { label: 'B', count: 0, conversion: 0, link: '/x' },
    ]);
    const clip = (b: HTMLElement) => (b.querySelector('.shape') as HTMLElement).style.clipPath;
    // Full width at the top of the first band, the empty step's minimum width (12%) below it.
    expect(clip(bands[0]!)).toBe('polygon(0% 0, 100% 0, 56% 100%, 44% 100%)');
    expect(clip(bands[1]!)).toBe('polygon(44% 0, 56% 0, 56% 100%, 44% 100%)');
  });
});
