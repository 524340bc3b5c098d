import { createRequire } from 'module';
import { generatePair } from './generate.mjs';
const require = createRequire(import.meta.url);
const core = require('../dist/core.js');
const { answer, complaint } = generatePair(10000);
const cm = core.parse(complaint);
const now = () => Number(process.hrtime.bigint()) / 1e6;
const T = new Map();
let on = false;
for (const c of core.CHECKS) { const run = c.run; c.run = (ctx) => { const t = now(); const r = run(ctx); if (on) T.get(c.code).push(now() - t); return r; }; T.set(c.code, []); }
const memo = core.createMemo();
core.check(core.parse(answer, { memo }), { complaint: cm, memo });
const at = answer.indexOf('. In answer to', Math.floor(answer.length / 2)) + 30;
let text = answer; const P = [], C = [];
for (let k = 0; k < 60; k++) {
  text = `${text.slice(0, at)}${k % 2 ? ' ' : 'x'}${text.slice(at)}`;
  on = k >= 15;
  const t0 = now(); const p = core.parse(text, { memo }); const t1 = now(); core.check(p, { complaint: cm, memo }); const t2 = now();
  if (on) { P.push(t1 - t0); C.push(t2 - t1); }
}
const med = xs => [...xs].sort((a,b)=>a-b)[xs.length>>1];
const S = [];
for (let r = 0; r < 9; r++) { const t0 = now(); core.check(core.parse(answer), { complaint: cm }); S.push(now() - t0); }
console.log('edit parse', med(P).toFixed(1), 'check', med(C).toFixed(1), '| scratch', med(S).toFixed(1), '|', ['defined-term', 'punctuation', 'waivable-defense'].map(k => `${k} ${med(T.get(k)).toFixed(2)}`).join(' '));
