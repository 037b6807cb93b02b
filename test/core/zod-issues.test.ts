import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { describeIssues } from '../../src/core/zod-issues.js';

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('the value parsed');
  return result.error.issues;
};

describe('describeIssues', () => {
  const schema = z.object({
    name: z.string().check(z.minLength(2), z.maxLength(4)),
    kind: z.literal('card'),
    amount: z.object({ currency: z.string().check(z.refine((code) => code === 'EUR', { message: 'not EUR' })) }),
  });

  it('says each problem at its path, in words zod/mini leaves to us', () => {
    expect(describeIssues(issuesOf(schema, { name: 'a', kind: 'card', amount: { currency: 'XXX' } }), 'body'))
      .to.equal('name: too small (minimum 2); amount.currency: not EUR');
    expect(describeIssues(issuesOf(schema, { name: 'abcde', kind: 'mbway', amount: { currency: 'EUR' } }), 'body'))
      .to.equal('name: too big (maximum 4); kind: unexpected value');
  });

  it('names the whole value when it is the value that fails, and stops at three problems', () => {
    expect(describeIssues(issuesOf(schema, 'text'), 'details')).to.equal('details: expected object');
    expect(describeIssues(issuesOf(schema, { amount: {} }), 'body'))
      .to.equal('name: expected string; kind: unexpected value; amount.currency: expected string');
    expect(describeIssues(issuesOf(z.object({ a: z.string(), b: z.string(), c: z.string(), d: z.string() }), {}), 'body').split('; ')).to.have.length(3);
  });
});
