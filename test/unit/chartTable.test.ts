/** The Response Chart webview's table (sorting, filters) and its message check, on a real chart. */
import * as assert from 'assert';
import { parse, responseChart } from '../../server/src/core';
import { chartLabel } from '../../server/src/core/chart';
import { readMessage } from '../../client/src/chart/protocol';
import { choices, INITIAL_STATE, visibleRows } from '../../client/src/chart/webview/table';
import type { ChartViewRow } from '../../server/src/service/chartView';
import { readFixture } from '../helpers/fixtures';

const chart = responseChart(parse(readFixture('seed/answer.txt').replace(/\n50\. In answer to Paragraph 50[^\n]*/, '\n')), parse(readFixture('seed/complaint.txt')));
const rows: ChartViewRow[] = chart.rows.map(r => ({ ...r, label: chartLabel(r), answerAt: [] }));

describe('response chart table', () => {
  it('shows every row in paragraph order at first', () => {
    assert.deepStrictEqual(visibleRows(rows, INITIAL_STATE).map(r => r.paragraph), rows.map(r => r.paragraph));
    assert.strictEqual(rows.length, 101);
  });

  it('filters by response, by heading (a COUNT) and to the unanswered', () => {
    assert.deepStrictEqual(visibleRows(rows, { ...INITIAL_STATE, unansweredOnly: true }).map(r => r.paragraph), [50]);
    const count2 = choices(rows, 'heading').find(h => h.startsWith('COUNT II —'))!;
    assert.deepStrictEqual(visibleRows(rows, { ...INITIAL_STATE, heading: count2 }).map(r => r.paragraph), [62, 63, 64, 65, 66, 67]);
    const incorporations = visibleRows(rows, { ...INITIAL_STATE, kind: 'incorporation' });
    assert.ok(incorporations.length >= 8 && incorporations.every(r => r.response === 'incorporation'), incorporations.map(r => r.paragraph).join());
    assert.strictEqual(incorporations.length, chart.totals.incorporated);
    assert.deepStrictEqual(visibleRows(rows, { ...INITIAL_STATE, kind: 'incorporation', heading: count2 }).map(r => r.paragraph), [62]);
  });

  it('sorts by any column, either way, keeping document order among equals', () => {
    const byLabel = visibleRows(rows, { ...INITIAL_STATE, sort: 'label' });
    assert.ok(byLabel.every((r, i) => i === 0 || byLabel[i - 1].label.localeCompare(r.label, undefined, { sensitivity: 'base' }) <= 0));
    const admitted = byLabel.filter(r => r.label === 'admitted').map(r => r.paragraph);
    assert.deepStrictEqual(admitted, [...admitted].sort((a, b) => a - b));
    assert.deepStrictEqual(visibleRows(rows, { ...INITIAL_STATE, descending: true }).slice(0, 3).map(r => r.paragraph), [101, 100, 99]);
  });

  it('offers each distinct label as a filter', () => {
    assert.ok(choices(rows, 'label').includes('UNANSWERED'));
    assert.strictEqual(new Set(choices(rows, 'label')).size, choices(rows, 'label').length);
  });

  it('accepts only well-formed messages from the webview', () => {
    assert.deepStrictEqual(readMessage({ type: 'reveal', paragraph: 50 }), { type: 'reveal', paragraph: 50 });
    assert.deepStrictEqual(readMessage({ type: 'export', format: 'csv' }), { type: 'export', format: 'csv' });
    for (const bad of [null, 'reveal', { type: 'reveal', paragraph: '50' }, { type: 'reveal', paragraph: 1.5 }, { type: 'export', format: 'html' }, { type: 'open', uri: 'file:///etc/passwd' }]) {
      assert.strictEqual(readMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});
