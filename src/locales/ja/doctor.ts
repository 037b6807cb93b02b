import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s terminal words in Japanese. */
export default {
  'doctor.title': 'pay-elements doctor：{url}',
  'doctor.label.pass': '合格',
  'doctor.label.fail': '失敗',
  'doctor.label.warn': '警告',
  'doctor.label.unknown': '不明',
  'doctor.headersUnreadable': '（レスポンスヘッダーを読み取れませんでした：ヘッダーのチェック結果は不明です）',
  'doctor.note': '注記：{note}',
  'doctor.missing': '{directive} に不足：{sources}',
  'doctor.fix.title': '修正（現在のポリシーにマージ済み）：',
  'doctor.coopFix.title': 'COOP の修正：',
  'doctor.how': '方法：{summary}',
  'doctor.fetchFailed': '{url} を取得できませんでした：{reason}',
  'doctor.arg.unknown': '不明なオプション {option}',
  'doctor.arg.unexpected': '予期しない引数 {argument}',
  'doctor.arg.missingUrl': '<url> がありません',
  'doctor.arg.timeout': '無効な --timeout {value}：1～120000 のミリ秒数（整数）を指定してください',
  'doctor.arg.lang': '無効な --lang {value}：it、pt-PT、zh-CN などの言語タグを指定してください',
  'doctor.usage.summary': 'ページの Cross-Origin-Opener-Policy と Content-Security-Policy（ヘッダーと <meta http-equiv>）を、各決済代行会社の要件と照らし合わせてチェックします。',
  'doctor.usage.provider': '{names}（繰り返し指定またはカンマ区切り。デフォルト：すべて）',
  'doctor.usage.returnUrl': 'ポップアップ決済の戻り先ページ（Glomo の callbackUrl）。その COOP もチェックします',
  'doctor.usage.timeout': 'この時間内に応答しないページは中断します（デフォルト {ms}）',
  'doctor.usage.json': 'レポートを JSON で出力します（CI 向け）',
  'doctor.usage.lang': 'レポートの言語（デフォルト：LC_ALL、LC_MESSAGES、LANG、いずれもなければ英語）',
  'doctor.usage.exit': '終了コード：0 失敗なし、1 チェックが失敗、2 引数が不正、3 ページを読み取れなかった。',
} satisfies Catalog<typeof doctorMessages>;
