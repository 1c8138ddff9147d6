#!/usr/bin/env python3
"""Where the CPU time of one `mibg` run goes, from a `perf record` profile, by phase.

Usage (from the repository root):
  DOTNET_EnableWriteXorExecute=0 DOTNET_PerfMapEnabled=1 perf record -F 999 -g -o run.perf \
      dotnet src/Mibg.Cli/bin/Release/net10.0/mibg.dll cox DATA.csv ... --json > /dev/null
  perf report -i run.perf --no-children --sort dso,symbol -g none | python3 bench/cox/phases.py
Prints each phase's share of the samples. Phases are recognised by the functions' names (a sample's own function,
not its callers), so shared helpers (exp, log, memmove, page faults) are reported as their own rows.
"""
import re
import sys

PHASES = [
    ("start-up and JIT (runtime, JIT compiler, class loading)", r"libclrjit|libcoreclr|ld-linux|libhostfxr|libhostpolicy|\[QuickJitted\]|\[Instrumented"),
    ("parse: CSV (Sep) and cells to numbers", r"nietras\.SeparatedValues|ColumnSink|TableInput|CsvTableReader|TableReader|Number::|NumberBuffer|Utf8|UTF8|Dictionary`2\+AlternateLookup|TryParse"),
    ("sort (by time, by start, score ranks)", r"ArraySortHelper|IntroSort|PickPivot|InsertionSort|HeapSort|SortedRows|CountingProcessOrder|ByStart|Ranks"),
    ("model frame (complete cases, design matrix, subject check)", r"CoxModelFrame|SubjectIntervals|CompleteCases|Materialised|Distinct"),
    ("fit: Newton–Raphson on the partial likelihood", r"PartialLikelihood|NewtonRaphson|CenterAndScale|SymmetricSolver|LinearPredictor|__ieee754_exp|exp@|__ieee754_log|log@"),
    ("concordance and its SE", r"ConcordanceIndex|PairCountTrees|FenwickTree"),
    ("proportional-hazards test", r"SchoenfeldScore|ProportionalHazards"),
    ("Kaplan–Meier / log-rank", r"KaplanMeier|LogRank"),
    ("output (JSON)", r"System\.Text\.Json|Utf8JsonWriter|CliJson|StatisticsJson"),
    ("kernel: page faults, file reads, scheduling", r"\[kernel|\[k\]"),
    ("memory copies and other libc", r"libc\.so|memmove|memset|memcpy"),
]

shares = {name: 0.0 for name, _ in PHASES}
other = 0.0
for line in sys.stdin:
    m = re.match(r"\s*([\d.]+)%\s+(.*)", line)
    if not m:
        continue
    share, rest = float(m.group(1)), m.group(2)
    for name, pattern in PHASES:
        if re.search(pattern, rest):
            shares[name] += share
            break
    else:
        other += share
for name, _ in PHASES:
    if shares[name] >= 0.05:
        print(f"| {name} | {shares[name]:.1f} % |")
print(f"| other (runtime library, GC, small functions) | {other:.1f} % |")
