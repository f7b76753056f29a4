import { measureInProcess } from './scripts/bench/in-process'
const r = measureInProcess('build/corpus.json')
for (const k of ['floor','ask','numeric','search','cite'] as const) console.log(k, r[k].p50.toFixed(0), r[k].p99.toFixed(0), r[k].ratio.toFixed(2))
console.log('startup', r.startupMs.toFixed(1))
