import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { GRAPHQL_LIMITS } from '../src/graphql/graphql.module';
import { createUser, signIn } from './helpers/factories';
import { demo, errorCode, gql, startTestApp, type TestApp } from './helpers/test-app';

const SCHEMA_FILE = resolve(__dirname, '../schema.gql');
const SCHEMA_HEADER = '# THIS FILE IS GENERATED FROM THE API CODE (npm run schema). DO NOT EDIT.';

/** `partners { code }` wrapped in `n` nested inline fragments on Query: depth n + 2. */
const deep = (n: number) => `{ ${'... on Query { '.repeat(n)}partners { code }${' }'.repeat(n)} }`;
const aliased = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `p${i}: partners { code }`).join(' ')} }`;
const manyTokens = (n: number) => `{ partners { ${Array(n).fill('code').join(' ')} } }`;

describe('GraphQL hygiene', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('query limits', () => {
    it('accepts queries within every limit', async () => {
      const res = await gql(t.agent(), aliased(GRAPHQL_LIMITS.aliases));
      expect(res.body.errors).toBeUndefined();
      expect(Object.keys(res.body.data)).toHaveLength(GRAPHQL_LIMITS.aliases);
      const nested = await gql(t.agent(), deep(GRAPHQL_LIMITS.depth - 2));
      expect(nested.body.errors).toBeUndefined();
      expect(nested.body.data.partners.length).toBeGreaterThan(1);
    });

    it.each([
      ['too deep', () => deep(GRAPHQL_LIMITS.depth), /depth limit of 10/],
      ['too many aliases', () => aliased(GRAPHQL_LIMITS.aliases + 1), /Aliases limit of 15/],
      ['too many tokens', () => manyTokens(GRAPHQL_LIMITS.tokens), /Token limit of 2000/],
    ])('refuses a query %s with QUERY_TOO_COMPLEX', async (_what, query, message) => {
      const res = await gql(t.agent(), query());
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors.length).toBeGreaterThan(0);
      for (const error of res.body.errors)
        expect(error.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
      expect(res.body.errors[0].message).toMatch(message);
      expect(res.body.errors[0].message).not.toMatch(/^Syntax Error/);
    });

    it('refuses depth hidden in nested named fragments', async () => {
      const n = GRAPHQL_LIMITS.depth;
      const fragments = Array.from(
        { length: n },
        (_, i) =>
          `fragment F${i} on Query { ${i + 1 < n ? `...F${i + 1}` : 'me { partner { code } }'} }`,
      ).join('\n');
      const res = await gql(await t.as(demo.usDiplomat), `query { ...F0 }\n${fragments}`);
      expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
    });
  });

  describe('transport', () => {
    it('refuses a batched request (a JSON array)', async () => {
      const res = await t
        .agent()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send([{ query: '{ partners { code } }' }, { query: '{ themes { code } }' }]);
      expect(res.status).toBe(400);
      expect(Array.isArray(res.body)).toBe(false);
      expect(res.text).not.toContain('"partners"');
      expect(res.text).toMatch(/batching/i);
    });

    it('refuses a text/plain POST (CSRF prevention), without running the operation', async () => {
      const before = t.mailer.sent.length;
      const res = await t
        .agent()
        .post('/graphql')
        .set('content-type', 'text/plain')
        .send(
          JSON.stringify({
            query: `mutation { requestPasswordReset(input: { email: "${demo.usDiplomat}" }) }`,
          }),
        );
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/CSRF/);
      expect(res.text).not.toContain('requestPasswordReset":true');
      expect(t.mailer.sent.length).toBe(before);

      // The same operation sent as the web app sends it (JSON) does run: the refusal was the transport.
      const json = await gql(
        t.agent(),
        `mutation { requestPasswordReset(input: { email: "${demo.usDiplomat}" }) }`,
      );
      expect(json.body.data.requestPasswordReset).toBe(true);
      expect(t.mailer.sent.length).toBe(before + 1);
    });

    it('refuses a GET without a preflight header (CSRF prevention)', async () => {
      const res = await t.agent().get('/graphql').query({ query: '{ partners { code } }' });
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/CSRF/);
    });
  });

  describe('unexpected errors', () => {
    it('report only "Internal server error" with INTERNAL_SERVER_ERROR, no message, no stack', async () => {
      // Natural path: a row the code does not expect (a role no enum knows) makes serialisation throw.
      const user = await createUser(t, { partnerCode: 'EU' });
      const { agent } = await signIn(t, user.email, user.password);
      await t.app
        .get(DataSource)
        .query(`UPDATE users SET role = 'ROOT_ADMIN' WHERE email = '${user.email}'`);
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      try {
        const res = await gql(agent, '{ me { id email role } }');
        expect(res.status).toBe(200);
        expect(res.body.data).toBeNull();
        expect(res.body.errors).toHaveLength(1);
        expect(res.body.errors[0]).toEqual({
          message: 'Internal server error',
          path: ['me', 'role'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        });
        expect(res.text).not.toMatch(/ROOT_ADMIN|Enum|stack|\bat .+:\d+:\d+/i);
        // The detail goes to the server log instead.
        expect(logged.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/ROOT_ADMIN/);
      } finally {
        logged.mockRestore();
      }
    });
  });

  describe('a NUL character in the input', () => {
    // Dropped from every argument before any database sees it, so PostgreSQL (which cannot store
    // one) and SQLite (which would) give the same answers.
    it('in an ID argument finds nothing on every database, and is not an internal error', async () => {
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      try {
        const agent = await t.as(demo.euDiplomat);
        for (const query of [
          'query ($id: ID!) { briefingNote(id: $id) { id } }',
          'query ($id: ID!) { meeting(id: $id) { id } }',
        ]) {
          const res = await gql(agent, query, { id: 'note\u0000id' });
          expect(errorCode(res)).toBe('NOT_FOUND');
          expect(res.body.errors[0].message).toMatch(/does not exist or you do not have access/);
        }
        // Bad input is not an incident: nothing is logged as an error.
        expect(logged).not.toHaveBeenCalled();
      } finally {
        logged.mockRestore();
      }
    });

    it('deep in an input object or a list is dropped, and the rest is stored', async () => {
      const agent = await t.as(demo.euDiplomat);
      const title = `Nul title ${Date.now()}`;
      const res = await gql(
        agent,
        `mutation ($input: CreateBriefingNoteInput!) {
          createBriefingNote(input: $input) { id title themes { code } }
        }`,
        {
          input: {
            title: `${title.slice(0, 4)}\u0000${title.slice(4)}\u0000`,
            classification: 'PARTNERS',
            themeCodes: ['DEATH_PENALTY', 'TORTURE_PREVENTION\u0000'],
          },
        },
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.createBriefingNote).toMatchObject({
        title,
        themes: [{ code: 'DEATH_PENALTY' }, { code: 'TORTURE_PREVENTION' }],
      });
      const read = await gql(agent, 'query ($id: ID!) { briefingNote(id: $id) { title } }', {
        id: res.body.data.createBriefingNote.id,
      });
      expect(read.body.data.briefingNote.title).toBe(title);
    });

    it('in a download URL is a 400 with a JSON code and a sentence (ids are checked first)', async () => {
      const agent = await t.as(demo.euDiplomat);
      for (const url of [
        '/api/briefing-notes/a%00b/export/md',
        '/api/meetings/a%00b/ics',
        '/api/meetings/a%00b/agenda.pdf',
      ]) {
        const res = await agent.get(url);
        expect(res.status).toBe(400);
        expect(res.body).toEqual({
          code: 'BAD_USER_INPUT',
          message: expect.stringMatching(/UUID/),
        });
        expect(res.text).not.toMatch(/0x00|UTF8|QueryFailed/);
      }
    });
  });

  describe('headers', () => {
    it.each(['/health', '/graphql'])(
      '%s carries a strict Content-Security-Policy',
      async (path) => {
        const res =
          path === '/graphql'
            ? await gql(t.agent(), '{ partners { code } }')
            : await t.agent().get(path);
        const csp = String(res.headers['content-security-policy'] ?? '');
        const directives = new Map(
          csp
            .split(';')
            .map((d) => d.trim().split(/\s+/))
            .filter((parts) => parts[0])
            .map(([name, ...values]) => [name, values]),
        );
        expect(directives.get('script-src')).toEqual(["'self'"]);
        expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
        expect(directives.get('default-src')).toEqual(["'self'"]);
        expect(directives.get('object-src')).toEqual(["'none'"]);
        expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
        expect(res.headers['x-powered-by']).toBeUndefined();
      },
    );
  });

  describe('introspection', () => {
    const INTROSPECT = '{ __schema { queryType { name } } }';

    it('works outside production', async () => {
      const res = await gql(t.agent(), INTROSPECT);
      expect(res.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    });

    describe('in production', () => {
      let prod: TestApp;
      beforeAll(async () => {
        prod = await startTestApp({ NODE_ENV: 'production' });
      });
      afterAll(() => prod.close());

      it('is refused, and so is __type', async () => {
        for (const query of [INTROSPECT, '{ __type(name: "User") { fields { name } } }']) {
          const res = await gql(prod.agent(), query);
          expect(res.body.data).toBeUndefined();
          expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
          expect(res.body.errors[0].message).toMatch(/introspection/i);
        }
        // Ordinary queries still work there.
        expect(
          (await gql(prod.agent(), '{ partners { code } }')).body.data.partners.length,
        ).toBeGreaterThan(1);
      });

      it('does not suggest field names either', async () => {
        const res = await gql(prod.agent(), '{ partnerz { code } }');
        expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(res.body.errors[0].message).not.toMatch(/did you mean/i);
      });
    });
  });

  it('GET /health answers JSON of the documented shape', async () => {
    const res = await t.agent().get('/health').expect(200).expect('content-type', /json/);
    expect(res.body).toEqual({
      status: 'ok',
      database: { driver: expect.stringMatching(/^(sqlite|postgres)$/), reachable: true },
      migrations: {
        applied: expect.any(Number),
        known: expect.any(Number),
        pending: 0,
        last: expect.any(String),
      },
      version: expect.any(String),
    });
    expect(res.body.migrations.applied).toBe(res.body.migrations.known);
  });

  it('the committed schema.gql is up to date (UPDATE_SCHEMA=1 rewrites it)', () => {
    const schema = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)).trim();
    if (process.env.UPDATE_SCHEMA === '1') {
      writeFileSync(SCHEMA_FILE, `${SCHEMA_HEADER}\n\n${schema}\n`);
    }
    const committed = readFileSync(SCHEMA_FILE, 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n')
      .trim();
    expect(committed).toBe(schema);
    expect(schema).toContain('type Query');
  });
});
