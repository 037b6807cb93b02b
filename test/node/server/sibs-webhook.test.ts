/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCipheriv, randomBytes } from 'node:crypto';
import { decryptSibsWebhook, sibsWebhookAck } from '../../../src/server/index.js';
import { encryptNotification } from '../../../sandbox/sibs/index.js';

const SECRET = randomBytes(32).toString('base64');
const notification = {
  returnStatus: { statusCode: '000', statusMsg: 'Success' },
  paymentStatus: 'Success',
  paymentMethod: 'MBWAY',
  transactionID: 's2MfidBaW9NbUDThbQNh',
  transactionDateTime: '2026-11-23T10:00:00.000Z',
  amount: { value: 50, currency: 'EUR' },
  notificationID: '2533e456-5e36-42c8-9eea-7961902f185e',
};

/** Encrypts with Node's own AES-256-GCM, as SIBS does, independently of the sandbox. */
function encrypt(plaintext: string, secret = SECRET, ivLength = 12) {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(secret, 'base64'), iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    body: body.toString('base64'),
    headers: { 'X-Initialization-Vector': iv.toString('base64'), 'X-Authentication-Tag': cipher.getAuthTag().toString('base64') },
  };
}

/** Flips one bit of a base64 value. */
function flip(value: string, byte = 0): string {
  const bytes = Buffer.from(value, 'base64');
  bytes[byte]! ^= 0x01;
  return bytes.toString('base64');
}

describe('decryptSibsWebhook', () => {
  it('accepts a genuine notification and hands back the validated payload', async () => {
    const sealed = encrypt(JSON.stringify(notification));
    const result = await decryptSibsWebhook(sealed.body, sealed.headers, SECRET);
    assert.ok(result.ok);
    assert.equal(result.notification.paymentStatus, 'Success');
    assert.equal(result.notification.notificationID, notification.notificationID);
  });

  it('reads the headers from a Headers object, case-insensitively, and a 16-byte IV', async () => {
    const sealed = encrypt(JSON.stringify(notification), SECRET, 16);
    const headers = new Headers({ 'x-initialization-vector': sealed.headers['X-Initialization-Vector'], 'x-authentication-tag': sealed.headers['X-Authentication-Tag'] });
    assert.equal((await decryptSibsWebhook(sealed.body, headers, SECRET)).ok, true);
  });

  it('accepts what the sandbox sends (round trip with its encryption)', async () => {
    const sealed = await encryptNotification(JSON.stringify(notification), SECRET);
    const result = await decryptSibsWebhook(sealed.body, sealed.headers, SECRET);
    assert.ok(result.ok);
    assert.equal(result.notification.transactionID, notification.transactionID);
  });

  it('rejects a tampered body, tag or IV, and the wrong key, without throwing', async () => {
    const sealed = encrypt(JSON.stringify(notification));
    const iv = sealed.headers['X-Initialization-Vector'];
    const tag = sealed.headers['X-Authentication-Tag'];
    const cases: Array<[string, string, Record<string, string>, string]> = [
      ['a flipped body bit', flip(sealed.body, 5), sealed.headers, SECRET],
      ['a flipped tag bit', sealed.body, { 'X-Initialization-Vector': iv, 'X-Authentication-Tag': flip(tag) }, SECRET],
      ['a flipped IV bit', sealed.body, { 'X-Initialization-Vector': flip(iv), 'X-Authentication-Tag': tag }, SECRET],
      ['another key', sealed.body, sealed.headers, randomBytes(32).toString('base64')],
      ['a truncated body', Buffer.from(sealed.body, 'base64').subarray(0, 20).toString('base64'), sealed.headers, SECRET],
    ];
    for (const [name, body, headers, key] of cases) {
      assert.deepEqual(await decryptSibsWebhook(body, headers, key), { ok: false, reason: 'decryption_failed' }, name);
    }
  });

  it('rejects missing headers, broken encodings and a key that is not AES-256', async () => {
    const sealed = encrypt(JSON.stringify(notification));
    assert.deepEqual(await decryptSibsWebhook(sealed.body, {}, SECRET), { ok: false, reason: 'missing_headers' });
    assert.deepEqual(await decryptSibsWebhook(sealed.body, { 'X-Initialization-Vector': sealed.headers['X-Initialization-Vector'] }, SECRET), { ok: false, reason: 'missing_headers' });
    assert.deepEqual(await decryptSibsWebhook('not base64!', sealed.headers, SECRET), { ok: false, reason: 'invalid_encoding' });
    assert.deepEqual(await decryptSibsWebhook(sealed.body, { ...sealed.headers, 'X-Authentication-Tag': 'AAAA' }, SECRET), { ok: false, reason: 'invalid_encoding' });
    assert.deepEqual(await decryptSibsWebhook(sealed.body, sealed.headers, randomBytes(16).toString('base64')), { ok: false, reason: 'invalid_key' });
    assert.deepEqual(await decryptSibsWebhook(sealed.body, sealed.headers, ''), { ok: false, reason: 'invalid_key' });
  });

  it('rejects a genuine encryption of something that is not a SIBS notification', async () => {
    for (const plaintext of ['not json', JSON.stringify({ ...notification, notificationID: undefined }), JSON.stringify({ ...notification, paymentStatus: 'Paid?' })]) {
      const sealed = encrypt(plaintext);
      assert.deepEqual(await decryptSibsWebhook(sealed.body, sealed.headers, SECRET), { ok: false, reason: 'invalid_payload' }, plaintext);
    }
  });

  it('builds SIBS\'s acknowledgement', () => {
    assert.deepEqual(sibsWebhookAck('n-1'), { statusCode: '200', statusMsg: 'Success', notificationID: 'n-1' });
  });
});
