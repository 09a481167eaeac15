// Preloaded into a benchmarked child (node --require): prints its peak resident memory on exit.
process.on('exit', () => process.stderr.write(`\nAPG_PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`));
