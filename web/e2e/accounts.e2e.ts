// Accounts in the browser (AUTH=password): the owner account on first visit, logging in and
// out, two people on one server seeing only their own data, and a session that ends under an
// open page returning to the login page with the address kept.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { type RunningServer, startServer } from './support/server';

const OWNER = { email: 'owner@example.com', password: 'owner-password-1' };
const ADA = { email: 'ada@example.com', password: 'ada-password-12' };
const BOB = { email: 'bob@example.com', password: 'bob-password-123' };
/** Where the login page and user menu shots go, to be looked at (not committed). */
const SHOTS = process.env['ACCOUNTS_SHOTS'];

describe('accounts', () => {
  let browser: Browser;
  let app: RunningServer;
  let base: string;

  /** The session cookie of a login made outside the browser, for arranging data. */
  async function signIn(user: { email: string; password: string }): Promise<string> {
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify(user),
    });
    expect(response.status).toBe(200);
    return response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  }

  /** A request with a session cookie, from this app's origin as the browser would send it. */
  async function as<T>(cookie: string, route: string, method = 'GET', body?: unknown) {
    const response = await fetch(`${base}/api${route}`, {
      method,
      headers: {
        cookie,
        origin: base,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok)
      throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  async function logIn(page: Page, user: { email: string; password: string }) {
    await page.getByTestId('login-email').fill(user.email);
    await page.getByTestId('login-password').fill(user.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('user-menu').waitFor();
  }

  const pathOf = (page: Page) => {
    const url = new URL(page.url());
    return url.pathname + url.search;
  };

  beforeAll(async () => {
    app = await startServer({ AUTH: 'password' });
    base = app.baseUrl;
    browser = await launchBrowser();

    // The owner is made in the browser by the first test; the others need it, so it runs first.
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/interviews`);
    await page.waitForURL(`${base}/setup`);
    await page.getByRole('heading', { name: 'Create the owner account' }).waitFor();
    await page.getByTestId('setup-email').fill(OWNER.email);
    await page.getByTestId('setup-password').fill(OWNER.password);
    await page.getByTestId('setup-repeat').fill(OWNER.password);
    await page.getByTestId('setup-submit').click();
    await page.waitForURL(`${base}/dashboard`);

    // The owner adds Ada on the users page.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-users').click();
    await page.waitForURL(`${base}/users`);
    await page.getByTestId('new-user').click();
    await page.getByTestId('user-email-field').fill(ADA.email);
    await page.getByTestId('user-password-field').fill(ADA.password);
    await page.getByTestId('save').click();
    await page.getByTestId('user-table').getByText(ADA.email).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();

    const owner = await signIn(OWNER);
    await as(owner, '/users', 'POST', BOB);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('once the owner exists, the setup page is gone and a screen asks to log in', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/setup`);
    await page.waitForURL(`${base}/login`);
    await page.goto(`${base}/room`);
    await page.waitForURL(`${base}/login?next=%2Froom`);
    // Nothing of the app shows around the login form.
    expect(await page.locator('mat-nav-list').count()).toBe(0);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'login.png') });
    expect(problems).toEqual([]);
  });

  it('logs in (a wrong password is said by the button), goes to next, and logs out', async () => {
    const ada = await signIn(ADA);
    const { interview_id: id } = await as<{ interview_id: number }>(ada, '/interviews', 'POST', {
      custom_role_title: 'Platform engineer',
      seniority_level: 'senior',
    });

    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/interviews/${id}`);
    await page.waitForURL(`${base}/login?next=%2Finterviews%2F${id}`);
    await page.getByTestId('login-email').fill(ADA.email);
    await page.getByTestId('login-password').fill('not-her-password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toBeTruthy();
    expect(pathOf(page)).toBe(`/login?next=%2Finterviews%2F${id}`);

    await logIn(page, ADA);
    await page.waitForURL(`${base}/interviews/${id}`);
    await page.getByText('Platform engineer').first().waitFor();

    await page.getByTestId('user-menu').click();
    expect(await page.getByTestId('user-email').textContent()).toContain(ADA.email);
    // A member has no users page.
    expect(await page.getByTestId('menu-users').count()).toBe(0);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'user-menu.png') });
    await page.getByTestId('logout').click();
    await page.waitForURL(`${base}/login`);
    // The session is over on the server too: the app asks to log in again.
    await page.goto(`${base}/interviews/${id}`);
    await page.waitForURL(`${base}/login?next=%2Finterviews%2F${id}`);
    expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
  });

  it('a second user sees nothing of the first', async () => {
    const ada = await signIn(ADA);
    const { company_id } = await as<{ company_id: number }>(ada, '/companies', 'POST', {
      company_name: 'Ada Analytics',
    });
    const { interview_id: id } = await as<{ interview_id: number }>(ada, '/interviews', 'POST', {
      company_id,
      seniority_level: 'staff',
    });

    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/login?next=%2Fcompanies`);
    await logIn(page, BOB);
    await page.waitForURL(`${base}/companies`);
    await page.getByText('No companies yet').waitFor();
    expect(await page.getByText('Ada Analytics').count()).toBe(0);

    await page.goto(`${base}/interviews`);
    await page.getByTestId('user-menu').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByText('Ada Analytics').count()).toBe(0);

    // Her interview's address is "not found" for him, as if it did not exist.
    await page.goto(`${base}/interviews/${id}`);
    await page.getByText('Interview not found').waitFor();
    expect(await page.getByText('Ada Analytics').count()).toBe(0);
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  });

  it('a session that ends under an open page returns to the login page, keeping the address', async () => {
    const ada = await signIn(ADA);
    const { interview_id: id } = await as<{ interview_id: number }>(ada, '/interviews', 'POST', {
      custom_role_title: 'Data engineer',
      seniority_level: 'mid',
    });

    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/login?next=%2Fdashboard`);
    await logIn(page, ADA);
    await page.waitForURL(`${base}/dashboard`);
    // The dashboard's own requests are done before the session goes.
    await page.waitForLoadState('networkidle');

    // The browser's session is revoked on the server (as logging out elsewhere would).
    const cookies = await page.context().cookies(base);
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    await as(cookie, '/auth/logout', 'POST');

    // The next thing the page asks for is refused: the login page, with where the user was going.
    await page
      .locator('mat-nav-list a[href="/companies"]')
      .evaluate((link) => (link as HTMLElement).click());
    await page.waitForURL(`${base}/login?next=%2Fcompanies`);

    // A reload of a deep link after the session ended keeps that address too.
    await page.goto(`${base}/interviews/${id}`);
    await page.waitForURL(`${base}/login?next=%2Finterviews%2F${id}`);
    await logIn(page, ADA);
    await page.waitForURL(`${base}/interviews/${id}`);
    await page.getByText('Data engineer').first().waitFor();
    expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
  });
});
