import { generatePair } from './scripts/generate.mjs';
import { parse, check } from './server/src/core/index.ts';
const { answer, complaint } = generatePair(10000);
const c = parse(complaint);
const times: number[] = [], checks: number[] = [];
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let k = 0; k < 11; k++) {
  const t0 = cpu(); const a = parse(answer); const t1 = cpu(); check(a, { complaint: c }); const t2 = cpu();
  times.push(t1 - t0); checks.push(t2 - t1);
}
times.sort((a, b) => a - b); checks.sort((a, b) => a - b);
console.log('parse', times[2].toFixed(1), times[5].toFixed(1), 'check', checks[2].toFixed(1), checks[5].toFixed(1));
