"""Benchmarks with targets (P1-P4); `nox -s bench` runs them and writes docs/benchmarks.md.

- P1 (p1_parse): bytes of a 100-activity page -> typed page; fully typed <= 1.0x the official SDK.
- P2 (p2_paginate): auto-paginate 10,000 activities over loopback; <= 1.15x a bare httpx loop,
  peak RSS growth from 1,000 to 10,000 items <= 10 MB.
- P3 (p3_regenerate): regeneration from a cold start <= 10 s, output identical twice.
- P4 (p4_contract): the default contract check on the embedded mock, 2 cores; <= 60 s with
  >= 1,000 generated cases.
"""
