/**
 * Running one build as a child process and measuring it: wall time, CPU
 * time, peak RSS of the whole process tree (polled from /proc, so Vite's
 * esbuild and any child count), and the phases Astro and the loader log.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BuildRun {
  label: string;
  wallMs: number;
  /** CPU of the build process (all its threads), user + system. */
  cpuMs: number;
  /** Peak of the summed RSS of the process and its descendants (polled every 100 ms). */
  peakTreeRssKb: number;
  /** Peak RSS of the build process itself (getrusage). */
  maxRssKb: number;
  /** Time the loader spent parsing, as it logs it; null when nothing was parsed. */
  parseMs: number | null;
  /** Files the loader parsed and took from its cache. */
  parsed: number;
  cached: number;
  /** Astro's "generating static routes" phase. */
  renderMs: number | null;
  /** Pages Astro reused from the incremental cache. */
  reusedPages: number;
  renderedPages: number;
  exitCode: number;
  log: string;
}

const astroBuild = fileURLToPath(new URL('./astro-build.mjs', import.meta.url));

/** Direct children of a pid, from /proc (Linux); empty elsewhere. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Summed RSS of a process and all its descendants. */
export function treeRssKb(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += rssKb(p);
    stack.push(...childrenOf(p));
  }
  return total;
}

// Astro colours its log; the phase lines are read without the escapes.
const ansi = /\x1b\[[0-9;]*m/g;

function seconds(text: string): number {
  const m = /([\d.]+)(ms|s|m)/.exec(text);
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60_000;
}

/** What the build log says about the phases. */
export function readLog(log: string): Pick<BuildRun, 'parseMs' | 'parsed' | 'cached' | 'renderMs' | 'reusedPages' | 'renderedPages'> {
  const plain = log.replace(ansi, '');
  const parse = /parsed (\d+) in ([\d.]+) s, cached (\d+)/.exec(plain);
  // After "generating static routes", Astro prints one line per path and "✓ Completed in 7.99s." at the end.
  const generating = plain.indexOf('generating static routes');
  const done = generating >= 0 ? /✓ Completed in ([\d.]+m?s)/.exec(plain.slice(generating)) : null;
  const pathLines = generating >= 0 ? plain.slice(generating).split('\n').filter((l) => /[├└]─/.test(l)) : [];
  const reusedPages = pathLines.filter((l) => /\((cached|restored)\)/.test(l)).length;
  return {
    parseMs: parse ? Number(parse[2]) * 1000 : null,
    parsed: parse ? Number(parse[1]) : 0,
    cached: parse ? Number(parse[3]) : Number(/年报 (\d+) 个文件/.exec(plain)?.[1] ?? 0),
    renderMs: done ? seconds(done[1]) : null,
    reusedPages,
    renderedPages: pathLines.length - reusedPages,
  };
}

/** Builds `root` into `outDir` with `cacheDir`, measuring it. The log is kept in `logFile`. */
export function runBuild(
  label: string,
  root: string,
  outDir: string,
  cacheDir: string,
  env: Record<string, string>,
  logFile: string,
): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [astroBuild, root, outDir, cacheDir], {
      cwd: root,
      env: { ...process.env, ...env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = createWriteStream(logFile);
    let log = '';
    const collect = (chunk: Buffer) => {
      out.write(chunk);
      log += chunk.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peak = 0;
    const poll = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      out.end();
      const wallMs = performance.now() - started;
      const result = /BENCH-RESULT (\{.*\})/.exec(log);
      const inner = result ? (JSON.parse(result[1]) as { userMs: number; systemMs: number; maxRssKb: number }) : null;
      resolve({
        label,
        wallMs,
        cpuMs: inner ? inner.userMs + inner.systemMs : NaN,
        peakTreeRssKb: Math.max(peak, inner?.maxRssKb ?? 0),
        maxRssKb: inner?.maxRssKb ?? NaN,
        ...readLog(log),
        exitCode: code ?? -1,
        log: logFile,
      });
    });
  });
}
