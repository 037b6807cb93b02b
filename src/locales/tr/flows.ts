import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors), in Turkish. */
export default {
  'flows.modal.title': 'Ödemenizi onaylayın',
  'flows.modal.close': 'Kapat',
  'flows.url.invalid': 'geçerli bir adres değil',
  'flows.url.scheme': 'yalnızca https adresleri açılabilir',
  'flows.url.credentials': 'adres bir kullanıcı adı veya parola içeriyor',
  'flows.url.host': '{host}, ödeme sağlayıcısının host’larından biri değil',
  'flows.error.url': 'Ödeme sağlayıcısı, bu sayfanın açmayacağı bir adres döndürdü: {reason}.',
  'flows.error.message': 'Ödeme sağlayıcısı beklenmeyen biçimde bir mesaj gönderdi.',
  'flows.error.popupBlocked': 'Tarayıcı ödeme penceresini engelledi. Bu site için açılır pencerelere izin verin veya tekrar deneyin.',
  'flows.error.coopBlocked': 'Ödeme penceresinin bu sayfayla bağlantısı koptu (Cross-Origin-Opener-Policy), bu yüzden ödeme sonucu bu sayfaya ulaşamıyor.',
  'flows.error.timeout': 'Ödeme zamanında onaylanmadı.',
  'flows.error.status': 'Ödeme durumu okunamadı ({reason}).',
  'flows.error.statusFormat': 'Ödeme durumu yanıtı beklenmeyen bir biçimde.',
  'flows.error.sdk': 'Ödeme sağlayıcısının {url} betiği yüklenemedi: {reason}.',
  'flows.sdk.timeout': '{seconds} sn içinde yanıt yok',
  'flows.sdk.failed': 'eksik, içerik türü yanlış veya bütünlük kontrolünden geçemedi',
  'flows.sdk.threw': 'başlatılırken hata verdi',
  'flows.sdk.missing': '{name} sağlamıyor',
  'flows.sdk.notAllowed': 'yapılandırılmış bir SDK adresi değil',
  'flows.sdk.trustedTypes': 'Trusted Types betik adresini reddetti ("pay-elements" politikasına izin verin)',
  'flows.config.modal': 'iframe modal penceresine yönlendirme için içinde görüntüleneceği bir kapsayıcı gerekir.',
  'flows.config.sdkUrl': '{url} SDK adresi reddedildi: {reason}.',
  'flows.error.csp': 'Sitenin Content-Security-Policy’si ödeme sağlayıcısının {url} betiğini engelledi.',
} satisfies Catalog<typeof flowsMessages>;
