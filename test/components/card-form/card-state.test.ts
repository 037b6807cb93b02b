import { expect } from '@open-wc/testing';
import { cardFormEntries, deriveCardState, emptyCardValues, type CardInputs } from '../../../src/components/card-form/card-state.js';
import type { CardField } from '../../../src/core/types.js';

const NOW = new Date(2026, 10, 23);
const inputs = (values: Partial<CardInputs['values']>, extra: Partial<CardInputs> = {}): CardInputs => ({
  values: { ...emptyCardValues(), ...values },
  accepted: null,
  holderName: true,
  showing: new Set<CardField>(),
  now: NOW,
  ...extra,
});
const FULL = { number: '4242 4242 4242 4242', expiry: '12 / 27', cvv: '123', holderName: '  Ada   Lovelace ' };

describe('deriveCardState (pure: no DOM)', () => {
  it('derives brand, BIN, completeness and the Glomo card of a complete card', () => {
    const state = deriveCardState(inputs(FULL));
    expect(state.brand).to.equal('visa');
    expect(state.bin).to.equal('424242');
    expect(state.complete).to.equal(true);
    expect(state.errors).to.deep.equal({});
    expect(state.card).to.deep.equal({ holder_name: 'Ada Lovelace', number: '4242424242424242', expiry_month: '12', expiry_year: '2027', cvv: '123' });
    expect(cardFormEntries(state, 'card')).to.deep.equal([
      ['card[brand]', 'visa'], ['card[last4]', '4242'], ['card[expiry_month]', '12'], ['card[expiry_year]', '2027'],
    ]);
  });

  it('shows typing errors only until a field shows its final error', () => {
    const typing = deriveCardState(inputs({ number: '4242' }));
    expect(typing.errors.number).to.equal('incomplete');
    expect(typing.visible).to.deep.equal({});
    const left = deriveCardState(inputs({ number: '4242' }, { showing: new Set<CardField>(['number']) }));
    expect(left.visible).to.deep.equal({ number: 'incomplete' });
    expect(left.bin).to.equal(null);
  });

  it('judges expiry by the clock it is given', () => {
    expect(deriveCardState(inputs({ ...FULL, expiry: '11 / 26' })).errors.expiry).to.equal(undefined);
    expect(deriveCardState(inputs({ ...FULL, expiry: '10 / 26' })).errors.expiry).to.equal('expired');
  });

  it('keeps a 4-digit code on a Visa as an error, not a cut', () => {
    const state = deriveCardState(inputs({ ...FULL, cvv: '1234' }));
    expect(state.errors.cvv).to.equal('invalid');
    expect(state.visible.cvv).to.equal('invalid');
    expect(state.card).to.equal(null);
  });

  it('leaves the name out when the field is hidden, and the brand out of the form entries when unknown', () => {
    const state = deriveCardState(inputs({ ...FULL, number: '9792 0000 0000 0003', holderName: '' }, { holderName: false }));
    expect(state.brand).to.equal(null);
    expect(state.complete).to.equal(true);
    expect(state.card!.holder_name).to.equal('');
    expect(cardFormEntries(state, 'card')!.map(([key]) => key)).to.deep.equal(['card[last4]', 'card[expiry_month]', 'card[expiry_year]']);
    expect(cardFormEntries(state, '')).to.equal(null);
  });
});
