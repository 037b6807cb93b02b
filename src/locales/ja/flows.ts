import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Japanese. */
export default {
  'flows.modal.title': 'お支払いの確認',
  'flows.modal.close': '閉じる',
  'flows.url.invalid': '有効なアドレスではありません',
  'flows.url.scheme': '開けるのは https のアドレスのみです',
  'flows.url.credentials': 'アドレスにユーザー名またはパスワードが含まれています',
  'flows.url.host': '{host} は決済代行会社のホストではありません',
  'flows.error.url': '決済代行会社から、このページでは開けないアドレスが返されました：{reason}。',
  'flows.error.message': '決済代行会社から想定外の形式のメッセージが送られました。',
  'flows.error.popupBlocked': 'ブラウザーがお支払い画面をブロックしました。このサイトのポップアップを許可するか、もう一度お試しください。',
  'flows.error.coopBlocked': 'お支払い画面とこのページとの接続が切れたため（Cross-Origin-Opener-Policy）、決済結果をこのページに届けられません。',
  'flows.error.timeout': '時間内にお支払いが確認されませんでした。',
  'flows.error.status': '決済ステータスを読み取れませんでした（{reason}）。',
  'flows.error.statusFormat': '決済ステータスの応答が想定外の形式です。',
  'flows.error.sdk': '決済代行会社のスクリプト {url} を読み込めませんでした：{reason}。',
  'flows.sdk.timeout': '{seconds} 秒以内に応答がありません',
  'flows.sdk.failed': '存在しないか、Content-Type が誤っているか、整合性チェックに失敗しました',
  'flows.sdk.threw': '起動中にエラーが発生しました',
  'flows.sdk.missing': '{name} が提供されていません',
  'flows.sdk.notAllowed': '設定された SDK のアドレスではありません',
  'flows.sdk.trustedTypes': 'Trusted Types がスクリプトのアドレスを拒否しました（ポリシー "pay-elements" を許可してください）',
  'flows.config.modal': 'iframe モーダルへのリダイレクトには、それを表示するコンテナーが必要です。',
  'flows.config.sdkUrl': 'SDK のアドレス {url} は拒否されました：{reason}。',
  'flows.error.csp': 'サイトの Content-Security-Policy が決済代行会社のスクリプト {url} をブロックしました。',
} satisfies Catalog<typeof flowsMessages>;
