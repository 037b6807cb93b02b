/**
 * Which order each payment was created for, so the callback is judged against the merchant's
 * own order id (not the one in the query). The default lives in memory; a deployment with several
 * instances (serverless, Workers) passes its own store — or relies on the fallback in the routes,
 * which asks Glomo for the payment's order.
 */
export interface GlomoPaymentStore {
  remember(paymentId: string, orderId: string): void | Promise<void>;
  orderOf(paymentId: string): string | undefined | Promise<string | undefined>;
}

/** An in-memory store of at most `capacity` payments, the oldest forgotten first. */
export function memoryPaymentStore(capacity = 10_000): GlomoPaymentStore {
  const orders = new Map<string, string>();
  return {
    remember(paymentId, orderId) {
      orders.delete(paymentId);
      orders.set(paymentId, orderId);
      if (orders.size > capacity) orders.delete(orders.keys().next().value!);
    },
    orderOf: (paymentId) => orders.get(paymentId),
  };
}
