/** The status bar's words (client/src/status.ts). */
import * as assert from 'assert';
import { statusText, statusTooltip, type DocumentInfo } from '../../client/src/status';

const info = (errors: number, warnings: number, kind = 'answer'): DocumentInfo => ({ kind, paragraphs: 41, counts: 3, defenses: 1, errors, warnings, title: 'ANSWER' });

describe('status bar', () => {
  it('shows errors under the error icon and warnings under the warning icon', () => {
    assert.strictEqual(statusText(info(1, 0), '/w/complaint.txt'), '$(law) 41 ¶  $(error) 1  $(link) complaint.txt');
    assert.strictEqual(statusText(info(3, 2)), '$(law) 41 ¶  $(error) 3  $(warning) 2  $(circle-slash) no complaint');
    assert.strictEqual(statusText(info(0, 2, 'complaint')), '$(law) 41 ¶  $(warning) 2');
    assert.strictEqual(statusText(info(0, 0, 'complaint')), '$(law) 41 ¶  $(check)');
  });

  it('counts in good English: "1 error", not "1 errors"', () => {
    const tip = statusTooltip(info(1, 1), '/w/complaint.txt').split('\n');
    assert.deepStrictEqual(tip, ['ANSWER', '41 paragraphs, 3 counts, 1 defense', '1 error, 1 warning', 'Answers /w/complaint.txt', 'Click for actions']);
    assert.strictEqual(statusTooltip({ ...info(0, 0), skipped: 'Too big.' }), 'Too big.');
  });
});

describe('status bar: the forum', () => {
  it('names the forum whose wording rules apply, and its rule in the tooltip', () => {
    const ky: DocumentInfo = { ...info(1, 0), forum: { name: 'Kentucky', summary: 'Kentucky (CR 8.02)' } };
    assert.strictEqual(statusText(ky, '/w/complaint.txt'), '$(law) 41 ¶ · Kentucky  $(error) 1  $(link) complaint.txt');
    assert.ok(statusTooltip(ky).split('\n').includes('Wording rules: Kentucky (CR 8.02) ("preset" in .pleadingrc.json to change)'));
  });
});
