import { provideZonelessChangeDetection } from '@angular/core';
import { provideRouter } from '@angular/router';
import { API_BASE_URL, FETCH } from '../app/core/api/api-client';
import type { FakeFetch } from './fake-fetch';

/** What every component test needs: zoneless, a router, and the API pointed at a fake. */
export function testProviders(fake: FakeFetch) {
  return [
    provideZonelessChangeDetection(),
    provideRouter([]),
    { provide: API_BASE_URL, useValue: 'http://test' },
    { provide: FETCH, useValue: fake.fetch },
  ];
}
