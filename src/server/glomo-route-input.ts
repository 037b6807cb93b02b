import * as z from 'zod/mini';
import { cardSchema, orderPrice } from './route-input.js';

/** What the browser's `<pay-card-payment>` posts: `{ card }`, exactly the Glomo S2S card object. */
export const cardPaymentBodySchema = z.object({ card: cardSchema });

/** What the merchant's `order(request)` answers: an existing order, or the price of one to create. */
export const existingOrderSchema = z.object({ orderId: z.string().check(z.minLength(1), z.maxLength(200)) });
export const newOrderSchema = z.looseObject(orderPrice);
export type GlomoOrderChoice = { orderId: string } | { amount: number; currency: string; [field: string]: unknown };
