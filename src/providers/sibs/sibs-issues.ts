import type * as z from 'zod/mini';

/** "paymentReference.reference: expected string; transactionID: expected string" (zod/mini words nothing itself). */
export function describeSibsIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.slice(0, 3).map((issue) => {
    const where = issue.path.join('.') || 'body';
    if (issue.code === 'invalid_type') return `${where}: expected ${issue.expected}`;
    if (issue.code === 'invalid_value') return `${where}: unexpected value`;
    return `${where}: ${issue.message}`;
  }).join('; ');
}
