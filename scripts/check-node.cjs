// Says in one line which Node the project needs, and how to get it, when npm install or
// npm start runs on another. Plain ES5 on purpose: it must run on any old Node to say so.
'use strict';
var fs = require('fs');
var path = require('path');

var root = path.join(__dirname, '..');
var wanted = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node;
var parts = process.versions.node.split('.').map(Number);

// The engines range is "^22.22.0 || ^24.0.0": each alternative a major and a least version.
var accepted = wanted.split('||').some((range) => {
  var least = range.trim().replace(/^\^/, '').split('.').map(Number);
  if (parts[0] !== least[0]) return false;
  return parts[1] > least[1] || (parts[1] === least[1] && parts[2] >= least[2]);
});

if (!accepted) {
  process.stderr.write(
    'This project needs Node.js 24 (or 22.22+), not ' +
      process.version +
      ': run  export PATH="$(scripts/node.sh)/bin:$PATH"  (README, "Quick start") and try again.\n',
  );
  process.exit(1);
}
