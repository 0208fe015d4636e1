import { Clipboard } from '@angular/cdk/clipboard';
import { TestBed } from '@angular/core/testing';
import { FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import type { ApiToken } from '../../core/api/api-types';
import { TokensPage } from './tokens-page';

const calendar: ApiToken = {
  token_id: 7,
  name: 'calendar',
  token_prefix: 'its_ab12',
  created_at: '2026-11-01T10:00:00Z',
  last_used_at: null,
};

describe('TokensPage', () => {
  let fake: FakeFetch;
  let tokens: ApiToken[];
  let copied: string[];

  beforeEach(() => {
    fake = new FakeFetch();
    tokens = [];
    copied = [];
    fake.on('GET', '/api/auth/tokens', () => json(tokens));
    fake.on('POST', '/api/auth/tokens', (r) => {
      const name = (r.body as { name: string }).name;
      tokens = [{ ...calendar, name }];
      return json({ ...calendar, name, token: 'its_ab12-secret-shown-once' }, 201);
    });
    TestBed.configureTestingModule({
      providers: [
        ...testProviders(fake),
        { provide: Clipboard, useValue: { copy: (text: string) => copied.push(text) > 0 } },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(TokensPage);
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await flush();
      await fixture.whenStable();
    };
    await settle();
    const byId = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    return { el, settle, byId };
  }

  it('shows a new token once, copies it, and forgets it when dismissed', async () => {
    const { el, settle, byId } = await setup();
    expect(el.textContent).toContain('No tokens yet');
    const name = byId('token-name') as HTMLInputElement;
    name.value = '  calendar  ';
    name.dispatchEvent(new Event('input'));
    byId('token-create')!.click();
    await settle();
    expect(fake.requests.find((r) => r.method === 'POST')?.body).toEqual({ name: 'calendar' });
    expect(byId('token-secret')?.textContent).toBe('its_ab12-secret-shown-once');
    expect(byId('token-secret-card')?.textContent).toContain('you will not see it again');
    expect(byId('token-table')?.textContent).toContain('its_ab12…');
    byId('token-copy')!.click();
    await settle();
    expect(copied).toEqual(['its_ab12-secret-shown-once']);
    expect(byId('token-copy')?.textContent).toContain('Copied');
    byId('token-dismiss')!.click();
    await settle();
    expect(byId('token-secret')).toBeNull();
    expect(el.textContent).not.toContain('secret-shown-once');
  });

  it('sends no nameless token, and shows the server’s reason by the field', async () => {
    fake.on('POST', '/api/auth/tokens', () =>
      json({ detail: 'body/name must match pattern "\\S"', code: 'validation_error' }, 400),
    );
    const { settle, byId } = await setup();
    byId('token-create')!.click();
    await settle();
    expect(fake.requests.filter((r) => r.method === 'POST')).toEqual([]);
    const name = byId('token-name') as HTMLInputElement;
    name.value = 'x';
    name.dispatchEvent(new Event('input'));
    byId('token-create')!.click();
    await settle();
    expect(byId('token-error')?.textContent).toContain('Check the highlighted fields');
    expect(byId('token-secret')).toBeNull();
  });
});
