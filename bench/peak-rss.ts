// Loaded with `node --import` into a process a bench runs (bench/analyze-process.ts): when the
// process exits, its peak resident set size (kB, from getrusage) goes to $FUSELOG_PEAK_RSS_FILE,
// which is how the bench learns the peak of a child it only sees from outside.
import fs from 'node:fs';

const file = process.env.FUSELOG_PEAK_RSS_FILE;
if (file) process.on('exit', () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS)));
