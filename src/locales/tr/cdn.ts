import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader, in Turkish. */
export default {
  'cdn.error.load': '<{tag}>, {url} adresinden yüklenemedi: {reason}.',
  'cdn.error.unknownTag': '<{tag}> bir pay-elements öğesi değil.',
  'cdn.reason.failed': 'dosya yüklenmedi veya bütünlük hash’iyle eşleşmiyor',
  'cdn.reason.csp': 'sitenin Content-Security-Policy’si engelledi ({origin} kaynağına script-src içinde izin verin)',
  'cdn.reason.refused': 'yalnızca https adresleri (veya loopback) yüklenir',
  'cdn.reason.unregistered': 'dosya çalıştı ama hiçbir şey tanımlamadı (başka bir pay-elements sürümünden mi?)',
  'cdn.reason.noBase': 'pay-elements.iife.js adresi bilinmiyor (<script src> ile yükleyin)',
} satisfies Catalog<typeof cdnMessages>;
