/**
 * A stand-in for the shop's two SIBS endpoints, for component tests: answers `fetch` to
 * `/__fake-sibs/payment` and `/__fake-sibs/payment/{id}` with SIBS-shaped bodies the test
 * chooses, records what the element sent, and passes every other request to the real `fetch`.
 * (The end-to-end tests use the real demo shop and sandbox instead: test/e2e/sibs-*.test.ts.)
 */
export const FAKE_PAYMENT_URL = '/__fake-sibs/payment';
export const FAKE_STATUS_URL = '/__fake-sibs/payment/{paymentId}';

export interface RecordedRequest {
  url: string;
  method: string;
  body: unknown;
}

type Answer = { status?: number; body: unknown } | 'network-error';

const ok = { statusCode: '000', statusMsg: 'Success' };

/** A SIBS MB WAY purchase answer, `Pending`. */
export function mbwayPurchase(transactionID: string, paymentStatus = 'Pending'): unknown {
  return { returnStatus: ok, paymentStatus, paymentMethod: 'MBWAY', transactionID, amount: { value: 12.5, currency: 'EUR' }, paymentType: 'PURS' };
}

/** A SIBS status answer. */
export function sibsStatus(transactionID: string, paymentStatus: string, extra: Record<string, unknown> = {}): unknown {
  return { returnStatus: ok, paymentStatus, transactionID, amount: { value: 12.5, currency: 'EUR' }, ...extra };
}

/** A SIBS Multibanco reference answer. */
export function referenceGenerated(transactionID: string, reference: Record<string, unknown> = {}): unknown {
  return {
    returnStatus: ok, paymentStatus: 'Pending', paymentMethod: 'REFERENCE', transactionID,
    paymentReference: { entity: '24000', reference: '123456789', amount: { value: 12.5, currency: 'EUR' }, expireDate: '2026-12-31T23:59:00.000Z', status: 'UNPAID', ...reference },
  };
}

export class FakeSibsShop {
  readonly requests: RecordedRequest[] = [];
  /** The next answers of `payment-url`, in order (the last one repeats). */
  paymentAnswers: Answer[] = [];
  /** `paymentStatus` the status endpoint reports per transaction (default `Pending`). */
  readonly statuses = new Map<string, string>();
  private original: typeof fetch | null = null;

  install(): this {
    const original = window.fetch;
    this.original = original;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (!url.pathname.startsWith('/__fake-sibs/')) return original(input, init);
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      this.requests.push({ url: url.pathname, method, body });
      init?.signal?.throwIfAborted();
      if (url.pathname === FAKE_PAYMENT_URL) return this.answer(this.paymentAnswers.length > 1 ? this.paymentAnswers.shift()! : this.paymentAnswers[0]!);
      const id = decodeURIComponent(url.pathname.slice(FAKE_PAYMENT_URL.length + 1));
      return this.answer({ body: sibsStatus(id, this.statuses.get(id) ?? 'Pending') });
    };
    return this;
  }

  uninstall(): void {
    if (this.original) window.fetch = this.original;
    this.original = null;
  }

  /** Requests to `payment-url` so far. */
  payments(): RecordedRequest[] {
    return this.requests.filter((request) => request.url === FAKE_PAYMENT_URL);
  }

  /** Status reads so far. */
  statusReads(): RecordedRequest[] {
    return this.requests.filter((request) => request.url !== FAKE_PAYMENT_URL);
  }

  private answer(answer: Answer | undefined): Response {
    if (!answer) throw new Error('FakeSibsShop: no payment answer set');
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'Content-Type': 'application/json' } });
  }
}
