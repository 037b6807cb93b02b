import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter in Japanese. */
export default {
  'glomo.callback.missing': 'このページは Glomo の決済結果なしで開かれました。',
  'glomo.callback.invalid': 'このアドレスに含まれる Glomo の決済結果の形式が正しくありません。',
  'glomo.callback.refused': 'ショップが決済結果を検証できませんでした（{reason}）。',
  'glomo.payment.failed': 'お支払いに失敗しました。',
  'glomo.response.invalid': '決済サーバーから Glomo の決済ではない応答が返されました。',
  'glomo.event.invalid': 'Glomo Checkout から形式が正しくない {event} ペイロードが送られました。',
} satisfies Catalog<typeof glomoMessages>;
