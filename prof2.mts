import { generatePair } from './scripts/generate.mjs';
import { parse } from './server/src/core/index.ts';
import { generalDenialIn } from './server/src/core/parse/responses.ts';
import { isDebris, isArtifact } from './server/src/core/parse/lines.ts';
const { answer } = generatePair(10000);
const a = parse(answer);
const bodies = a.paragraphs.map(p => answer.slice(p.bodySpan.start, p.bodySpan.end));
for (let r = 0; r < 3; r++) {
  let t = performance.now(); let n = 0; for (const b of bodies) if (generalDenialIn(b)) n++; console.log('general', (performance.now() - t).toFixed(1), n);
  const lines = answer.split('\n').map(l => l.trim()).filter(Boolean);
  t = performance.now(); n = 0; for (const l of lines) if (isDebris(l) || isArtifact(l)) n++; console.log('debris+artifact', (performance.now() - t).toFixed(1), n, lines.length);
}
