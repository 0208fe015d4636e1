// Test setup for the plain Vitest run that `npm run test:mutation` drives (Angular's builder,
// which `ng test` uses, compiles ahead of time and cannot be driven by Stryker): JIT-compile
// the decorators and start TestBed in jsdom.
import '@angular/compiler';
import { getTestBed } from '@angular/core/testing';
import { BrowserTestingModule, platformBrowserTesting } from '@angular/platform-browser/testing';

getTestBed().initTestEnvironment(BrowserTestingModule, platformBrowserTesting());
