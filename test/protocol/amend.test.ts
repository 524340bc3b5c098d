/** Amended complaints over the protocol: the redline of an open complaint, and an open answer carried over. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { draftAnswer, parse } from '../../server/src/core';
import { readFixture } from '../helpers/fixtures';
import { LspClient } from './lspClient';

const doc = (uri: string) => ({ textDocument: { uri } });

describe('amended complaints over the protocol', function () {
  this.timeout(30000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-amend-'));
  const original = readFixture('amended/complaint.txt');
  const amended = readFixture('amended/first-amended-complaint.txt');
  const answer = draftAnswer(parse(original));
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    await client.initialize();
    await client.open(uri('first-amended-complaint.txt'), amended);
    await client.open(uri('answer.txt'), answer);
  });
  after(() => client.stop());

  it('compares the open amended complaint with the earlier one the client sends', async () => {
    const r = await client.request<{ markdown: string; summary: string }>('pleading/compareComplaints', { ...doc(uri('first-amended-complaint.txt')), earlier: { uri: uri('complaint.txt'), text: original } });
    assert.match(r.summary, /^¶¶ 3, 10, 14, 20–22 new; old ¶¶ 16, 19 deleted;/);
    assert.match(r.markdown, /^# first-amended-complaint\.txt compared with complaint\.txt\n/);
    assert.match(r.markdown, /### ¶4 \(was ¶3\) — reworded/);
    const refused = await client.request<{ error: string }>('pleading/compareComplaints', { ...doc(uri('answer.txt')), earlier: { uri: uri('complaint.txt'), text: original } });
    assert.match(refused.error, /This is an answer/);
    const missing = await client.request<{ error: string }>('pleading/compareComplaints', doc(uri('first-amended-complaint.txt')));
    assert.match(missing.error, /Choose the earlier complaint/);
  });

  it('carries the open answer over, leaving it as it was', async () => {
    const r = await client.request<{ text: string; summary: string }>('pleading/migrateAnswer', {
      ...doc(uri('answer.txt')), from: { uri: uri('complaint.txt'), text: original }, to: { uri: uri('first-amended-complaint.txt'), text: amended },
    });
    assert.match(r.text, /\nANSWER TO FIRST AMENDED COMPLAINT\n/);
    assert.match(r.text, /<!-- review: new in the amended complaint: ¶3;/);
    assert.match(r.summary, /Dropped \(2\)/);
    // The open answer is not edited by the request: its analysis still answers the original.
    const info = await client.request<{ paragraphs: number }>('pleading/documentInfo', doc(uri('answer.txt')));
    assert.strictEqual(info.paragraphs, parse(answer).paragraphs.filter(p => p.number !== null).length);
    const wrong = await client.request<{ error: string }>('pleading/migrateAnswer', { ...doc(uri('answer.txt')), from: { uri: uri('answer.txt'), text: answer }, to: { uri: uri('x.txt'), text: amended } });
    assert.match(wrong.error, /answer\.txt is not a complaint with numbered paragraphs/);
  });
});
