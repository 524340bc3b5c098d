/** .pleadingrc.json: found up the tree, validated, merged over presets. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findConfig, parseConfig } from '../../server/src/config';
import { FORUMS } from '../../server/src/core/forums';
import { mergeRules } from '../../server/src/core/presets';

describe('configuration files', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-config-'));
  const deep = path.join(root, 'matters', 'acme', 'pleadings');
  fs.mkdirSync(deep, { recursive: true });

  it('finds the nearest .pleadingrc.json above a document, up to the root', () => {
    assert.strictEqual(findConfig(deep, root), undefined);
    fs.writeFileSync(path.join(root, '.pleadingrc.json'), '{"rules": {"punctuation": "off"}}');
    assert.deepStrictEqual(findConfig(deep, root)?.rules, { punctuation: 'off' });
    fs.writeFileSync(path.join(root, 'matters', '.pleadingrc.json'), '{"preset": "california"}');
    assert.strictEqual(findConfig(deep, root)?.preset, 'california', 'the nearer file wins');
    assert.strictEqual(findConfig(deep, deep), undefined, 'stops at the root it is given');
  });

  it('reports unknown rules, bad severities and unknown presets, keeping the rest', () => {
    const c = parseConfig('x.json', '{"preset": "narnia", "rules": {"punctuation": "loud", "nope": "off", "defined-term": "hint"}}');
    assert.deepStrictEqual(c.rules, { 'defined-term': 'hint' });
    assert.deepStrictEqual(c.problems, [
      'unknown preset "narnia" (known: federal, kentucky, new-york, illinois, florida, pennsylvania, california, texas)',
      'rule "punctuation": severity must be off, hint, information, warning or error',
      'unknown rule "nope"',
    ]);
  });

  it('refuses invalid JSON with one line naming the file', () => {
    assert.throws(() => parseConfig('/a/.pleadingrc.json', '{"rules": '), /^Error: \/a\/\.pleadingrc\.json: not valid JSON/);
    assert.throws(() => parseConfig('/a/.pleadingrc.json', '[]'), /expected a JSON object/);
  });

  it('merges preset, file and overrides, later winning', () => {
    assert.deepStrictEqual(mergeRules('california', { 'count-mismatch': 'error' }, { punctuation: 'off' }), {
      ...FORUMS.california.rules, 'count-mismatch': 'error', punctuation: 'off',
    });
    assert.deepStrictEqual(mergeRules(undefined, undefined), {});
  });
});
