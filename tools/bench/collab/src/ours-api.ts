import { DEMO_PASSWORD } from './common';

/** GraphQL as the web app sends it: JSON (which also satisfies Apollo's CSRF prevention). */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: object,
  cookie = '',
): Promise<{ data?: T; errors?: unknown[]; setCookie: string[] }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  return { ...body, setCookie: res.headers.getSetCookie() };
}

/** Signs in once and returns the session cookie (reused by many sockets: login is throttled). */
export async function signIn(url: string, email: string): Promise<string> {
  const res = await graphql(url, 'mutation($i: LoginInput!) { login(input: $i) { id } }', {
    i: { email, password: DEMO_PASSWORD },
  });
  if (res.errors) throw new Error(`login as ${email} failed: ${JSON.stringify(res.errors)}`);
  const cookie = res.setCookie.map((c) => c.split(';')[0]).join('; ');
  if (!cookie) throw new Error(`login as ${email} set no cookie`);
  return cookie;
}

/** A PARTNERS briefing note (every demo account may edit it); returns its collab doc name. */
export async function createNote(url: string, cookie: string, title: string): Promise<string> {
  const res = await graphql<{ createBriefingNote: { docName: string } }>(
    url,
    'mutation($i: CreateBriefingNoteInput!) { createBriefingNote(input: $i) { id docName } }',
    { i: { title, classification: 'PARTNERS', themeCodes: [] } },
    cookie,
  );
  if (res.errors || !res.data)
    throw new Error(`createBriefingNote failed: ${JSON.stringify(res.errors)}`);
  return res.data.createBriefingNote.docName;
}
