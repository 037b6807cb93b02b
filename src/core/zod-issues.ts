import type * as z from 'zod/mini';

/**
 * What a failed zod/mini parse found, for a developer's message: "amount.currency: not an ISO
 * 4217 currency code; accountName: expected string" (zod/mini ships no wording of its own). The
 * first three issues, each at its path (`whole` when the value itself failed).
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], whole: string): string {
  return issues.slice(0, 3).map((issue) => {
    const where = issue.path.join('.') || whole;
    if (issue.code === 'invalid_type') return `${where}: expected ${issue.expected}`;
    if (issue.code === 'invalid_value') return `${where}: unexpected value`;
    if (issue.code === 'too_small') return `${where}: too small (minimum ${issue.minimum})`;
    if (issue.code === 'too_big') return `${where}: too big (maximum ${issue.maximum})`;
    return `${where}: ${issue.message}`;
  }).join('; ');
}
