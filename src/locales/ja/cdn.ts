import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader in Japanese. */
export default {
  'cdn.error.load': '<{tag}> を {url} から読み込めませんでした：{reason}。',
  'cdn.error.unknownTag': '<{tag}> は pay-elements の要素ではありません。',
  'cdn.reason.failed': 'ファイルが読み込まれなかったか、整合性ハッシュと一致しません',
  'cdn.reason.csp': 'サイトの Content-Security-Policy がブロックしました（script-src で {origin} を許可してください）',
  'cdn.reason.refused': '読み込めるのは https（またはループバック）のアドレスのみです',
  'cdn.reason.unregistered': 'ファイルは実行されましたが何も定義されませんでした（別バージョンの pay-elements ではありませんか？）',
  'cdn.reason.noBase': 'pay-elements.iife.js のアドレスが不明です（<script src> で読み込んでください）',
} satisfies Catalog<typeof cdnMessages>;
