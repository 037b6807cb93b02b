/**
 * Embedding with Angular: a standalone component with CUSTOM_ELEMENTS_SCHEMA, property and
 * event bindings, bootstrapped without zone.js. JIT (the compiler runs in the page): an app
 * compiles the template ahead of time and drops this first import.
 */
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import '../src/components/card-payment/pay-card-payment.js';
import { logEvent } from './embed-log.js';

@Component({
  selector: 'app-checkout',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    @for (run of [attempt()]; track run) {
      <pay-card-payment provider="sibs" [amount]="amount()" currency="EUR"
        payment-url="/merchant/sibs/payment?amount=5000" status-url="/merchant/sibs/payment/{paymentId}"
        (pay-pending)="log($event)" (pay-redirect)="log($event)" (pay-success)="log($event)"
        (pay-failure)="log($event)" (pay-cancel)="log($event)" (pay-error)="log($event)"></pay-card-payment>
    }
    <p><button type="button" (click)="attempt.set(attempt() + 1)">Start again</button></p>
  `,
})
class CheckoutComponent {
  readonly amount = signal(5000);
  /** Bumped by "Start again": the `@for` track then renders a fresh element. */
  readonly attempt = signal(0);
  log(event: Event): void {
    logEvent(event.type, (event as CustomEvent).detail);
  }
}

bootstrapApplication(CheckoutComponent, { providers: [provideZonelessChangeDetection()] })
  .catch((error: unknown) => logEvent('pay-error', { message: `Angular did not start: ${String(error)}` }));
