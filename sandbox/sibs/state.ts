import { MemoryTable, newId } from '../store.js';
import type { SibsCreateRequest } from '../../src/providers/sibs/sibs-schemas.js';

/** The SIBS stand-in's state: checkouts (SIBS "transactions") and the registered webhook targets. */

export type SibsMethod = 'CARD' | 'MBWAY' | 'REFERENCE';
export type SibsStatus = 'Pending' | 'Partial' | 'Success' | 'Declined' | 'Timeout' | 'Expired' | 'Error';

export interface SibsReference {
  entity: string;
  reference: string;
  expireDate: string;
}

export interface SibsTransaction {
  id: string;
  signature: string;
  token: string;
  clientId: string;
  terminalId: number;
  merchantTransactionId: string;
  amount: { value: number; currency: string };
  paymentType: string;
  methods: SibsMethod[];
  /** The method the shopper used, once a purchase / generate call was made. */
  method: SibsMethod | null;
  status: SibsStatus;
  /** Set with the Multibanco `paymentReference` of the create request; the reference itself once generated. */
  referenceRequest?: { entity: string; finalDatetime: string };
  reference?: SibsReference;
  phone?: string;
  returnUrl?: string;
  /** MB WAY: when the request to the phone lapses (ms since epoch). */
  expiresAt?: number;
  createdAt: string;
  settledAt?: string;
}

/** Where SIBS posts a client id's notifications, and the AES-256 key (base64) it encrypts them with. */
export interface SibsWebhookTarget {
  id: string;
  url: string;
  secret: string;
}

export interface SibsDelivery {
  clientId: string;
  transactionID: string;
  notificationID: string;
  paymentStatus: SibsStatus;
  url: string;
  /** The receiver's HTTP status, or 0 when it could not be reached. */
  responseStatus: number;
  responseBody: string;
}

export function createSibsState() {
  return {
    transactions: new MemoryTable<SibsTransaction>(),
    webhooks: new Map<string, SibsWebhookTarget>(),
    deliveries: [] as SibsDelivery[],
  };
}
export type SibsState = ReturnType<typeof createSibsState>;

/** Final statuses: no later control or purchase changes them, and each sends one webhook. */
export const FINAL_STATUSES: readonly SibsStatus[] = ['Success', 'Declined', 'Timeout', 'Expired', 'Error'];
export const isFinal = (status: SibsStatus) => FINAL_STATUSES.includes(status);

/** A 20-character base62 id like SIBS's (`s2MfidBaW9NbUDThbQNh`). */
export const newTransactionId = () => newId('') + newId('').slice(0, 7);

export function newTransaction(fields: {
  request: SibsCreateRequest; token: string; clientId: string; signature: string; id: string;
}): SibsTransaction {
  const { request } = fields;
  const reference = request.transaction.paymentReference;
  return {
    id: fields.id,
    signature: fields.signature,
    token: fields.token,
    clientId: fields.clientId,
    terminalId: request.merchant.terminalId,
    merchantTransactionId: request.merchant.merchantTransactionId,
    amount: { value: request.transaction.amount.value, currency: request.transaction.amount.currency },
    paymentType: request.transaction.paymentType,
    methods: [...new Set(request.transaction.paymentMethod)],
    method: null,
    status: 'Pending',
    referenceRequest: reference ? { entity: reference.entity, finalDatetime: reference.finalDatetime } : undefined,
    returnUrl: request.merchant.returnUrl,
    createdAt: new Date().toISOString(),
  };
}

/** `returnStatus` as SIBS answers a successful call. */
export const OK_STATUS = { statusCode: '000', statusMsg: 'Success', statusDescription: 'Success' } as const;

/** SIBS's inquiry object for a transaction: what purchase, generate, status and webhooks carry. */
export function inquiryView(transaction: SibsTransaction) {
  return {
    returnStatus: OK_STATUS,
    paymentStatus: transaction.status,
    paymentMethod: transaction.method ?? transaction.methods[0],
    transactionID: transaction.id,
    amount: transaction.amount,
    merchant: { terminalId: transaction.terminalId, merchantTransactionId: transaction.merchantTransactionId },
    paymentType: transaction.paymentType,
    ...(transaction.reference
      ? {
          paymentReference: {
            entity: transaction.reference.entity,
            reference: transaction.reference.reference,
            amount: transaction.amount,
            expireDate: transaction.reference.expireDate,
            status: transaction.status === 'Success' ? 'PAID' : transaction.status === 'Expired' ? 'EXPIRED' : 'UNPAID',
          },
        }
      : {}),
  };
}
