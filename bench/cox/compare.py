#!/usr/bin/env python3
"""Largest relative difference between `mibg cox --json` and cox.R's output (coefficients and concordance).

Usage: compare.py MIBG.json R.json  → prints e.g. 3.2e-12; exits 1 if above 1e-6 (the project's tolerance).
R names a factor's terms groupmid; mibg names them group=mid.
"""
import json
import sys

ours = json.load(open(sys.argv[1]))
ref = json.load(open(sys.argv[2]))
values = {c["name"].replace("=", ""): c["coef"] for c in ours["coefficients"]}
values["concordance"] = ours["concordance"]["c"]
worst = 0.0
for name, r in ref.items():
    m = values[name]
    worst = max(worst, abs(m - r) / max(abs(r), 1e-300))
print(f"{worst:.1e}")
sys.exit(0 if worst <= 1e-6 else 1)
