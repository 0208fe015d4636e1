import { TestBed } from '@angular/core/testing';
import { FakeFetch } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { round } from '../../../testing/rows';
import type { Round } from '../../core/api/api-types';
import { RoundPanel } from './round-panel';

describe('RoundPanel', () => {
  async function header(fields: Partial<Round>) {
    TestBed.configureTestingModule({
      imports: [RoundPanel],
      providers: testProviders(new FakeFetch()),
    });
    const fixture = TestBed.createComponent(RoundPanel);
    fixture.componentRef.setInput('round', round(fields));
    fixture.componentRef.setInput('questions', []);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return el.querySelector('mat-expansion-panel-header')!.textContent!.replace(/\s+/g, ' ').trim();
  }

  it('shows the type once for a round without a name', async () => {
    const text = await header({ round_name: null, scheduled_date: '2030-01-15' });
    expect(text.match(/Technical/g)).toHaveLength(1);
    expect(text).toContain('Jan 15, 2030');
  });

  it('shows the name, and the type beside the date', async () => {
    const text = await header({
      round_name: 'Phone screen with Ada',
      scheduled_date: '2030-01-15',
    });
    expect(text).toContain('Phone screen with Ada');
    expect(text).toContain('Technical · Jan 15, 2030');
  });
});
