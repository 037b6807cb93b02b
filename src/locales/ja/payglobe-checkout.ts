import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Japanese. */
export default {
  'payglobeCheckout.pay': '{amount} を支払う',
  'payglobeCheckout.payPlain': '支払う',
  'payglobeCheckout.payAgain': 'もう一度試す',
  'payglobeCheckout.checkoutLabel': 'PayGlobe のお支払い画面',
  'payglobeCheckout.preparing': 'お支払いの準備をしています…',
  'payglobeCheckout.opened': '下に PayGlobe のお支払い画面が表示されています。そちらでお支払いを完了してください。',
  'payglobeCheckout.redirecting': 'PayGlobe のお支払い画面に移動しています…',
  'payglobeCheckout.confirming': 'お支払いを確認しています…',
  'payglobeCheckout.succeeded': 'お支払いが承認されました：{amount}。',
  'payglobeCheckout.succeededPlain': 'お支払いが承認されました。',
  'payglobeCheckout.succeededSplit': 'お支払いが承認されました：カード {card}、食事券 {voucher}。',
  'payglobeCheckout.failed': 'お支払いに失敗しました：{message}',
  'payglobeCheckout.cancelled': 'お支払いはキャンセルされました。',
  'payglobeCheckout.error': 'お支払いを完了できませんでした：{message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key には PayGlobe の公開可能キー（pk_test_… または pk_live_…）を指定してください。',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key にシークレットキー（sk_…）が指定されています。シークレットキーをブラウザーに置いてはいけません。公開可能キー（pk_…）を使用し、このシークレットキーを直ちにローテーションしてください。',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" は {currency} の補助通貨単位の正の整数ではありません（15000 EUR は €150.00）。',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email には購入者のメールアドレスを指定してください（PayGlobe がそこに領収書を送ります）。',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" は "iframe" でも "redirect" でもありません。',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} は拒否されました：{reason}。',
  'payglobeCheckout.error.sdk': 'payglobe.js に使用可能な PayGlobe クライアントがありません（{reason}）。',
  'payglobeCheckout.error.create': 'PayGlobe が決済を作成できませんでした：{reason}',
  'payglobeCheckout.error.open': 'PayGlobe がお支払い画面を開けませんでした：{reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe から決済ステータスの応答がありませんでした：{reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
