import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Japanese. */
export default {
  'glomoCheckout.pay': '支払う',
  'glomoCheckout.preparing': 'お支払いの準備をしています…',
  'glomoCheckout.opened': 'お支払い画面が開いています。そちらでお支払いを完了してください。',
  'glomoCheckout.retry': 'お支払い画面を開く',
  'glomoCheckout.redirect': 'リダイレクト方式で続ける',
  'glomoCheckout.succeeded': 'お支払いが承認されました。',
  'glomoCheckout.failed': 'お支払いに失敗しました：{message}',
  'glomoCheckout.pending': '振込情報を受け付けました。お支払いはまだ確定していません。',
  'glomoCheckout.cancelled': 'お支払いはキャンセルされました。',
  'glomoCheckout.coop.offer': 'リダイレクト方式で続けることができます。その場合、結果はショップの戻り先ページを通じて返されます。',
  'glomoCheckout.coop.callbackHint': 'または、結果がショップの戻り先ページを通じて返されるよう、リダイレクト方式（callback-url と mode="redirect"）を使用してください。',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> public-key は必須です：Glomo ダッシュボードの公開鍵を指定してください。',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key にシークレットキー（sk_…）が指定されています。シークレットキーをブラウザーに置いてはいけません。公開鍵を使用し、このシークレットキーを直ちにローテーションしてください。',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> には order-id（サーバーで作成した注文）または order-url（注文を作成するエンドポイント）が必要です。',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} は http(s) のアドレスではありません。',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} は https のアドレスである必要があります（http はループバックホストのみ）。',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" には callback-url が必要です：結果を検証するショップのルート。',
  'glomoCheckout.config.sdk': 'Glomo Checkout がオプションを拒否しました：{reason}',
  'glomoCheckout.error.order': 'ショップが注文を作成できませんでした（{reason}）。',
  'glomoCheckout.error.orderFormat': 'ショップの注文エンドポイントの応答に order_id がありません。',
  'glomoCheckout.error.open': 'Glomo Checkout の画面を開けませんでした：{reason}',
  'glomoCheckout.error.sdkExport': 'Glomo Checkout のスクリプト {url} に GlomoCheckoutApi クラスがありません。',
} satisfies Catalog<typeof glomoCheckoutMessages>;
