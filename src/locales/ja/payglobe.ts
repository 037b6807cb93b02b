import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter in Japanese. */
export default {
  'payglobe.response.invalid': 'PayGlobe から想定外の形式の決済データが送られました。',
  'payglobe.response.amounts': 'PayGlobe から送られた金額が {currency} の正確な金額でないか、合計と一致しません。',
  'payglobe.response.mismatch': 'PayGlobe が、このページで開始したものとは別の決済で応答しました（{reason}）。',
  'payglobe.return.invalid': 'このページは形式が正しくない PayGlobe の決済参照で開かれました。',
  'payglobe.message.invalid': 'PayGlobe のお支払い画面から形式が正しくないメッセージが送られました。',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'カードが承認されませんでした。',
  'payglobe.failed.VOUCHER_FAILED': '食事券を使用できませんでした。',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'カードへの請求ができませんでした。カードの与信枠の確保は解除されます。',
  'payglobe.failed.FAILED': 'お支払いに失敗しました。',
  'payglobe.failed.EXPIRED': 'お支払いリンクの有効期限が切れました。',
} satisfies Catalog<typeof payglobeMessages>;
