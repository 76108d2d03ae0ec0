import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { MeSchema } from '../../../lib/schema/api';
import { ContextFileSchema } from '../../../lib/schema/context-file';
import {
  BucketSchema,
  GoalSchema,
  IntentSchema,
  LinkSchema,
  MissionSchema,
  RuleSchema,
} from '../../../lib/schema/entities';
import { MutationsRequestSchema, MutationsResponseSchema } from '../../../lib/schema/mutations';
import { ChangeSchema, SyncPageSchema, SyncQuerySchema } from '../../../lib/schema/sync';
import { cleanText, isSafeText } from '../../../lib/schema/safe-text';
import { pageText } from '../../../lib/schema/text';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
}

/** Every string leaf of a schema, with its path, found by walking zod's definitions. */
function stringLeaves(schema: z.ZodType, path = '', seen = new Set<z.ZodType>()) {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const children: [string, z.ZodType | undefined][] = [
    ...Object.entries(def.shape ?? {}).map(([k, v]) => [`${path}.${k}`, v] as [string, z.ZodType]),
    [path, def.innerType],
    [`${path}[]`, def.element],
    ...(def.options ?? []).map((o, i) => [`${path}|${i}`, o] as [string, z.ZodType]),
    [path, def.left],
    [path, def.right],
    [`${path}{key}`, def.keyType],
    [`${path}{value}`, def.valueType],
    [path, def.in],
    [path, def.out],
  ];
  const leaves: { path: string; schema: z.ZodType }[] =
    def.type === 'string' ? [{ path: path || '(root)', schema }] : [];
  for (const [childPath, child] of children)
    if (child) leaves.push(...stringLeaves(child, childPath, seen));
  return leaves;
}

const SCHEMAS = {
  BucketSchema,
  MissionSchema,
  GoalSchema,
  IntentSchema,
  LinkSchema,
  RuleSchema,
  ChangeSchema,
  SyncPageSchema,
  SyncQuerySchema,
  MutationsRequestSchema,
  MutationsResponseSchema,
  ContextFileSchema,
  MeSchema,
};

const UNSAFE = ['a\u0000', 'a\ud800', '\udc00a', 'https://x.test/\u0000', 'https://x.test/\ud800'];

describe('strings the server cannot store', () => {
  it('tells safe text from NUL and unpaired surrogates', () => {
    expect(isSafeText('PAY-42 · café 🎉')).toBe(true);
    for (const value of UNSAFE) expect(isSafeText(value)).toBe(false);
  });

  it('cleans page text instead of refusing it', () => {
    expect(cleanText('Re\u0000try \ud800cards 🎉')).toBe('Retry \ufffdcards 🎉');
    expect(pageText(5).parse('ab\u0000cdefgh')).toBe('abcd');
    // Cutting at the limit never leaves half of a surrogate pair behind.
    expect(pageText(2).parse('a🎉')).toBe('a\ufffd');
  });

  describe.each(Object.entries(SCHEMAS))('%s', (_name, schema) => {
    const leaves = stringLeaves(schema);
    it('has string fields to check', () => expect(leaves.length).toBeGreaterThan(0));
    it.each(leaves.map((leaf) => [leaf.path, leaf.schema] as const))(
      'refuses NUL and lone surrogates in %s',
      (_path, leaf) => {
        for (const value of UNSAFE) expect(leaf.safeParse(value).success).toBe(false);
      },
    );
  });

  it('refuses a mutation whose title holds NUL, as the server will', () => {
    const request = (title: string) => ({
      clientId: 'c1',
      mutations: [
        {
          id: crypto.randomUUID(),
          type: 'link.set',
          args: { ticketId: 'jira:acme.atlassian.net/PAY-42', intentId: 'i1', title },
        },
      ],
    });
    expect(MutationsRequestSchema.safeParse(request('Retry cards')).success).toBe(true);
    expect(MutationsRequestSchema.safeParse(request('Retry\u0000cards')).success).toBe(false);
    expect(MutationsRequestSchema.safeParse(request('Retry \ud800')).success).toBe(false);
  });
});
