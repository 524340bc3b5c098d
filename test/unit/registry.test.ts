/**
 * The check registry, the settings VS Code offers and the documentation must agree: a check added
 * without its setting or its rule page, or a page left for a check that is gone, fails here.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CHECKS } from '../../server/src/core/checks';
import { FORUM_IDS } from '../../server/src/core/forums';

const root = path.resolve(__dirname, '..', '..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
const codes = CHECKS.map(c => c.code).sort();

describe('the check registry, the settings and the docs agree', () => {
  it('every code is kebab-case and unique', () => {
    for (const code of codes) assert.match(code, /^[a-z]+(?:-[a-z]+)*$/);
    assert.strictEqual(new Set(codes).size, codes.length);
  });

  it('pleading.rules in package.json lists exactly the registered codes, each with its default severity', () => {
    const rules = JSON.parse(read('package.json')).contributes.configuration.properties['pleading.rules'].properties as Record<string, { description: string }>;
    assert.deepStrictEqual(Object.keys(rules).sort(), codes);
    for (const check of CHECKS) {
      const said = /Default: (\w+)\./.exec(rules[check.code].description)?.[1];
      assert.strictEqual(said, check.severity, `${check.code}: the setting says default ${said}`);
    }
  });

  it('every code has a rule page and a row in docs/rules/README.md, and every page a code', () => {
    const index = read('docs/rules/README.md');
    for (const code of codes) {
      assert.ok(fs.existsSync(path.join(root, 'docs', 'rules', `${code}.md`)), `docs/rules/${code}.md`);
      assert.ok(index.includes(`[\`${code}\`](${code}.md)`), `docs/rules/README.md row for ${code}`);
    }
    const pages = fs.readdirSync(path.join(root, 'docs', 'rules')).filter(f => f.endsWith('.md') && f !== 'README.md' && f !== 'forums.md');
    assert.deepStrictEqual(pages.map(f => f.replace(/\.md$/, '')).sort(), codes);
  });

  it('every code appears in the README, and every forum in docs/rules/forums.md', () => {
    const readme = read('README.md');
    for (const code of codes) assert.ok(readme.includes(`\`${code}\``), `README mentions ${code}`);
    const forums = read('docs/rules/forums.md');
    for (const id of FORUM_IDS) assert.ok(forums.includes(`| \`${id}\` |`), `forums.md row for ${id}`);
  });
});
