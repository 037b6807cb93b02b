import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter in Japanese. */
export default {
  'sibs.error.network': 'ショップの決済エンドポイント {url} に接続できませんでした：{reason}。',
  'sibs.error.timeout': 'ショップの決済エンドポイント {url} から {seconds} 秒以内に応答がありませんでした。',
  'sibs.error.http': 'ショップの決済エンドポイント {url} が HTTP {status}{detail} を返しました。',
  'sibs.error.json': 'ショップの決済エンドポイント {url} の応答が JSON ではありません。',
  'sibs.error.response': 'ショップの決済エンドポイント {url} の応答が SIBS の{what}ではありません（{reason}）。',
  'sibs.what.mbway': 'MB WAY 購入',
  'sibs.what.multibanco': 'Multibanco 参照番号',
  'sibs.what.card': 'カード購入',
  'sibs.declined': 'お支払いが承認されませんでした。',
  'sibs.refused': 'MB WAY アプリでお支払いが拒否されました。',
  'sibs.expired': '支払いリクエストの有効期限が切れました。',
  'sibs.referenceExpired': 'お支払いの前に Multibanco の参照番号の有効期限が切れました。',
  'sibs.failed': 'お支払いに失敗しました（{status}）。',
  'sibs.config.paymentUrl': '{element} には payment-url が必要です：決済を開始するショップのエンドポイント（http(s) の URL）。',
  'sibs.config.statusUrl': '{element} には status-url が必要です：{paymentId} を含む、ショップのサーバー上の http(s) URL テンプレート。',
} satisfies Catalog<typeof sibsMessages>;
