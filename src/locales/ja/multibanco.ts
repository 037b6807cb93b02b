import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Japanese. */
export default {
  'multibanco.intro': 'Multibanco の ATM または銀行アプリで、Multibanco の参照番号を使ってお支払いいただけます。',
  'multibanco.start': 'Multibanco の参照番号を取得',
  'multibanco.starting': '参照番号を取得しています…',
  'multibanco.details.title': 'Multibanco のお支払い情報',
  'multibanco.details.intro': 'Multibanco の ATM または銀行アプリで「サービスの支払い」（Pagamento de serviços）を選び、次の情報を入力してください：',
  'multibanco.details.entity': 'エンティティ番号（Entidade）',
  'multibanco.details.reference': '参照番号（Referência）',
  'multibanco.details.amount': '金額',
  'multibanco.details.expiry': 'お支払い期限',
  'multibanco.copy': 'コピー',
  'multibanco.copy.label': '{detail}をコピー',
  'multibanco.copy.done': 'コピーしました',
  'multibanco.copy.done.label': '{detail}をコピーしました',
  'multibanco.copy.announce': '{detail}をコピーしました。',
  'multibanco.copy.failed': '{detail}をコピーできませんでした。選択して手動でコピーしてください。',
  'multibanco.issued.announce': 'Multibanco の参照番号を発行しました：エンティティ番号 {entity}、参照番号 {reference}、金額 {amount}、お支払い期限 {expiry}。',
  'multibanco.waiting': 'お支払いをお待ちしています。お支払い後、銀行での確認には数分から数日かかることがあります。このページを開いたままにしておく必要はありません。',
  'multibanco.watching': 'お支払いを確認しています…',
  'multibanco.stopped': 'まだ確認が取れていません。これは通常のことで、最大数日かかる場合があります。後でもう一度お越しいただくか、今すぐ再確認してください。',
  'multibanco.checkAgain': '再確認する',
  'multibanco.succeeded': 'お支払いを受け付けました。ありがとうございました。',
  'multibanco.expired': 'お支払いの前にこの参照番号の有効期限が切れました。新しい参照番号を取得できます。',
  'multibanco.failed': 'お支払いを完了できませんでした（{reason}）。新しい参照番号を取得できます。',
  'multibanco.retry': 'Multibanco の参照番号を取得できませんでした。もう一度お試しください。',
  'multibanco.newReference': '新しい参照番号を取得',
  'multibanco.config.paymentUrl': '<pay-multibanco> には payment-url が必要です：参照番号を発行するショップのエンドポイント（http(s) の URL）。',
  'multibanco.config.statusUrl': '<pay-multibanco> には status-url が必要です：{paymentId} を含む、ショップのサーバー上の http(s) URL テンプレート。',
  'multibanco.error.reference': 'ショップの決済エンドポイントが返した Multibanco の参照番号の金額を表示できません（{amount}）。',
} satisfies Catalog<typeof multibancoMessages>;
