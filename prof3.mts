import { generatePair } from './scripts/generate.mjs';
const { answer } = generatePair(10000);
const OLD = /\b(?:paragraphs?|paras?\.|pars?\.)(?=[\s\u00a0])|¶¶?/gi;
const NEW = /(?:\b|(?<=\b(?:in|1n|of|to)))(?:paragraphs|paragraph|paras\.|para\.|pars\.|par\.)(?:\s+(?:numbered|numbers|number|nos\.|noo\.|nos|no\.|no):?)?(?=[\s\u00a0])|¶¶|¶/gi;
const NEW2 = /(?:paragraphs?|paras?\.|pars?\.)(?:\s+(?:numbered|numbers?|nos?\.?|noo\.):?)?(?=[\s\u00a0])|¶¶?/gi;
for (let r = 0; r < 5; r++) for (const [name, re] of [['old', OLD], ['new', NEW], ['new2', NEW2]] as const) {
  const t = performance.now(); let n = 0; re.lastIndex = 0; while (re.exec(answer)) n++; console.log(name, (performance.now() - t).toFixed(1), n);
}
