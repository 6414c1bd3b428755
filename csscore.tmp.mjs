import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import postcss from 'postcss';

const css = readFileSync(process.argv[2], 'utf8');
const root = postcss.parse(css);
const rows = [];
for (const n of root.nodes) {
  if (n.type === 'atrule' && n.name === 'layer' && n.params === process.argv[3]) {
    n.walkRules((r) => {
      rows.push([r.toString().length, (r.parent.type === 'atrule' ? '@' + r.parent.params + ' ' : '') + r.selector.slice(0, 100)]);
    });
  }
}
rows.sort((a, b) => b[0] - a[0]);
for (const r of rows.slice(0, +process.argv[4] || 50)) console.log(r.join('\t'));
