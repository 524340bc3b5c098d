import { readFileSync } from 'fs';
import { parse } from './server/src/core';
const p = parse(readFileSync(process.argv[2], 'utf8'));
console.log(p.kind, p.tracksComplaint, p.generalDenial);
for (const x of p.paragraphs) console.log(x.number, x.region, JSON.stringify(x.response && { t: x.response.targets, k: x.response.kind, i: x.response.implicit, g: x.response.general }), x.references.map(r => r.ranges.map(g => `${g.from}-${g.to}`).join(',')).join(' | '), x.body.slice(0, 60).replace(/\n/g, ' '));
