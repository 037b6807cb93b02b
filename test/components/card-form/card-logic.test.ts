import { expect } from '@open-wc/testing';
import creditCardType from 'credit-card-type';
describe('probe', () => { it('loads', () => { expect(creditCardType('4111').length).to.equal(1); }); });
