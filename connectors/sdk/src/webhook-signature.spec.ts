import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { verifyHmacSignature, verifyStandardWebhook } from './webhook-signature';

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const body = '{"type":"job.raised","data":{"jobNumber":"MJ-100001"}}';
const sentAt = new Date('2026-11-30T12:00:00Z');

/** Headers as the independent `standardwebhooks` client signs them. */
function signed(id = 'msg_2Lm', at = sentAt, payload = body, key = secret) {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(key).sign(id, at, payload),
  };
}

describe('verifyStandardWebhook', () => {
  it('accepts what the standardwebhooks client signed, and returns the message id for replay checks', () => {
    expect(verifyStandardWebhook({ secret, headers: signed(), body, now: sentAt })).toEqual({
      valid: true,
      messageId: 'msg_2Lm',
    });
  });

  it('accepts any of several signatures, as during a secret rotation', () => {
    const headers = signed();
    headers['webhook-signature'] = `v1,bm90IGl0 ${headers['webhook-signature']}`;
    expect(verifyStandardWebhook({ secret, headers, body, now: sentAt }).valid).toBe(true);
  });

  it('refuses a tampered body, another secret, an old timestamp and missing headers', () => {
    const other = 'whsec_' + Buffer.from('another secret of 24 bytes!!').toString('base64');
    expect(
      verifyStandardWebhook({ secret, headers: signed(), body: body.replace('100001', '100002'), now: sentAt }),
    ).toMatchObject({ valid: false, reason: 'no signature matches' });
    expect(verifyStandardWebhook({ secret: other, headers: signed(), body, now: sentAt }).valid).toBe(false);
    const sixMinutesLater = new Date(sentAt.getTime() + 6 * 60_000);
    expect(verifyStandardWebhook({ secret, headers: signed(), body, now: sixMinutesLater })).toMatchObject({
      valid: false,
      reason: expect.stringContaining('more than 300 s'),
    });
    expect(verifyStandardWebhook({ secret, headers: {}, body, now: sentAt }).valid).toBe(false);
    expect(verifyStandardWebhook({ secret: 'plain', headers: signed(), body, now: sentAt })).toMatchObject({
      valid: false,
      reason: expect.stringContaining('whsec_'),
    });
  });
});

describe('verifyHmacSignature', () => {
  const hmacSecret = 'erp-shared-secret';
  const digest = createHmac('sha256', hmacSecret).update(body).digest('hex');

  it('accepts a GitHub-style sha256= signature of the raw body', () => {
    expect(verifyHmacSignature({ secret: hmacSecret, body, signature: `sha256=${digest}`, prefix: 'sha256=' })).toEqual(
      {
        valid: true,
      },
    );
  });

  it('refuses a wrong signature, a wrong prefix and a missing header', () => {
    expect(verifyHmacSignature({ secret: 'other', body, signature: `sha256=${digest}`, prefix: 'sha256=' }).valid).toBe(
      false,
    );
    expect(verifyHmacSignature({ secret: hmacSecret, body, signature: digest, prefix: 'sha256=' }).valid).toBe(false);
    expect(verifyHmacSignature({ secret: hmacSecret, body, signature: undefined }).valid).toBe(false);
  });
});
