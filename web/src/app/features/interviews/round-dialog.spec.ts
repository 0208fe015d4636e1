import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { FakeFetch, flush } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { round } from '../../../testing/rows';
import { RoundDialog, type RoundDialogData } from './round-dialog';

describe('RoundDialog', () => {
  async function open(data: Partial<RoundDialogData> = {}) {
    TestBed.configureTestingModule({
      imports: [RoundDialog],
      providers: [
        ...testProviders(new FakeFetch()),
        { provide: MatDialogRef, useValue: { close: () => {} } },
        { provide: MAT_DIALOG_DATA, useValue: { interviewId: 1, nextNumber: 1, ...data } },
      ],
    });
    const fixture = TestBed.createComponent(RoundDialog);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const result = el.querySelector<HTMLElement>('[data-testid="round-result"]')!;
    /** The result select's choices, as a user sees them once it is open. */
    const resultOptions = async () => {
      result.click();
      await flush();
      await fixture.whenStable();
      return Array.from(document.querySelectorAll('mat-option')).map((o) => o.textContent?.trim());
    };
    return { result, resultOptions };
  }

  it('offers a round only the results a round can have: offers belong to the interview', async () => {
    const { resultOptions } = await open();
    expect(await resultOptions()).toEqual(['Pending', 'Passed', 'Failed']);
  });

  it('still shows an offer a round already holds', async () => {
    const { result, resultOptions } = await open({
      round: round({ round_result: 'offer_received' }),
    });
    expect(result.textContent).toContain('Offer received');
    expect(await resultOptions()).toEqual(['Pending', 'Passed', 'Failed', 'Offer received']);
  });
});
