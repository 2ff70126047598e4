/** The app's own signed-in reader. */
export interface Account {
  name: string;
  token: string;
}

const KEY = 'reading-list.account';

// Every demo reader shares this password; the app's own accounts stand in
// for a real identity provider.
const DEMO_PASSWORD = 'reading-list-demo';

/** The reader kept from earlier in this tab, if any. */
export function keptAccount(): Account | null {
  try {
    const kept = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    return typeof kept?.name === 'string' && typeof kept?.token === 'string'
      ? kept
      : null;
  } catch {
    return null;
  }
}

/** Keeps the reader for this tab, or forgets it when `account` is null. */
export function keepAccount(account: Account | null): void {
  if (account) sessionStorage.setItem(KEY, JSON.stringify(account));
  else sessionStorage.removeItem(KEY);
}

/**
 * Signs in as `name` against the reference server, creating the account on
 * first use. A real app mints a token its backend trusts instead.
 */
export async function logInAs(api: string, name: string): Promise<Account> {
  const email = `${slug(name)}@reading-list.example`;
  const created = await post(api, 'register', {
    email,
    password: DEMO_PASSWORD,
    name,
  });
  if (created.ok) return toAccount(await created.json());
  if (created.status !== 409) throw await failure(created);

  const login = await post(api, 'login', { email, password: DEMO_PASSWORD });
  if (!login.ok) throw await failure(login);
  return toAccount(await login.json());
}

/** Ends the reader's session on the server. */
export async function logOut(api: string, token: string): Promise<void> {
  await fetch(`${api}/v1/auth/logout`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  }).catch(() => undefined);
}

function post(api: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${api}/v1/auth/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function toAccount(body: { token: string; user: { name: string } }): Account {
  return { name: body.user.name, token: body.token };
}

async function failure(response: Response): Promise<Error> {
  const problem = await response.json().catch(() => null);
  return new Error(problem?.detail ?? `Sign-in failed (${response.status}).`);
}

function slug(name: string): string {
  return (
    name
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '.') || 'reader'
  );
}
