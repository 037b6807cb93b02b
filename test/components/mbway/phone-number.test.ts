import { expect } from '@open-wc/testing';
import { groupNational, readPhoneNumber } from '../../../src/components/mbway/phone-number.js';
import { announcementThresholds, formatClock } from '../../../src/components/mbway/countdown.js';
import { spokenDuration } from '../../../src/components/mbway/spoken-duration.js';

describe('readPhoneNumber (Portuguese mobile numbers for MB WAY)', () => {
  for (const typed of ['912345678', '912 345 678', '+351 912 345 678', '+351912345678', '00351 912 345 678', '351912345678', '912-345-678', ' (+351) 912.345.678 ']) {
    it(`reads "${typed}" as 351#912345678`, () => {
      expect(readPhoneNumber(typed)).to.deep.equal({ ok: true, customerPhone: '351#912345678', national: '912345678' });
    });
  }

  const errors: [string, string, boolean][] = [
    ['', 'required', false],
    ['91234', 'too_short', false],
    ['+351 91', 'too_short', false],
    ['+', 'too_short', false],
    ['0', 'too_short', false],
    ['3', 'too_short', false],
    ['9123456789', 'too_long', true],
    ['212345678', 'not_mobile', true],
    ['+351 212 345 678', 'not_mobile', true],
    ['+44 7911 123456', 'country', true],
    ['0044 7911', 'country', true],
    ['91234a678', 'invalid_characters', true],
    ['91+2345678', 'invalid_characters', true],
  ];
  for (const [typed, error, final] of errors) {
    it(`"${typed}" is ${error}${final ? ' (shown while typing)' : ''}`, () => {
      expect(readPhoneNumber(typed)).to.deep.equal({ ok: false, error, final });
    });
  }

  it('groups the nine digits as they are written', () => {
    expect(groupNational('912345678')).to.equal('912 345 678');
  });
});

describe('countdown wording', () => {
  it('announces each whole minute, then 30 and 10 seconds, never the start', () => {
    expect(announcementThresholds(240)).to.deep.equal([180, 120, 60, 30, 10]);
    expect(announcementThresholds(12)).to.deep.equal([10]);
    expect(announcementThresholds(5)).to.deep.equal([]);
  });

  it('shows minutes and two-digit seconds', () => {
    expect(formatClock(239, 'en')).to.equal('3:59');
    expect(formatClock(5, 'en')).to.equal('0:05');
    expect(formatClock(0, 'pt-PT')).to.equal('0:00');
  });

  it('words durations in the element’s language', () => {
    expect(spokenDuration(240, 'en')).to.equal('4 minutes');
    expect(spokenDuration(60, 'en')).to.equal('1 minute');
    expect(spokenDuration(30, 'en')).to.equal('30 seconds');
    expect(spokenDuration(90, 'en')).to.equal('1 minute 30 seconds');
    expect(spokenDuration(240, 'pt-PT')).to.equal('4 minutos');
  });
});
