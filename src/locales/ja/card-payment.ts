import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Japanese. */
export default {
  'cardPayment.modal.title': 'カード発行会社で本人認証を行ってください',
  'cardPayment.waiting.newTab': '新しいタブでお支払いを完了してください。このページは自動で更新されます。',
  'cardPayment.waiting.host': 'カード発行会社からの確認を待っています…',
  'cardPayment.succeeded': 'お支払いが完了しました。ありがとうございました。',
  'cardPayment.cancelled': 'お支払いをキャンセルしました。カード情報は入力されたままですので、もう一度お試しいただけます。',
  'cardPayment.declined': 'お支払いが承認されませんでした：{reason}',
  'cardPayment.declined.generic': 'お支払いが承認されませんでした。もう一度お試しいただくか、別のカードをご利用ください。',
  'cardPayment.retry': 'お支払いを完了できませんでした。もう一度お試しください。',
  'cardPayment.error.network': '<pay-card-payment> payment-url {url} に接続できませんでした：{reason}。',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} が HTTP {status}{detail} を返しました。',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} の応答が JSON ではありません。',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} の応答が Glomo の決済ではありません（{reason}）。',
  'cardPayment.error.action': '<pay-card-payment> SIBS が、このページでは実行できない 3-D Secure の手順を要求しました（{type}）。',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" には対応していません。"glomo" または "sibs" を指定してください。',
  'cardPayment.config.paymentUrl': '<pay-card-payment> には payment-url が必要です：決済を開始するショップのエンドポイント（http(s) の URL）。',
  'cardPayment.config.statusUrl': '<pay-card-payment> には status-url が必要です：{paymentId} を含む、ショップのサーバー上の http(s) URL テンプレート。',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" は iframe、new-tab、same-tab、host のいずれでもありません。',
} satisfies Catalog<typeof cardPaymentMessages>;
