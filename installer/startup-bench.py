#!/usr/bin/env python3
"""Interleaved A/B timing of the studio's start, for a machine other builds share.

Each variant is a command that opens the window and prints a line starting "Startup:" at the first drawn frame
(`whisker-studio --startup-time`, or `java ... -jar whisker-studio.jar --startup-time`). The time is taken here, from
just before the process is started to the moment that line arrives, so every variant is measured the same way
whatever it reports itself. Runs alternate A, B, A, B ... so a change in the machine's load hits both alike; the
load average is printed with each round and the medians at the end. With each time it prints the CPU time the
process had used by then (user + system, all threads): on a loaded machine the wall time mostly measures the other
builds, while the CPU time still shows how much work a change saved.

    installer/startup-bench.py --runs 7 \
        --variant base 'java -jar base/whisker-studio.jar --startup-time' \
        --variant lazy 'java -jar target/whisker-studio.jar --startup-time'

Needs a display (DISPLAY=:N with Xvfb running).
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time


def one_run(command, timeout):
    start = time.monotonic()
    proc = subprocess.Popen(shlex.split(command), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    shown = cpu = None
    try:
        for line in proc.stdout:
            if line.startswith("Startup:"):
                shown = (time.monotonic() - start) * 1000
                cpu = cpu_millis(proc.pid)
                break
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    return shown, cpu


def cpu_millis(pid):
    """User + system CPU time the process has used so far (all its threads), from /proc; None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variant", nargs=2, action="append", metavar=("NAME", "COMMAND"), required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()
    times = {name: [] for name, _ in args.variant}
    cpus = {name: [] for name, _ in args.variant}
    for round_no in range(1, args.runs + 1):
        row = []
        for name, command in args.variant:
            ms, cpu = one_run(command, args.timeout)
            if ms is None:
                print(f"{name}: no 'Startup:' line from {command}", file=sys.stderr)
                continue
            times[name].append(ms)
            if cpu is not None:
                cpus[name].append(cpu)
            row.append(f"{name} {ms:6.0f} (cpu {cpu or 0:5.0f})")
        print(f"round {round_no}: " + "  ".join(row) + f"   load {os.getloadavg()[0]:.2f}", flush=True)
    print("to the first frame, ms: median, min, max (runs) | CPU time used by then, ms: median, min, max")
    for name, values in times.items():
        if values:
            c = cpus[name] or [0]
            print(f"  {name:12s} {statistics.median(values):6.0f} {min(values):6.0f} {max(values):6.0f} ({len(values)})"
                  f" | {statistics.median(c):6.0f} {min(c):6.0f} {max(c):6.0f}")


if __name__ == "__main__":
    main()
