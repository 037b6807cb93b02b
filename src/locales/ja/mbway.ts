import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Japanese. */
export default {
  'mbway.phone.label': 'MB WAY の電話番号',
  'mbway.phone.hint': 'MB WAY アプリに登録したポルトガルの携帯電話番号（例：912 345 678）。',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'MB WAY で支払う',
  'mbway.pending': 'お使いの携帯電話にリクエストを送信しています…',
  'mbway.error.phone.required': 'MB WAY の電話番号を入力してください。',
  'mbway.error.phone.invalid_characters': '電話番号には数字、スペース、先頭の + のみ使用できます。',
  'mbway.error.phone.country': 'MB WAY にはポルトガルの携帯電話番号（+351）が必要です。',
  'mbway.error.phone.not_mobile': 'ポルトガルの携帯電話番号は 9 で始まります。',
  'mbway.error.phone.too_short': 'ポルトガルの携帯電話番号は 9 桁です。',
  'mbway.error.phone.too_long': 'ポルトガルの携帯電話番号は 9 桁です。入力された番号は桁数が多すぎます。',
  'mbway.waiting.title': 'MB WAY アプリでお支払いを承認してください',
  'mbway.waiting.body': '{phone} に支払いリクエストを送信しました。その携帯電話で MB WAY アプリを開いて承認してください。',
  'mbway.waiting.time': '承認の残り時間：',
  'mbway.waiting.announce': '{phone} に支払いリクエストを送信しました。{time}以内に MB WAY アプリで承認してください。',
  'mbway.countdown.left': 'お支払いの承認期限まで残り{time}です。',
  'mbway.checking': 'お支払いが承認されたか確認しています…',
  'mbway.succeeded': 'お支払いが承認されました。ありがとうございました。',
  'mbway.refused': 'MB WAY アプリでお支払いが拒否されました。新しいリクエストを送信できます。',
  'mbway.expired': '承認される前に支払いリクエストの有効期限が切れました。新しいリクエストを送信できます。',
  'mbway.failed': 'お支払いを完了できませんでした（{reason}）。新しいリクエストを送信できます。',
  'mbway.retry': '支払いリクエストを送信できませんでした。もう一度お試しください。',
  'mbway.config.paymentUrl': '<pay-mbway> には payment-url が必要です：決済を開始するショップのエンドポイント（http(s) の URL）。',
  'mbway.config.statusUrl': '<pay-mbway> には status-url が必要です：{paymentId} を含む、ショップのサーバー上の http(s) URL テンプレート。',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" は 1～3600 の秒数ではありません。',
} satisfies Catalog<typeof mbwayMessages>;
