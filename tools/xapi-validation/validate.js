// Checks a JSON file of xAPI statements (one statement or an array) with Learning Locker's validator and prints
// each problem with the statement's index, id and the property's path. Exit code 1 on any problem, 2 on bad input.
'use strict';
const fs = require('fs');
const validate = require('@learninglocker/xapi-validation').default;

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate.js statements.json');
  process.exit(2);
}
let data;
try {
  data = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`cannot read ${file}: ${e.message}`);
  process.exit(2);
}
const statements = Array.isArray(data) ? data : [data];
let problems = 0;
statements.forEach((statement, index) => {
  for (const warning of validate(statement)) {
    problems++;
    const where = (warning.path || []).join('.');
    console.log(`statement ${index} (${statement && statement.id}): ${warning.name} at ${where}`
      + `${warning.typeName ? ` (expected ${warning.typeName})` : ''}: ${JSON.stringify(warning.data)}`);
  }
});
console.log(`${statements.length} statements, ${problems} problems`);
process.exit(problems > 0 ? 1 : 0);
