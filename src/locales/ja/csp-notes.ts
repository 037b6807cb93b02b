import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The notes on where Chromium departs from the CSP3 text in Japanese. */
export default {
  'diagnostics.chromium.upgradeKeepsPort': 'Chromium では、ポート付きの http:// ソースで同じポートの https:// を許可できません（アップグレードされるのはデフォルトポートのみで、フレームとフォーム送信では明示的な :443 も対象外です）。CSP 仕様ではこれが許可されており、他のブラウザーも許可する場合があります。https:// のソース自体を記載してください。',
  'diagnostics.chromium.upgrade80To443': 'Chromium では、Firefox や Safari と同様に http://host:80 のソースで https://host（ポート 443）が許可されますが、CSP 仕様では許可されないため、より厳格なブラウザーではブロックされる可能性があります。https:// のソース自体を記載してください。',
  'diagnostics.chromium.sourceQueryIgnored': 'Chromium はソース中のクエリやフラグメントを無視します（{directive}）。CSP 仕様ではそのようなソースは無効であり、他のブラウザーではソース全体が無視される場合があります。?… や #… の部分を削除してください。',
  'diagnostics.chromium.metaCommaSplit': 'Chromium は <meta> の Content-Security-Policy 内のカンマを 2 つ目のポリシーの始まりとして読みます。CSP 仕様と他のブラウザーは 1 つのポリシーとして読みます。カンマを使わず、ポリシーごとに 1 つの <meta> タグを使用してください。',
} satisfies Catalog<typeof cspNotesMessages>;
