import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Japanese. */
export default {
  'payglocalCheckout.pay': '支払う',
  'payglocalCheckout.preparing': 'お支払いの準備をしています…',
  'payglocalCheckout.leaving': 'PayGlocal の安全なお支払いページに移動しています…',
  'payglocalCheckout.error.http': 'ショップがお支払いを開始できませんでした（{reason}）。',
  'payglocalCheckout.error.httpStatus': 'HTTP エラー {status}',
  'payglocalCheckout.error.network': 'ショップに接続できませんでした。通信環境をご確認のうえ、もう一度お試しください。',
  'payglocalCheckout.error.timeout': 'ショップから時間内に応答がありませんでした。もう一度お試しください。',
  'payglocalCheckout.error.format': 'ショップの応答に支払い先が示されていません。',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> payment-url は必須です：決済を開始し { redirectUrl } を返すエンドポイント。',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} は http(s) のアドレスではありません。',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} は http(s) のアドレスではありません。',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount は補助通貨単位の整数で指定してください（150.00 なら 15000）。',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency は INR などの 3 文字の ISO 4217 コードで指定してください。',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
