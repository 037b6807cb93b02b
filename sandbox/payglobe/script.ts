import { Hono } from 'hono';
import type { SandboxEnv } from '../faults.js';

/**
 * The payglobe.js stand-in (https://api.payglobe.it/paymentgw/js/payglobe.js in production): a
 * classic script defining `window.PayGlobe(publishableKey)`. It finds the API from its own
 * `src` (`document.currentScript`), as the real one does. Query parameters of its URL named
 * `checkout.<name>` are copied onto every checkout URL as `<name>` (so a test can give the
 * hosted checkout its own fault or header switches without shared state).
 */
export const PAYGLOBE_JS = `// PayGlobe.js — local sandbox stand-in.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) {
    console.error('PayGlobe.js must be loaded with a classic <script src="…/payglobe.js"> tag.');
    return;
  }
  var scriptUrl = new URL(script.src);
  var API_ORIGIN = scriptUrl.origin;
  var CHECKOUT_QUERY = [];
  scriptUrl.searchParams.forEach(function (value, name) {
    if (name.indexOf('checkout.') === 0 && name.length > 9) CHECKOUT_QUERY.push([name.slice(9), value]);
  });

  function payGlobeError(message, code, status) {
    var error = new Error(message);
    if (code) error.code = code;
    if (status) error.status = status;
    return error;
  }

  function checkoutUrlFor(paymentId, given) {
    var url = new URL(typeof given === 'string' ? given : '/payglobe/checkout?paymentId=' + encodeURIComponent(paymentId), API_ORIGIN);
    CHECKOUT_QUERY.forEach(function (pair) { url.searchParams.set(pair[0], pair[1]); });
    return url.href;
  }

  function request(key, method, path, body) {
    var init = { method: method, headers: { Authorization: 'Bearer ' + key } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(API_ORIGIN + path, init).then(function (response) {
      return response.text().then(function (text) {
        var json;
        try { json = JSON.parse(text); } catch (e) {
          throw payGlobeError('PayGlobe: invalid response from the API (HTTP ' + response.status + ')', 'INVALID_RESPONSE', response.status);
        }
        if (!response.ok) {
          var error = json && typeof json === 'object' ? json.error : null;
          var message = error && typeof error.message === 'string' ? error.message : 'PayGlobe: request failed (HTTP ' + response.status + ')';
          throw payGlobeError(message, error && typeof error.code === 'string' ? error.code : undefined, response.status);
        }
        return json;
      });
    }, function (cause) {
      throw payGlobeError('PayGlobe: network error (' + (cause && cause.message) + ')', 'NETWORK_ERROR');
    });
  }

  function PayGlobe(publishableKey) {
    if (typeof publishableKey !== 'string' || !publishableKey) throw new TypeError('PayGlobe: a publishable key (pk_test_… or pk_live_…) is required');
    var checkoutUrls = new Map();

    var payments = {
      /** { amount, email, description?, currency?, paymentMode?, returnUrl? } → { id, status, totalAmount, currency, checkoutUrl } */
      create: function (params) {
        return request(publishableKey, 'POST', '/api/payment/initiate', params === undefined ? {} : params).then(function (json) {
          if (!json || typeof json !== 'object' || typeof json.id !== 'string') throw payGlobeError('PayGlobe: invalid response from the API', 'INVALID_RESPONSE');
          var checkoutUrl = checkoutUrlFor(json.id, json.checkoutUrl);
          checkoutUrls.set(json.id, checkoutUrl);
          return { id: json.id, status: json.status, totalAmount: json.totalAmount, currency: json.currency, checkoutUrl: checkoutUrl };
        });
      },
      /** The payment object, exactly as the API answered it. */
      retrieve: function (id) {
        if (typeof id !== 'string' || !id) return Promise.reject(payGlobeError('PayGlobe: payments.retrieve(id) needs a payment id', 'INVALID_REQUEST'));
        return request(publishableKey, 'GET', '/api/payment/initiate/' + encodeURIComponent(id));
      },
    };

    /** Full page without element; with element (CSS selector or Element), an iframe inside it. */
    function redirectToCheckout(options) {
      var paymentId = options && options.paymentId;
      if (typeof paymentId !== 'string' || !paymentId) return Promise.reject(payGlobeError('PayGlobe: redirectToCheckout needs a paymentId', 'INVALID_REQUEST'));
      var url = checkoutUrls.get(paymentId) || checkoutUrlFor(paymentId);
      if (options.element === undefined || options.element === null) {
        window.location.assign(url);
        return Promise.resolve();
      }
      var container = null;
      try {
        container = typeof options.element === 'string' ? document.querySelector(options.element) : options.element;
      } catch (e) {
        container = null;
      }
      if (!container || typeof container.appendChild !== 'function') {
        return Promise.reject(payGlobeError('PayGlobe: no element matches ' + String(options.element), 'INVALID_ELEMENT'));
      }
      var frameUrl = new URL(url);
      frameUrl.searchParams.set('embedded', '1');
      var frame = document.createElement('iframe');
      frame.src = frameUrl.href;
      frame.title = 'PayGlobe checkout';
      frame.setAttribute('allow', 'payment');
      frame.style.cssText = 'width: 100%; min-height: 560px; border: 0;';
      container.appendChild(frame);
      return Promise.resolve();
    }

    return { payments: payments, redirectToCheckout: redirectToCheckout };
  }

  window.PayGlobe = PayGlobe;
})();
`;

/** Fault `malformed` for the script: it loads and runs, but defines no `PayGlobe`. */
const MALFORMED_SCRIPT = `// PayGlobe.js — sandbox fault "malformed": no PayGlobe global.
window.PayGlobeV2 = function () { return {}; };
`;

/** The result page's script: an embedded checkout tells its parent the outcome (id and status only). */
const CHECKOUT_RESULT_SCRIPT = `const result = document.getElementById('payglobe-result');
if (result && result.dataset.embedded === '1' && window.parent !== window) {
  window.parent.postMessage(JSON.parse(result.dataset.message), '*');
}
`;

export function payglobeScriptRoutes() {
  const routes = new Hono<SandboxEnv>();
  const javascript = { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' };
  routes.get('/payglobe/js/payglobe.js', (c) => {
    if (c.get('malformed')) {
      c.set('malformedHandled', true);
      return c.body(MALFORMED_SCRIPT, 200, javascript);
    }
    return c.body(PAYGLOBE_JS, 200, javascript);
  });
  routes.get('/payglobe/assets/checkout-result.js', (c) => c.body(CHECKOUT_RESULT_SCRIPT, 200, javascript));
  return routes;
}
