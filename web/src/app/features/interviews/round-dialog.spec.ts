import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { round } from '../../../testing/rows';
import { RoundDialog, type RoundDialogData } from './round-dialog';

describe('RoundDialog', () => {
  let fake: FakeFetch;

  beforeEach(() => {
    fake = new FakeFetch();
  });

  async function open(data: Partial<RoundDialogData> = {}) {
    TestBed.configureTestingModule({
      imports: [RoundDialog],
      providers: [
        ...testProviders(fake),
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
    const type = (name: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      return input;
    };
    const save = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="save-round"]')!.click();
      await flush();
      await fixture.whenStable();
    };
    return { el, result, resultOptions, type, save };
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

  it('sends its links as http(s) addresses and refuses what is not one', async () => {
    fake.on('PUT', '/api/interviews/1/rounds/4', (req) =>
      json({ ...round(), ...(req.body as object) }),
    );
    const { el, type, save } = await open({ round: round() });
    type('meeting_link', 'zoom.us/j/123');
    const linkedin = type('interviewer_linkedin_url', 'javascript:alert(1)');
    await save();
    expect(linkedin.closest('mat-form-field')?.querySelector('mat-error')?.textContent).toContain(
      'Must be a web address',
    );
    expect(fake.requests).toHaveLength(0);

    type('interviewer_linkedin_url', 'linkedin.com/in/ada');
    await save();
    expect(fake.requests[0]?.body).toMatchObject({
      meeting_link: 'https://zoom.us/j/123',
      interviewer_linkedin_url: 'https://linkedin.com/in/ada',
    });
    expect(el.querySelector('[data-testid="round-error"]')).toBeNull();
  });
});
