#!/usr/bin/env node
// The `etabli` command: runs the built CLI (out/main/cli.js); in a checkout without a build, says how to get one.
'use strict'
const fs = require('node:fs')
const path = require('node:path')

const cli = path.join(__dirname, '..', 'out', 'main', 'cli.js')
if (!fs.existsSync(cli)) {
  process.stderr.write(
    `etabli: the CLI is not built (${cli} is missing).\n` +
      'Run `npm run build` first, or use `npm run --silent cli -- <command>` from the repository.\n',
  )
  process.exitCode = 1
} else {
  const { runCli } = require(cli)
  if (typeof runCli !== 'function') {
    process.stderr.write(`etabli: ${cli} does not export runCli; rebuild with \`npm run build\`.\n`)
    process.exitCode = 1
  } else {
    runCli(process.argv.slice(2)).then((code) => {
      process.exitCode = code
    })
  }
}
