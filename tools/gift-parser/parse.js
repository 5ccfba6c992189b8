// Parses a GIFT file with gift-pegjs (an implementation independent of Alliance) and prints the questions
// as JSON on stdout. Exit 1, with the parser's message on stderr, when the file is not valid GIFT.
"use strict";
const fs = require("fs");
const gift = require("gift-pegjs");

if (process.argv.length !== 3) {
  console.error("usage: node parse.js FILE.gift");
  process.exit(2);
}
try {
  const questions = gift.parse(fs.readFileSync(process.argv[2], "utf8"));
  process.stdout.write(JSON.stringify(questions, null, 1));
} catch (e) {
  const where = e.location ? ` at ${e.location.start.line}:${e.location.start.column}` : "";
  console.error(`GIFT parse error${where}: ${e.message}`);
  process.exit(1);
}
