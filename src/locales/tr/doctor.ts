import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s terminal words, in Turkish. */
export default {
  'doctor.title': 'pay-elements doctor tanılaması: {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'HATA',
  'doctor.label.warn': 'İKAZ',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(yanıt başlıkları okunamadı: başlık kontrollerinin sonucu bilinmiyor)',
  'doctor.note': 'not: {note}',
  'doctor.missing': '{directive} içinde eksik: {sources}',
  'doctor.fix.title': 'Düzeltme (mevcut politikanızla birleştirilmiş):',
  'doctor.coopFix.title': 'COOP düzeltmesi:',
  'doctor.how': 'Nasıl: {summary}',
  'doctor.fetchFailed': '{url} alınamadı: {reason}',
  'doctor.arg.unknown': 'Bilinmeyen seçenek {option}',
  'doctor.arg.unexpected': 'Beklenmeyen argüman {argument}',
  'doctor.arg.missingUrl': '<url> eksik',
  'doctor.arg.timeout': 'Geçersiz --timeout {value}: 1 ile 120000 arasında tam sayı olarak milisaniye',
  'doctor.arg.lang': 'Geçersiz --lang {value}: it, pt-PT veya zh-CN gibi bir dil etiketi',
  'doctor.usage.summary': 'Bir sayfanın Cross-Origin-Opener-Policy ve Content-Security-Policy ayarlarını (başlıklar ve <meta http-equiv>) her ödeme sağlayıcısının ihtiyaçlarına göre kontrol eder.',
  'doctor.usage.provider': '{names} (tekrarlanabilir veya virgülle ayrılabilir; varsayılan: tümü)',
  'doctor.usage.returnUrl': 'açılır pencerede açılan ödeme sayfasının döndüğü sayfa (Glomo’nun callbackUrl’si): onun COOP’u da kontrol edilir',
  'doctor.usage.timeout': 'bu süre içinde yanıt vermeyen bir sayfadan vazgeçilir (varsayılan {ms})',
  'doctor.usage.json': 'raporu JSON olarak yazdır (CI için)',
  'doctor.usage.lang': 'raporun dili (varsayılan: LC_ALL, LC_MESSAGES veya LANG, yoksa İngilizce)',
  'doctor.usage.exit': 'Çıkış kodları: 0 hata yok, 1 bir kontrol başarısız, 2 hatalı argümanlar, 3 sayfa okunamadı.',
} satisfies Catalog<typeof doctorMessages>;
